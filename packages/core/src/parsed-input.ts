import type { ReactiveElement } from 'lit';
import type { GoestingElement } from './goesting-element.js';
import type { Parsed } from './model/index.js';

/** How a parsed input reads what a host sets. `H` is the element, for inputs that depend on another one. */
export interface ParsedInputOptions<T, H> {
  /** Reads a set value; unset (`undefined`, `null` or `''`) never reaches it. Must never throw. */
  parse(input: unknown, host: H): Parsed<T>;
  /** What the input gives while unset or never validly set. */
  fallback?(host: H): T;
  /** The attribute (default: the property name in lower case), or `false` for a property only. */
  attribute?: string | false;
}

/** Unset host input: the default applies. */
export const isUnset = (input: unknown): boolean => input === undefined || input === null || input === '';

/**
 * Declares an input that the host sets as property or attribute and that is parsed as it is set:
 * a valid one gives its parsed value, an invalid one is reported under the input's own name
 * (the error state and `goesting-error`) while the last valid value stays, and the error clears
 * once the input is fixed or unset. An input refused because of another input (a document for
 * another question set) is tried again whenever another parsed input changes.
 *
 * ```ts
 * @parsedInput({ parse: parseScales, fallback: () => DEFAULT_SCALES })
 * scales!: Scale[];
 * ```
 */
export function parsedInput<T, H extends GoestingElement>(options: ParsedInputOptions<T, H>) {
  return (proto: H, name: string): void => {
    const ctor = proto.constructor as typeof ReactiveElement;
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: true,
      get(this: H) {
        const entry = this.inputState(name);
        return entry.has ? entry.value : options.fallback?.(this);
      },
      set(this: H, input: unknown) {
        const entry = this.inputState(name);
        const old = (this as unknown as Record<string, unknown>)[name];
        const apply = (next: unknown) => {
          entry.rejected = undefined;
          if (isUnset(next)) {
            entry.has = false;
            entry.value = undefined;
            this.clearError(name);
          } else {
            const parsed = options.parse(next, this);
            if (parsed.ok) {
              entry.has = true;
              entry.value = parsed.data;
              this.clearError(name);
            } else {
              entry.rejected = next;
              this.fail(name, parsed.code, parsed.issues);
            }
          }
          this.requestUpdate(name, old);
        };
        entry.retry = () => apply(entry.rejected);
        apply(input);
        if (entry.rejected === undefined) this.retryRejected(name);
      },
    });
    ctor.createProperty(name, { attribute: options.attribute ?? name.toLowerCase(), noAccessor: true });
  };
}

