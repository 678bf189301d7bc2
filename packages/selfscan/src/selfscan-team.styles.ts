import { css } from 'lit';

/**
 * The team mirror's look. The bands of a cell's spread differ by shade **and** by pattern, and
 * their order is always the same (never or seldom, sometimes, often or always); the counts are
 * text beside every bar.
 */
export const teamStyles = css`
  :host {
    --_band-low: var(--goesting-color-band-low, light-dark(#dbe6f3, #22364d));
    --_band-middle: var(--goesting-color-band-middle, light-dark(#7fa6d3, #4f7aa8));
    --_band-high: var(--goesting-color-band-high, var(--_accent));
    --_energy: var(--goesting-color-energy, var(--_earlier));
  }
  h5 {
    font-size: 1em;
    margin: 0.75rem 0 0.25rem;
  }
  .pending,
  .rejected,
  .n {
    margin-block: 0.5rem;
  }
  .n {
    font-weight: 600;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin-block: var(--_space);
  }
  .pickers label {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    max-inline-size: 100%;
  }
  .pickers select {
    flex: 1 1 auto;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  td.status,
  p.status {
    font-style: italic;
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
  section[part='mirror'] {
    border-block-start: 2px solid var(--_border);
    margin-block-start: var(--_space);
    padding-block-start: 0.5rem;
  }

  /* Text for screen readers is positioned out of sight: inside a table that scrolls sideways it
     must stay inside the scroll area, or it widens the page. */
  .table-scroll {
    position: relative;
  }
  /* The grid: per cell the mean, a stacked bar of the bands and the counts. */
  .spread-grid td {
    text-align: center;
    min-inline-size: 6rem;
  }
  .spread-grid .mean {
    display: block;
    font-size: 1.15em;
  }
  .bar {
    display: flex;
    block-size: 0.9rem;
    margin: 0.25rem auto;
    max-inline-size: 9rem;
    border: 1px solid var(--_border);
    border-radius: 2px;
    overflow: hidden;
  }
  .bar .band {
    flex: var(--count) 1 0;
  }
  .bar .band + .band {
    border-inline-start: 1px solid var(--_border);
  }
  .band-low {
    background: repeating-linear-gradient(135deg, var(--_band-low) 0 3px, color-mix(in srgb, var(--_band-low), currentColor 25%) 3px 4px);
  }
  .band-middle {
    background: repeating-linear-gradient(90deg, var(--_band-middle) 0 3px, color-mix(in srgb, var(--_band-middle), currentColor 25%) 3px 4px);
  }
  .band-high {
    background: var(--_band-high);
  }
  .counts,
  .talk,
  .none {
    display: block;
    font-size: 0.85em;
  }
  .talk {
    font-style: italic;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.5rem 0 0;
  }
  .legend .key {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 0.9rem;
    border: 1px solid var(--_border);
  }

  /* Strength beside energy: a bar from 1 to 5 under each number. */
  .pillar-table td .value {
    display: block;
    font-weight: 600;
  }
  .meter {
    display: block;
    block-size: 0.6rem;
    inline-size: calc(var(--level) * 100%);
    min-inline-size: 2px;
    max-inline-size: 10rem;
    margin-block-start: 0.2rem;
    border: 1px solid var(--_border);
  }
  .meter.strength {
    background: var(--_accent);
  }
  .meter.energy {
    background: repeating-linear-gradient(90deg, var(--_energy) 0 4px, transparent 4px 6px);
  }
  .pillar-table td:nth-child(2),
  .pillar-table td:nth-child(3) {
    min-inline-size: 7rem;
  }

  .columns {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(2 * var(--_space));
  }
  .columns > section {
    flex: 1 1 16rem;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  .nowrap {
    white-space: nowrap;
  }
  .starters li {
    margin-block-end: 0.5rem;
  }
  .trend-charts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .trend-chart {
    flex: 1 1 30rem;
    margin: 0;
  }
  .trend-chart figcaption {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: var(--_space);
  }
  @media (max-width: 30rem) {
    .spread-grid th,
    .spread-grid td {
      padding: 0.25rem;
      font-size: 0.85em;
    }
    .spread-grid td {
      min-inline-size: 4.5rem;
    }
  }
  @media (forced-colors: active) {
    /* System colours keep the three bands apart: an outline, grey text colour, full text colour. */
    .band,
    .meter {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .band-low {
      background: repeating-linear-gradient(135deg, Canvas 0 3px, CanvasText 3px 4px);
    }
    .band-middle {
      background: repeating-linear-gradient(90deg, Canvas 0 2px, CanvasText 2px 4px);
    }
    .band-high,
    .meter.strength {
      background: CanvasText;
    }
    .meter.energy {
      background: repeating-linear-gradient(90deg, CanvasText 0 4px, Canvas 4px 6px);
    }
  }
  @media print {
    section {
      break-inside: avoid-page;
    }
    .band,
    .meter {
      print-color-adjust: exact;
    }
    :host {
      --_band-low: #dbe6f3;
      --_band-middle: #7fa6d3;
      --_band-high: #1c5a9c;
      --_energy: #7a4d00;
    }
    .table-scroll {
      overflow: visible;
    }
    table {
      font-size: 0.85em;
    }
    .spread-grid td {
      min-inline-size: 0;
    }
  }
`;
