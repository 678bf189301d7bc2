import { css } from 'lit';

export const checkStyles = css`
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 0.75rem;
    min-inline-size: 0;
  }
  .item legend {
    font-weight: 600;
  }
  .scale {
    grid-template-columns: repeat(auto-fit, minmax(5rem, 1fr));
  }
  .verdict {
    font-weight: 600;
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  .tip {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin-block: 0.5rem;
  }
  .tip h4 {
    margin: 0 0 0.25rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .direction {
    font-size: 0.85em;
    font-weight: normal;
  }
  @media print {
    .item,
    .tip {
      break-inside: avoid;
    }
  }
`;
