import { css, html, type TemplateResult } from 'lit';

export interface ChoiceScaleOptions<T extends string | number> {
  /** Radio group name, unique within the widget. */
  name: string;
  choices: readonly T[];
  /** The chosen value, if any. */
  current: unknown;
  label(choice: T): string;
  pick(choice: T): void;
  /** Extra content before the label, such as an icon (hidden from assistive technology by the caller). */
  decorate?(choice: T): TemplateResult | string;
  /** A class per choice, e.g. to mark a "not applicable" choice. */
  className?(choice: T): string;
}

/**
 * One radio group of large, labelled choices: the same control for mouse, touch and keyboard
 * (arrow keys move within the group). Used for answer scales in every widget.
 */
export function choiceScale<T extends string | number>(options: ChoiceScaleOptions<T>): TemplateResult {
  const { name, choices, current, label, pick, decorate, className } = options;
  return html`<div class="scale">
    ${choices.map(
      (choice) => html`<label class="option ${className?.(choice) ?? ''}" part="option">
        <input type="radio" name=${name} .value=${String(choice)} .checked=${current === choice} @change=${() => pick(choice)} />
        ${decorate?.(choice) ?? ''}<span>${label(choice)}</span>
      </label>`,
    )}
  </div>`;
}

/** Styles for {@link choiceScale}. */
export const choiceScaleStyles = css`
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
    gap: 0.5rem;
  }
  .option {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    cursor: pointer;
  }
  .option input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
