import type { GridCell, ReflectPurpose } from './model/reflect.js';

/** Detail of `goesting-reflect`: the cell the user wants to reflect on. */
export interface GoestingReflectDetail {
  widget: string;
  schemaVersion: number;
  cell: GridCell;
  /** Reflection cards (`reflection`, also when left out) or an intervision card (`intervision`). */
  purpose?: ReflectPurpose;
}

declare module './events.js' {
  interface GoestingEventDetails {
    'goesting-reflect': GoestingReflectDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goesting-reflect': CustomEvent<GoestingReflectDetail>;
  }
}
