import { css } from 'lit';

/** The alliance check's own styles; the theme, the answer scale, the comparison and the trend chart bring theirs. */
export const allianceCheckStyles = css`
  .statements {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .statement {
    margin: 0 0 var(--_space);
  }
  .statement h4 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 0.5rem;
    min-inline-size: 0;
  }
  .item legend {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--_space);
  }
  .stiff li {
    margin-block-end: 0.5rem;
  }
  @media print {
    .item {
      break-inside: avoid;
    }
  }
`;
