import { css } from 'lit';
import { LazyModule } from './lazy.js';

/**
 * The focus plan's view with its texts: a group report names this module in `modulesNeeded()`,
 * and it loads the first time the plan shows.
 */
export const focusPlanView = /* @__PURE__ */ new LazyModule(() => import('./focus-plan-view.js'));
export type FocusPlanViewModule = typeof import('./focus-plan-view.js');

/**
 * Styles of the focus plan's view: the points, their actions, the previous wave and the print.
 * Made in a call marked pure, so a widget without a focus plan leaves them out of its bundle.
 */
export const focusPlanStyles = /* @__PURE__ */ (() => css`
  .focus-plan {
    border-block-start: 2px solid var(--_border);
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .focus-plan h4,
  .focus-plan h5 {
    margin-block: var(--_space) 0.25rem;
  }
  .focus-plan h5 {
    font-size: 1em;
  }
  .focus-plan .hint,
  .focus-plan .counter {
    font-size: 0.9em;
  }
  .focus-point,
  .focus-earlier > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 var(--_space) var(--_space);
    margin-block: var(--_space);
  }
  .focus-points,
  .focus-actions,
  .focus-earlier {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .focus-action {
    border-inline-start: 4px solid var(--_subtle);
    padding-inline-start: 0.75rem;
    margin-block: var(--_space);
  }
  .focus-action legend,
  .focus-new legend {
    font-weight: 600;
    padding: 0;
  }
  .focus-action fieldset,
  .focus-new {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  .focus-new {
    border-block-start: 1px dashed var(--_border);
    padding-block-start: 0.5rem;
    margin-block-start: var(--_space);
  }
  .focus-plan .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  .focus-plan .field input,
  .focus-plan .field textarea,
  .focus-plan .field select {
    inline-size: 100%;
    max-inline-size: 40rem;
  }
  .focus-plan .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .focus-plan .dates .field {
    flex: 1 1 10rem;
  }
  .focus-plan .counter.too-long,
  .focus-plan .problem {
    color: var(--_error);
    font-weight: 600;
  }
  .focus-plan .counter.too-long::before,
  .focus-plan .problem::before {
    content: '! ';
  }
  .focus-plan [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .focus-plan .row-buttons,
  .focus-plan .focus-choose,
  .focus-plan .focus-files {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-block: 0.5rem;
  }
  .focus-plan .focus-choose .field {
    flex: 1 1 14rem;
    margin: 0;
  }
  .focus-plan .badge {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.35rem;
    font-size: 0.85em;
    font-weight: 600;
    background: var(--_subtle);
  }
  .focus-plan .figure {
    margin: 0.25rem 0;
  }
  .focus-plan dl.change {
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  .focus-plan dl.change dt {
    font-weight: 600;
  }
  .focus-plan dl.change dd {
    margin: 0;
  }
  .focus-plan .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .focus-plan .badge,
    .focus-action {
      border-color: CanvasText;
    }
  }
  @media print {
    .focus-point,
    .focus-earlier > li {
      break-inside: avoid;
    }
    .focus-plan .print-only {
      display: block;
      white-space: pre-wrap;
      margin: 0;
    }
    .focus-plan input,
    .focus-plan textarea,
    .focus-plan select,
    .focus-plan .counter,
    .focus-plan .hint,
    .focus-new,
    .focus-choose {
      display: none !important;
    }
  }
`)();
