/**
 * Types for using goesting widgets as JSX elements in React 19, which sets rich data as
 * properties and listens to custom events through `on<event-name>` props. Each widget package
 * has a `react` entry that adds its tag to React's `JSX.IntrinsicElements` with these types:
 *
 * ```ts
 * import type {} from '@goesting/selfscan/react';
 * <goesting-selfscan value={saved} ongoesting-complete={(event) => save(event.detail.result)} />
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { GoestingChangeDetail, GoestingCompleteDetail, GoestingErrorDetail } from './events.js';

/** The three events of the contract as React props, typed for widget `W`. */
export interface GoestingReactEvents<W extends string> {
  'ongoesting-change'?: (event: CustomEvent<GoestingChangeDetail<W>>) => void;
  'ongoesting-complete'?: (event: CustomEvent<GoestingCompleteDetail<W>>) => void;
  'ongoesting-error'?: (event: CustomEvent<GoestingErrorDetail>) => void;
}

/**
 * The JSX props of element `E` (widget name `W`): the usual HTML attributes, the element's own
 * properties `P` by their property names, `draft-key` as its attribute, and the typed events.
 */
export type GoestingReactProps<E extends HTMLElement, W extends string, P extends keyof E> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P> &
  Partial<Pick<E, P>> &
  GoestingReactEvents<W> & { 'draft-key'?: string; class?: string };
