import { css } from 'lit';

export const networkCircleStyles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  .toolbar,
  .actions,
  .editor-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block: var(--_space);
  }
  .views {
    display: inline-flex;
  }
  .views button {
    border-radius: 0;
  }
  .views button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .views button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-inline-start: -1px;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .drawing-figure {
    margin: 0;
  }
  .help {
    margin: 0 0 0.5rem;
  }
  svg.drawing {
    display: block;
    width: 100%;
    max-width: 52rem;
    height: auto;
    margin-inline: auto;
    touch-action: none;
    user-select: none;
  }
  .grid circle,
  .grid line {
    fill: none;
    stroke: var(--_border);
    stroke-width: 2;
  }
  .target {
    fill: color-mix(in srgb, var(--_accent) 18%, transparent);
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .sector-label {
    font-size: 22px;
    font-weight: 600;
    fill: currentColor;
  }
  .ring-label {
    font-size: 18px;
    fill: currentColor;
    paint-order: stroke;
    stroke: Canvas;
    stroke-width: 6px;
    stroke-linejoin: round;
  }
  .client circle {
    fill: var(--_subtle);
    stroke: currentColor;
    stroke-width: 2;
  }
  .client text {
    font-size: 26px;
    font-weight: 600;
    fill: currentColor;
  }
  .tie {
    stroke: var(--_accent);
    stroke-width: 2.5;
    opacity: 0.8;
  }
  .tie.mixed {
    stroke-dasharray: 10 6;
  }
  .tie.stressful {
    stroke-dasharray: 2 6;
    stroke-width: 4;
    stroke-linecap: round;
  }
  .arrowhead {
    fill: var(--_accent);
  }
  .person {
    cursor: grab;
    outline: none;
  }
  .person circle {
    fill: var(--_accent);
    stroke: Canvas;
    stroke-width: 3;
  }
  .person text {
    font-size: 20px;
    fill: currentColor;
    paint-order: stroke;
    stroke: Canvas;
    stroke-width: 5px;
    stroke-linejoin: round;
  }
  .person:focus-visible circle:first-child,
  .person.grabbed circle:first-child {
    stroke: currentColor;
    stroke-width: 5;
  }
  .person:focus-visible text {
    font-weight: 700;
  }
  .person.grabbed circle:first-child {
    stroke-dasharray: 6 4;
  }
  .person.dragging {
    cursor: grabbing;
    opacity: 0.85;
  }
  .person.removed {
    cursor: default;
  }
  .person.removed circle {
    fill: Canvas;
    stroke: var(--_earlier);
    stroke-dasharray: 4 4;
  }
  .badge {
    fill: var(--_earlier);
    stroke: Canvas;
    stroke-width: 2;
  }
  figcaption,
  .legend,
  .empty {
    margin-block: 0.5rem;
  }
  .editor {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .editor h3,
  .editor-actions {
    grid-column: 1 / -1;
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .field select option {
    color: CanvasText;
    background: Canvas;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    min-inline-size: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.5rem;
    cursor: pointer;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  .finished {
    margin-block: 0 var(--_space);
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    font-weight: 600;
  }
  .counts td {
    text-align: center;
  }
  .row-actions {
    white-space: nowrap;
  }
  .row-actions button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
  }
  .quality-mark {
    display: inline-block;
    width: 1.5rem;
    margin-inline-end: 0.4rem;
    vertical-align: middle;
    border-top: 3px solid var(--_accent);
  }
  .quality-mark.mixed {
    border-top-style: dashed;
  }
  .quality-mark.stressful {
    border-top-style: dotted;
  }
  .indicators ul,
  .changes ul {
    padding-inline-start: 1.25rem;
  }
  @media (forced-colors: active) {
    .person circle,
    .arrowhead {
      fill: CanvasText;
    }
    .tie,
    .target {
      stroke: CanvasText;
    }
    .views button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    /* One A4 page: the drawing, the summary and the indicators, in compact type. */
    .editor,
    .help,
    .intro,
    .table-scroll:has(.people-list) {
      display: none !important;
    }
    :host {
      font-size: 10pt;
    }
    h2 {
      font-size: 15pt;
    }
    h3 {
      font-size: 11pt;
      margin-block: 0.4rem 0.2rem;
    }
    svg.drawing {
      max-width: 14cm;
      break-inside: avoid;
    }
    figcaption,
    .legend,
    .indicators ul,
    .changes ul,
    .changes p {
      margin-block: 0.2rem;
      font-size: 9pt;
    }
    table {
      margin-block: 0.3rem;
      font-size: 9pt;
    }
    th,
    td {
      padding: 0.1rem 0.3rem;
    }
    .indicators,
    .changes {
      break-inside: avoid;
    }
  }
`;
