import { css } from 'lit';

/**
 * Styles for `radarChart`; include them in the widget's `styles`. A module of their own: a widget
 * adopts them up front, and the chart's code loads with the view that draws it.
 */
export const radarStyles = css`
  .radar {
    display: block;
    width: 100%;
    max-width: 32rem;
    height: auto;
  }
  .radar .grid polygon,
  .radar .grid line {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .radar .series polygon {
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .radar .series.current polygon {
    fill: color-mix(in srgb, var(--_accent) 22%, transparent);
    stroke: var(--_accent);
  }
  .radar .series.current circle {
    fill: var(--_accent);
  }
  .radar .series.earlier polygon {
    fill: none;
    stroke: var(--_earlier);
    stroke-dasharray: 6 4;
  }
  .radar .series.earlier circle {
    fill: var(--_earlier);
  }
  .radar text {
    fill: currentColor;
    font-size: 17px;
  }
`;
