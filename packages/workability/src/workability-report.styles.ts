import { css } from 'lit';

export const reportStyles = css`
  td.status {
    font-style: italic;
  }
  .heatmap td {
    text-align: center;
    font-size: 0.9em;
  }
  .heatmap thead th {
    min-inline-size: 6.5rem;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: auto;
  }
  .heatmap b {
    display: block;
    font-size: 1.1em;
  }
  .depth-1 {
    padding-inline-start: 1.25rem;
  }
  .depth-2 {
    padding-inline-start: 2.25rem;
  }
  .depth-3 {
    padding-inline-start: 3.25rem;
  }
  dl.figures {
    display: grid;
    grid-template-columns: minmax(0, auto) auto;
    gap: 0.25rem 1rem;
  }
  dl.figures dt {
    font-weight: 600;
  }
  dl.figures dd {
    margin: 0;
  }
  .big {
    font-size: 1.3em;
    font-weight: 600;
  }
  label.wave {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.5rem;
  }
  /* A large organisation's tables run far below the fold: the browser lays them out when they
     come into view, so the report appears quickly. */
  section[part='teams'],
  section[part='trend'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
  }
  @media print {
    section {
      break-inside: avoid-page;
    }
    /* Ten topics across one page: narrower headers and type, nothing cut off. */
    table.heatmap {
      font-size: 0.7em;
    }
    .heatmap thead th {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
  }
`;
