/**
 * `<goesting-network-circle>` as a typed JSX element in React 19:
 * `import type {} from '@goesting/network-circle/react.js';` once in the app. Properties are set
 * as properties, and `ongoesting-*` props receive typed events.
 */
import type { GoestingReactProps } from '@goesting/core/react.js';
import type { GoestingNetworkCircle } from './network-circle.js';

/** The JSX props of `<goesting-network-circle>`. */
export type NetworkCircleReactProps = GoestingReactProps<
  GoestingNetworkCircle,
  'network-circle',
  'view' | 'config' | 'value' | 'history' | 'strings' | 'readonly' | 'disabled' | 'required' | 'name' | 'theme' | 'storage' | 'lang'
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'goesting-network-circle': NetworkCircleReactProps;
    }
  }
}
