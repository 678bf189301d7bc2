import { svg, nothing, type SVGTemplateResult } from 'lit';

/** One line in a radar chart: the current result or an earlier one. */
export interface RadarSeries {
  label: string;
  /** One value per axis; `null` where there is no score. */
  values: readonly (number | null)[];
  kind: 'current' | 'earlier';
}

export interface RadarOptions {
  /** Axis labels, clockwise from the top. */
  axes: readonly string[];
  series: readonly RadarSeries[];
  min: number;
  max: number;
  /** Accessible summary of the chart; the chart is one image to assistive technology. */
  label: string;
}

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 110;

function point(axis: number, axes: number, fraction: number): [number, number] {
  const angle = (Math.PI * 2 * axis) / axes - Math.PI / 2;
  return [CENTRE + Math.cos(angle) * RADIUS * fraction, CENTRE + Math.sin(angle) * RADIUS * fraction];
}

/** Splits a label into at most three lines of about 14 characters for the SVG. */
function wrap(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= 14) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 3 ? [...lines.slice(0, 2), lines.slice(2).join(' ')] : lines;
}

/**
 * A radar (spider) chart as an SVG template, shared by the widgets. Scores are drawn as
 * polygons; earlier results are dashed so they differ by more than colour. The SVG is one image
 * with `label` as its name; every widget shows the same numbers as text beside it.
 */
export function radarChart({ axes, series, min, max, label }: RadarOptions): SVGTemplateResult {
  const n = axes.length;
  const fraction = (v: number | null) => (v === null ? 0 : Math.max(0, Math.min(1, (v - min) / (max - min))));
  const rings = Array.from({ length: max - min }, (_, i) => (i + 1) / (max - min));
  const polygon = (values: readonly (number | null)[]) =>
    values.map((v, i) => point(i, n, fraction(v)).map((c) => c.toFixed(1)).join(',')).join(' ');
  // The view box leaves room around the grid for the axis labels, so they are never cut off.
  return svg`<svg class="radar" viewBox="-90 -20 ${SIZE + 180} ${SIZE + 40}" role="img" aria-label=${label} part="radar">
    <g class="grid" aria-hidden="true">
      ${rings.map((r) => svg`<polygon points=${Array.from({ length: n }, (_, i) => point(i, n, r).join(',')).join(' ')}></polygon>`)}
      ${axes.map((_, i) => {
        const [x, y] = point(i, n, 1);
        return svg`<line x1=${CENTRE} y1=${CENTRE} x2=${x} y2=${y}></line>`;
      })}
    </g>
    ${series.map(
      (s) => svg`<g class="series ${s.kind}" aria-hidden="true">
        <polygon points=${polygon(s.values)}></polygon>
        ${s.values.map((v, i) => {
          if (v === null) return nothing;
          const [x, y] = point(i, n, fraction(v));
          return svg`<circle cx=${x} cy=${y} r="4"></circle>`;
        })}
      </g>`,
    )}
    <g class="labels" aria-hidden="true">
      ${axes.map((axis, i) => {
        const [x, y] = point(i, n, 1.22);
        const lines = wrap(axis);
        const anchor = Math.abs(x - CENTRE) < 1 ? 'middle' : x > CENTRE ? 'start' : 'end';
        const above = y < CENTRE - 1;
        const below = y > CENTRE + 1;
        const top = above ? y - (lines.length - 1) * 19 : below ? y + 12 : y - ((lines.length - 1) * 19) / 2 + 5;
        return svg`<text x=${x} y=${top} text-anchor=${anchor}>${lines.map(
          (line, j) => svg`<tspan x=${x} dy=${j === 0 ? 0 : 19}>${line}</tspan>`,
        )}</text>`;
      })}
    </g>
  </svg>`;
}
