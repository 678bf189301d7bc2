import { css } from 'lit';

/**
 * Styles for `trendChart`, in a module of their own: a widget adopts them up front, and the
 * chart's code loads with the view that draws it.
 */
export const trendStyles = css`
  .trend {
    display: block;
    width: 100%;
    max-width: 40rem;
    height: auto;
  }
  .trend .axes line {
    stroke: var(--_border);
  }
  .trend text {
    fill: currentColor;
    font-size: 13px;
  }
  .trend .series path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .trend .series circle,
  .trend .series rect {
    fill: var(--_accent);
  }
  .trend .series.s1 path {
    stroke: var(--_earlier);
  }
  .trend .series.s1 rect,
  .trend .series.s1 circle {
    fill: var(--_earlier);
  }
`;
