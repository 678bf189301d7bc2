import { nothing, svg, type SVGTemplateResult } from 'lit';

/** One line of a trend chart; `values` line up with the chart's `dates`, `null` where missing. */
export interface TrendSeries {
  label: string;
  values: readonly (number | null)[];
}

export interface TrendOptions {
  /** Labels of the measurements along the bottom, oldest first; keep them short (`15 jan. 2025`). */
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
/** Room above the plot for the legend, when there is more than one line. */
const LEGEND = 28;
/** Line patterns per series, so lines differ by more than colour. */
const DASHES = ['', '8 5', '2 5', '12 4 2 4'];
/** Rough width of one character of the 13 px axis text, to keep date labels apart. */
const CHAR = 7.5;

/**
 * Which measurements get a date label: evenly thinned so that no two labels overlap, always with
 * the first and the last one.
 */
function labelledDates(dates: readonly string[], innerW: number): number[] {
  const last = dates.length - 1;
  if (last < 1) return last === 0 ? [0] : [];
  const widest = Math.max(...dates.map((d) => d.length)) * CHAR + 16;
  const step = Math.ceil(last / Math.max(1, Math.floor(innerW / widest)));
  const shown: number[] = [];
  for (let i = 0; i <= last - step; i += step) shown.push(i);
  return [...shown, last];
}

/** A legend label cut to the room it has. */
const fitText = (text: string, width: number) => {
  const room = Math.max(4, Math.floor(width / CHAR));
  return text.length > room ? `${text.slice(0, room - 1)}…` : text;
};

/** Whole numbers on the value axis: the bottom, the middle and the top. */
const valueTicks = (min: number, max: number) => [...new Set([min, Math.round((min + max) / 2), max])];

/**
 * A line chart of measurements over time as an SVG template, shared by the widgets. Works with
 * one measurement (a dot) and with many (labels thin out so they never overlap). Series differ by
 * line pattern and marker shape, not colour alone, and a legend names them when there are several.
 */
export function trendChart({ dates, series, min, max, label }: TrendOptions): SVGTemplateResult {
  const top = PAD.top + (series.length > 1 ? LEGEND : 0);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - top - PAD.bottom;
  const x = (i: number) => PAD.left + (dates.length === 1 ? innerW / 2 : (i / (dates.length - 1)) * innerW);
  const y = (v: number) => top + innerH - ((v - min) / (max - min)) * innerH;
  const last = dates.length - 1;
  const anchor = (i: number) => (dates.length === 1 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle');
  const marker = (index: number, cx: number, cy: number) =>
    index % 2 ? svg`<rect x=${cx - 4.5} y=${cy - 4.5} width="9" height="9"></rect>` : svg`<circle cx=${cx} cy=${cy} r="5"></circle>`;
  const legendWidth = innerW / Math.max(1, series.length);
  return svg`<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${label} part="trend">
    <g class="axes" aria-hidden="true">
      ${valueTicks(min, max).map((t) => svg`<line x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(t)} y2=${y(t)}></line><text x=${PAD.left - 8} y=${y(t) + 5} text-anchor="end">${t}</text>`)}
      ${labelledDates(dates, innerW).map((i) => svg`<text x=${i === 0 && dates.length > 1 ? PAD.left - 4 : x(i)} y=${HEIGHT - 16} text-anchor=${anchor(i)}>${dates[i]}</text>`)}
    </g>
    ${series.map((s, index) => {
      const points = s.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
      const path = points.reduce((d, p, i) => (p ? `${d}${d && points[i - 1] ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}` : d), '');
      const dash = DASHES[index % DASHES.length] || nothing;
      const lx = PAD.left + index * legendWidth;
      return svg`<g class="series s${index % DASHES.length}" aria-hidden="true">
        <path d=${path} stroke-dasharray=${dash}></path>
        ${points.map((p) => (p ? marker(index, p[0], p[1]) : nothing))}
        ${series.length > 1
          ? svg`<g class="legend"><path d="M${lx} ${PAD.top + 6}h36" stroke-dasharray=${dash}></path>${marker(index, lx + 18, PAD.top + 6)}<text x=${lx + 44} y=${PAD.top + 11}>${fitText(s.label, legendWidth - 52)}</text></g>`
          : nothing}
      </g>`;
    })}
  </svg>`;
}
