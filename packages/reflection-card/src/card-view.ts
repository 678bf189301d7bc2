import type { GridCell } from '@goesting/core/model';
import type { PanelHost, PendingSwitch } from './panels.js';
import type { PrintSize, ReflectionLayout, ReflectionValue } from './model/schema.js';
import type { TemplateId } from './model/templates.js';

/** What the card's render functions show and what they do: the element's state and its actions. */
export interface CardView extends PanelHost {
  layout: ReflectionLayout;
  printSize: PrintSize;
  /** The step shown when the card shows one step at a time; the last is "what I take with me". */
  step: number;
  /** Texts longer than allowed, by field key: kept on screen, not in the card. */
  overflow: ReadonlyMap<string, string>;
  /** A half tag the user chose: shown, not yet in the card. */
  cellChoice?: Partial<GridCell>;
  pendingSwitch?: PendingSwitch;
  /** The panels, once loaded (they are, whenever the card needs them). */
  panels?: typeof import('./panels.js');
  chooseTemplate(template: TemplateId): void;
  cancelSwitch(): void;
  applySwitch(next: ReflectionValue): void;
  showLayout(layout: ReflectionLayout): void;
  choosePrintSize(size: PrintSize): void;
  /** The user chose a pillar or a dimension (`''`: none). */
  pickCell(part: keyof GridCell, choice: string): void;
  goTo(step: number): void;
  /** A text edit of the field `key`: too long, it stays on screen only. */
  editText(key: string, text: string, max: number, apply: (doc: ReflectionValue, text: string) => ReflectionValue): void;
  finish(): void;
  print(): void;
  download(kind: 'md' | 'json'): void;
}
