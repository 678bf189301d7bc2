import { createContext } from '@lit/context';
import type { StorageAdapter } from './storage.js';
import type { Messages } from './localize.js';

/** What a `<goesting-provider>` hands to every widget inside it. */
export interface GoestingSettings {
  /** BCP 47 locale for every widget below, unless a widget has its own `lang`. */
  locale?: string;
  /** String overrides, by message key, applied to every widget below. */
  strings?: Partial<Messages>;
  /** Where widgets below keep opt-in drafts. */
  storage?: StorageAdapter;
  /** `light`, `dark` or `auto` (follow the operating system). */
  theme?: 'light' | 'dark' | 'auto';
}

/** Context key; `Symbol.for` lets two copies of the library on one page still find each other. */
export const settingsContext = createContext<GoestingSettings | undefined>(Symbol.for('goesting.settings'));
