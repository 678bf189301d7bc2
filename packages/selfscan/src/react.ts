/**
 * `<goesting-selfscan>` as a typed JSX element in React 19: `import type {} from '@goesting/selfscan/react';`
 * once in the app. Properties are set as properties, and `ongoesting-*` props receive typed events.
 */
import type { GoestingReactProps } from '@goesting/core/react.js';
import type { GoestingSelfscan } from './selfscan.js';

/** The JSX props of `<goesting-selfscan>`. */
export type SelfscanReactProps = GoestingReactProps<
  GoestingSelfscan,
  'selfscan',
  'variant' | 'instrument' | 'value' | 'history' | 'strings' | 'readonly' | 'disabled' | 'required' | 'name' | 'theme' | 'storage' | 'lang'
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'goesting-selfscan': SelfscanReactProps;
    }
  }
}
