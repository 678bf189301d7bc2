/**
 * `<goesting-hope-scale>` as a typed JSX element in React 19:
 * `import type {} from '@goesting/hope-scale/react.js';` once in the app. Properties are set as
 * properties, and `ongoesting-*` props receive typed events.
 */
import type { GoestingReactProps } from '@goesting/core/react.js';
import type { GoestingHopeScale } from './hope-scale.js';

/** The JSX props of `<goesting-hope-scale>`. */
export type HopeScaleReactProps = GoestingReactProps<
  GoestingHopeScale,
  'hope-scale',
  'mode' | 'variant' | 'pack' | 'scales' | 'value' | 'history' | 'strings' | 'readonly' | 'disabled' | 'required' | 'name' | 'theme' | 'storage' | 'lang'
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'goesting-hope-scale': HopeScaleReactProps;
    }
  }
}
