import { css, nothing, svg, type SVGTemplateResult } from 'lit';

/** One line of a trend chart; `values` line up with the chart's `dates`, `null` where missing. */
export interface TrendSeries {
  label: string;
  values: readonly (number | null)[];
}

export interface TrendOptions {
  /** Labels of the measurements along the bottom, oldest first. */
  dates: readonly string[];
  series: readonly TrendSeries[];
  min: number;
  max: number;
  /** Accessible summary; the chart is one image, and every widget shows the numbers in a table too. */
  label: string;
}

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { left: 44, right: 16, top: 16, bottom: 44 };
/** Line patterns per series, so lines differ by more than colour. */
const DASHES = ['', '8 5', '2 5', '12 4 2 4'];

/**
 * A line chart of measurements over time as an SVG template, shared by the widgets. Works with
 * one measurement (a dot) and with many (labels thin out). Series differ by line pattern and
 * marker shape, not colour alone.
 */
export function trendChart({ dates, series, min, max, label }: TrendOptions): SVGTemplateResult {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (dates.length === 1 ? innerW / 2 : (i / (dates.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - ((v - min) / (max - min)) * innerH;
  const step = Math.max(1, Math.ceil(dates.length / 8));
  const ticks = [min, min + (max - min) / 2, max];
  return svg`<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${label} part="trend">
    <g class="axes" aria-hidden="true">
      ${ticks.map((t) => svg`<line x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(t)} y2=${y(t)}></line><text x=${PAD.left - 8} y=${y(t) + 5} text-anchor="end">${Math.round(t * 10) / 10}</text>`)}
      ${dates.map((date, i) => (i % step === 0 || i === dates.length - 1 ? svg`<text x=${x(i)} y=${HEIGHT - 16} text-anchor="middle">${date}</text>` : nothing))}
    </g>
    ${series.map((s, index) => {
      const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
      const path = points.reduce((d, p, i) => (p ? `${d}${d && points[i - 1] ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}` : d), '');
      return svg`<g class="series s${index % DASHES.length}" aria-hidden="true">
        <path d=${path} stroke-dasharray=${DASHES[index % DASHES.length] || nothing}></path>
        ${points.map((p) =>
          !p ? nothing : index % 2 ? svg`<rect x=${p[0] - 4.5} y=${p[1] - 4.5} width="9" height="9"></rect>` : svg`<circle cx=${p[0]} cy=${p[1]} r="5"></circle>`,
        )}
      </g>`;
    })}
  </svg>`;
}

/** Styles for {@link trendChart}. */
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
