import { css } from 'lit';

/** The hope scale's own styles; the theme, the answer scale and the trend chart bring theirs. */
export const hopeScaleStyles = css`
  .scaling,
  .item,
  .goal {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 0.75rem;
    min-inline-size: 0;
  }
  .question,
  .item legend {
    font-weight: 600;
  }
  .range-row {
    display: grid;
    grid-template-columns: minmax(4rem, auto) 1fr minmax(4rem, auto);
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .end.high {
    text-align: end;
  }
  input[type='range'] {
    width: 100%;
    min-height: 2.75rem;
    accent-color: var(--_accent);
    margin: 0;
  }
  input[type='range'].unset::-webkit-slider-thumb {
    opacity: 0.35;
  }
  .value {
    font-size: 1.5em;
    font-weight: 600;
    text-align: center;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .counter,
  .hint {
    font-size: 0.9em;
  }
  .icon {
    font-size: 1.4em;
    line-height: 1;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--_space);
  }
  .low-hope {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  dl.scores {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 1rem;
  }
  dl.scores dt {
    font-weight: 600;
  }
  dl.scores dd {
    margin: 0;
  }
  dl.follow-ups {
    margin: 0.25rem 0 0.5rem;
  }
  dl.follow-ups dt {
    font-style: italic;
  }
  dl.follow-ups dd {
    margin: 0 0 0.5rem;
    white-space: pre-line;
  }
  @media print {
    .scaling,
    .item,
    .goal {
      break-inside: avoid;
    }
  }
`;
