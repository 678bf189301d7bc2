import { css } from 'lit';

/**
 * Design tokens and base styles shared by every widget. Widgets inherit the host page's font and
 * text colour; every token can be set from outside as a `--goesting-*` custom property.
 *
 * @cssprop --goesting-font-family - Font of the widget (default: inherited from the page).
 * @cssprop --goesting-font-size - Base font size (default: inherited).
 * @cssprop --goesting-color-accent - Colour of selected answers, buttons and the current scan.
 * @cssprop --goesting-color-on-accent - Text on the accent colour.
 * @cssprop --goesting-color-border - Borders and grid lines.
 * @cssprop --goesting-color-surface - Background of panels (default: transparent, the page shows through).
 * @cssprop --goesting-color-subtle - Background of quiet areas such as table headers.
 * @cssprop --goesting-color-error - Colour of error states.
 * @cssprop --goesting-color-earlier - Colour of earlier results in charts.
 * @cssprop --goesting-radius - Corner radius.
 * @cssprop --goesting-space - Base spacing unit.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--goesting-color-accent, light-dark(#1c5a9c, #9cc7f5));
    --_on-accent: var(--goesting-color-on-accent, light-dark(#ffffff, #0b1b2b));
    --_border: var(--goesting-color-border, color-mix(in srgb, currentColor 35%, transparent));
    --_surface: var(--goesting-color-surface, transparent);
    --_subtle: var(--goesting-color-subtle, color-mix(in srgb, currentColor 6%, transparent));
    --_error: var(--goesting-color-error, light-dark(#a4262c, #ffb3ad));
    --_earlier: var(--goesting-color-earlier, light-dark(#7a4d00, #f3c16b));
    --_radius: var(--goesting-radius, 0.5rem);
    --_space: var(--goesting-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--goesting-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  :host([data-goesting-theme='light']) {
    color-scheme: light;
    background: Canvas;
    color: CanvasText;
  }
  :host([data-goesting-theme='dark']) {
    color-scheme: dark;
    background: Canvas;
    color: CanvasText;
  }
  :host([data-goesting-theme='auto']) {
    color-scheme: light dark;
    background: Canvas;
    color: CanvasText;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /*
   * The typography base sits on the widget's own root, where no page rule reaches: a rule such as
   * "* { all: unset }" beats :host (outer styles win), so the element itself may come through as an
   * inline box with the page's line height, letter case and box model. Inside, only the font family,
   * size and text colour are taken from the page. The base font size is set here only, so a relative
   * --goesting-font-size (1.2em) applies once.
   */
  .root {
    box-sizing: border-box;
    font-family: var(--goesting-font-family, inherit);
    font-size: var(--goesting-font-size, inherit);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
    background: var(--_surface);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }
  /* Text fields and lists: one look in every widget. */
  textarea,
  select,
  input:not([type='radio'], [type='checkbox'], [type='range']) {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.5rem;
    min-height: 2.75rem;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Headings: the widget's title, then its sections. */
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
    margin-block-start: var(--_space);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Tables: every drawing has one as its text alternative. */
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block: var(--_space);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.4rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  thead th,
  tfoot th,
  tfoot td {
    background: var(--_subtle);
  }
  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-block-end: var(--_space);
  }
  .error-title {
    color: var(--_error);
  }
  .error p,
  .error details {
    margin: 0.25rem 0;
  }
  .error ul {
    margin: 0.25rem 0;
  }
  .error code {
    overflow-wrap: break-word;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_border: CanvasText;
      --_error: CanvasText;
      --_earlier: CanvasText;
      forced-color-adjust: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      --_accent: #1c5a9c;
      --_on-accent: #fff;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
