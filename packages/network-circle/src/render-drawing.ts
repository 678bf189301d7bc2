import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { NetworkCircleMessages } from './messages.js';
import type { CircleNames } from './names.js';
import type { MoveController } from './move-controller.js';
import {
  CENTRE,
  CLIENT_RADIUS,
  OUTER_RADIUS,
  PERSON_LINE,
  PERSON_RADIUS,
  SECTOR_LINE,
  VIEW_BOX,
  cellPath,
  layoutPeople,
  layoutPersonLabels,
  polar,
  ringBounds,
  ringLabels,
  sectorBounds,
  sectorLabel,
  type NetworkConfig,
  type NetworkDiff,
  type NetworkIndicators,
  type Person,
  type PlacedText,
  type Point,
} from './model/index.js';

/** What the drawing shows and where its events go. */
export interface DrawingView {
  l: LocalizeController<NetworkCircleMessages>;
  config: NetworkConfig;
  people: readonly Person[];
  indicators: NetworkIndicators;
  readonly: boolean;
  names: CircleNames;
  /** The person who is the drawing's tab stop. */
  focusedId?: string;
  moves: MoveController;
  /** A person got the focus (by keyboard or pointer). */
  focused(id: string): void;
}

/** The summary under the drawing: how many people, per sector and how many of those closest. */
function summaryText(view: DrawingView): string {
  const { l, config, indicators, names } = view;
  const closest = config.rings[0]!.id;
  const sectors = config.sectors
    .map((s) => l.t('sectorCount', { sector: names.sector(s.id), count: indicators.bySector[s.id] ?? 0, close: indicators.bySectorAndRing[s.id]?.[closest] ?? 0, ring: names.ring(closest) }))
    .join(' ');
  return l.t('summary', { total: indicators.total, sectors });
}

/**
 * A person's label, drawn inside the person's group so it moves along while they are dragged.
 * Lines keep their spaces, so the text reads as the whole label when copied or read out.
 */
function personText(label: PlacedText, at: Point): TemplateResult {
  const x = (label.x - at.x).toFixed(1);
  const lines = label.lines;
  return svg`<text x=${x} y=${(label.y - at.y).toFixed(1)} text-anchor=${label.anchor}>${
    lines.length === 1 ? lines[0] : lines.map((line, j) => svg`<tspan x=${x} dy=${j ? PERSON_LINE : 0}>${j < lines.length - 1 ? `${line} ` : line}</tspan>`)
  }</text>`;
}

/** The line from the client to a person; both ends stop at a circle's edge, so arrows stay visible. */
function tie(person: Person, at: Point): TemplateResult {
  const angle = Math.atan2(at.x - CENTRE, CENTRE - at.y);
  const from = polar(angle, CLIENT_RADIUS + 4);
  const edge = polar(angle, Math.hypot(at.x - CENTRE, at.y - CENTRE) - PERSON_RADIUS - 4);
  return svg`<line class="tie ${person.quality ?? 'unknown'}" x1=${edge.x} y1=${edge.y} x2=${from.x} y2=${from.y}
    marker-end=${person.gives.length ? 'url(#arrow)' : nothing} marker-start=${person.receives.length ? 'url(#arrow)' : nothing}></line>`;
}

/** The circle as SVG: rings, sectors, names, ties and people, with `diff` against an earlier circle. */
export function renderDrawing(view: DrawingView, diff: NetworkDiff | undefined): TemplateResult {
  const { l, config, names, moves } = view;
  const grab = moves.grab;
  const people = view.people.map((p) => (grab?.id === p.id ? { ...p, ring: grab.ring, sector: grab.sector } : p));
  const removed = diff?.removed ?? [];
  const positions = layoutPeople([...people, ...removed], config);
  const focusId = view.focusedId && view.people.some((p) => p.id === view.focusedId) ? view.focusedId : view.people[0]?.id;
  const added = new Set(diff?.added);
  const moved = new Map(diff?.moved.map((m) => [m.id, m.from]));
  const rings = config.rings.length;
  const sectors = config.sectors.length;
  const sectorNames = config.sectors.map((s, i) => sectorLabel(i, sectors, names.sector(s.id)));
  const ringNames = ringLabels(config.rings.map((r) => names.ring(r.id)), [...positions.values()]);
  const labels = layoutPersonLabels(
    [...removed, ...people].filter((p) => positions.has(p.id)).map((p) => ({ id: p.id, at: positions.get(p.id)!, name: names.person(p) })),
    [...sectorNames, ...ringNames],
  );
  const personNode = (p: Person, at: Point) => {
    const from = moved.get(p.id);
    const change = added.has(p.id) ? l.t('changeAdded') : from ? l.t('changeMoved', { from: `${names.sector(from.sector)}, ${names.ring(from.ring)}` }) : '';
    const label = l.t('personLabel', { name: names.person(p), sector: names.sector(p.sector), ring: names.ring(p.ring), quality: p.quality ? l.t(`quality.${p.quality}`) : '' });
    return svg`<g
      class="person ${p.quality ?? ''} ${added.has(p.id) ? 'added' : ''} ${from ? 'moved' : ''} ${grab?.id === p.id ? 'grabbed' : ''}"
      part="person"
      data-id=${p.id}
      transform="translate(${at.x.toFixed(1)} ${at.y.toFixed(1)})"
      role="button"
      tabindex=${p.id === focusId ? 0 : -1}
      aria-label=${change ? `${label} (${change})` : label}
      aria-describedby="drawing-help"
      @keydown=${(e: KeyboardEvent) => moves.onKey(e, view.people.find((x) => x.id === p.id)!, view.people)}
      @focus=${() => view.focused(p.id)}
      @pointerdown=${(e: PointerEvent) => moves.onPointerDown(e, p)}
    >
      <circle r=${PERSON_RADIUS}></circle>
      ${added.has(p.id) ? svg`<circle class="badge" cx="15" cy="-15" r="7"></circle>` : nothing}
      ${from ? svg`<rect class="badge" x="8" y="-22" width="14" height="14"></rect>` : nothing}
      ${personText(labels.get(p.id)!, at)}
    </g>`;
  };
  return html`<figure class="drawing-figure" part="drawing">
    <p id="drawing-help" class="help no-print">${view.readonly ? nothing : l.t('drawingHelp')}</p>
    <svg
      class="drawing"
      viewBox="${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}"
      role="group"
      aria-label=${l.t('drawingTitle')}
      aria-describedby="drawing-summary"
      @pointermove=${(e: PointerEvent) => moves.onPointerMove(e)}
      @pointerup=${(e: PointerEvent) => moves.onPointerUp(e)}
      @pointercancel=${() => moves.onPointerCancel()}
    >
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" class="arrowhead"></path>
        </marker>
      </defs>
      <g class="grid" aria-hidden="true">
        ${config.rings.map((_, i) => svg`<circle cx=${CENTRE} cy=${CENTRE} r=${ringBounds(i, rings)[1]}></circle>`)}
        ${config.sectors.map((_, i) => {
          const from = polar(sectorBounds(i, sectors)[0], CLIENT_RADIUS);
          const to = polar(sectorBounds(i, sectors)[0], OUTER_RADIUS);
          return svg`<line x1=${from.x} y1=${from.y} x2=${to.x} y2=${to.y}></line>`;
        })}
        <path class="target" d=""></path>
        ${grab
          ? svg`<path class="target keyboard" d=${cellPath(config.rings.findIndex((r) => r.id === grab.ring), config.sectors.findIndex((s) => s.id === grab.sector), rings, sectors)}></path>`
          : nothing}
      </g>
      <g class="labels" aria-hidden="true">
        ${sectorNames.map((t) => svg`<text x=${t.x} y=${t.y} class="sector-label" text-anchor=${t.anchor}>${t.lines.map((line, j) => svg`<tspan x=${t.x} dy=${j ? SECTOR_LINE : 0}>${line}</tspan>`)}</text>`)}
        ${ringNames.map((t) => svg`<text x=${t.x} y=${t.y} class="ring-label" text-anchor="middle">${t.lines[0]}</text>`)}
      </g>
      <g class="ties" aria-hidden="true">${people.map((p) => (positions.has(p.id) ? tie(p, positions.get(p.id)!) : nothing))}</g>
      <g class="client" aria-hidden="true">
        <circle cx=${CENTRE} cy=${CENTRE} r=${CLIENT_RADIUS}></circle>
        <text x=${CENTRE} y=${CENTRE + 8} text-anchor="middle">${l.t('client')}</text>
      </g>
      <g class="people">
        ${removed.map((p) => {
          const at = positions.get(p.id);
          return at
            ? svg`<g class="person removed" transform="translate(${at.x} ${at.y})" aria-hidden="true"><circle r=${PERSON_RADIUS}></circle>${personText(labels.get(p.id)!, at)}</g>`
            : nothing;
        })}
        ${people.map((p) => (positions.has(p.id) ? personNode(p, positions.get(p.id)!) : nothing))}
      </g>
    </svg>
    <figcaption id="drawing-summary">${summaryText(view)}</figcaption>
    <p class="legend"><strong>${l.t('legendTitle')}</strong> ${l.t('legendGives')}; ${l.t('legendReceives')}; ${l.t('legendQuality')}.</p>
    ${diff ? html`<p class="legend">${l.t('legendChanges')}</p>` : nothing}
  </figure>`;
}
