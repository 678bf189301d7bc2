import { createContext } from '@lit/context';
import type { StorageAdapter } from './storage.js';
import type { Messages } from './localize.js';
import type { ValidationIssue } from './model/issues.js';

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
  /**
   * What was wrong with the provider's own settings (paths such as `provider.locale`). The
   * settings above hold only valid values; each widget below shows these issues in its error
   * state and sends them with `goesting-error`.
   */
  issues?: readonly ValidationIssue[];
}

/** Context key; `Symbol.for` lets two copies of the library on one page still find each other. */
export const settingsContext = createContext<GoestingSettings | undefined>(Symbol.for('goesting.settings'));
