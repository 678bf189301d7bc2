import { css } from 'lit';

/** Styles of `<goesting-reflection-card>`; the shared tokens come from core's theme. */
export const reflectionCardStyles = css`
  [hidden] {
    display: none !important;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 0.75rem;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
  }
  .setup,
  .cell-fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: flex-start;
  }
  .setup > *,
  .cell-fields > * {
    flex: 1 1 14rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .field > label,
  .inline {
    font-weight: 600;
  }
  textarea,
  input,
  select {
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  option {
    color: CanvasText;
    background: Canvas;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .counter,
  .hint,
  .progress {
    font-size: 0.9em;
    margin: 0;
  }
  .counter.too-long {
    color: var(--_error);
    font-weight: 600;
  }
  .counter.too-long::before {
    content: '⚠ ';
  }
  .step {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space);
  }
  .step h3:focus {
    outline: none;
  }
  .step h3:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .step-list ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
    counter-reset: step;
  }
  .step-list li {
    counter-increment: step;
  }
  .step-list button {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
  }
  .step-list button::before {
    content: counter(step) '. ';
  }
  .step-list button[aria-current='step'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }
  .nav,
  .actions,
  .timer-buttons,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .actions {
    margin-block: var(--_space);
    align-items: end;
  }
  .inline {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  .confirm {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_subtle);
    padding: 0.75rem;
    margin-block: 0.75rem;
  }
  .timer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .minutes input {
    inline-size: 6rem;
  }
  .clock {
    font-size: 1.4em;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    margin: 0;
    min-inline-size: 8rem;
  }
  .views {
    padding-inline-start: 1.25rem;
  }
  .view {
    margin-block-end: 0.75rem;
  }
  .action-box {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .print-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    textarea,
    input,
    select,
    .counter,
    .hint,
    .progress,
    .chips {
      display: none !important;
    }
    .step[hidden] {
      display: block !important;
    }
    .step,
    .open-action,
    .view {
      break-inside: avoid;
    }
    .step {
      padding-block: 0.5rem;
    }
    fieldset {
      border: none;
      padding: 0;
    }
  }
`;
