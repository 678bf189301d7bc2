import { css } from 'lit';

/** Styles of `<goesting-plan>`; the shared tokens come from core's theme. */
export const planStyles = css`
  [hidden] {
    display: none !important;
  }
  .part {
    border-block-start: 1px solid var(--_border);
    padding-block: calc(var(--_space) * 0.75);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    margin: 0 0 0.75rem;
    min-inline-size: 0;
  }
  legend,
  .field > label,
  .inline,
  .group-title {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  textarea,
  input[type='text'],
  select {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .counter,
  .hint {
    font-size: 0.9em;
    margin: 0;
  }
  .counter.too-long,
  .missing {
    color: var(--_error);
    font-weight: 600;
  }
  .counter.too-long::before,
  .missing::before {
    content: '⚠ ';
  }
  ol,
  ul {
    padding-inline-start: 1.25rem;
  }
  .action-list,
  .backup-list,
  .goal-list {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .action {
    /* A long plan lays out only the actions in view. */
    content-visibility: auto;
    contain-intrinsic-size: auto 5.5rem;
  }
  .action,
  .backup-step {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.5rem;
  }
  .action.closed .what {
    text-decoration: line-through;
  }
  .action h4,
  .backup-step h4 {
    margin: 0;
    font-size: 1em;
  }
  .disclosure {
    display: flex;
    gap: 0.5rem;
    inline-size: 100%;
    text-align: start;
    min-block-size: 2.75rem;
  }
  .disclosure::before {
    content: '▸';
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾';
  }
  .disclosure .number {
    font-weight: 600;
    white-space: nowrap;
  }
  .disclosure .what {
    overflow-wrap: anywhere;
  }
  .summary {
    margin: 0.25rem 0 0;
    font-size: 0.95em;
  }
  .badge {
    background: var(--_subtle);
    border-inline-start: 3px solid var(--_accent);
    padding: 0 0.4rem;
    font-weight: 600;
  }
  .tag {
    font-style: italic;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    flex-wrap: wrap;
    min-block-size: 2rem;
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .people-group {
    margin-block: 0.5rem;
  }
  .group-title {
    margin: 0.25rem 0;
  }
  .role {
    font-size: 0.9em;
  }
  .new-person {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    align-items: end;
    border-block-start: 1px dashed var(--_border);
    margin-block-start: 0.5rem;
  }
  .new-person .field {
    flex: 1 1 12rem;
  }
  .new-person button {
    margin-block-end: 0.5rem;
  }
  .row-buttons,
  .finish .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-block: 0.5rem;
  }
  .finish {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
  }
  .finish .row {
    align-items: center;
  }
  .finish select {
    inline-size: auto;
  }
  .note {
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  .conditions .professional-text {
    background: var(--_subtle);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75rem;
  }
  .conditions .client-text {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75rem;
    margin-block-start: 0.5rem;
  }
  .print-view {
    display: none;
  }
  @media print {
    .print-view {
      display: block;
    }
    .print-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    th,
    td {
      border: 1px solid #000;
      padding: 0.25rem;
      text-align: start;
      vertical-align: top;
    }
    tr,
    li {
      break-inside: avoid;
    }
    .conditions {
      border: 2px dashed #000;
      padding: 0 0.5rem;
    }
  }
`;
