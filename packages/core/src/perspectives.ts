import { css } from 'lit';
import { LazyModule } from './lazy.js';

/**
 * The perspectives' comparison and hand-over views with their texts: a widget with perspectives
 * names this module in `modulesNeeded()`, and it loads the first time one of them shows.
 */
export const perspectivesView = new LazyModule(() => import('./perspectives-view.js'));
export type PerspectivesViewModule = typeof import('./perspectives-view.js');

/** Styles of the perspectives' views: the comparison and the hand-over screen. */
export const perspectivesStyles = css`
  .comparison tr.starter > * {
    background: var(--_subtle);
  }
  .comparison tr.starter > th {
    border-inline-start: 4px solid var(--_accent);
  }
  .starter-note {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  .hand-over {
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }
  .hand-over button {
    min-block-size: 2.75rem;
  }
`;
