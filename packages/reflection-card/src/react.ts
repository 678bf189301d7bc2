/**
 * `<goesting-reflection-card>` as a typed JSX element in React 19:
 * `import type {} from '@goesting/reflection-card/react.js';` once in the app. Properties are set
 * as properties, and `ongoesting-*` props receive typed events.
 */
import type { GoestingReactProps } from '@goesting/core/react.js';
import type { GoestingReflectionCard } from './reflection-card.js';
import type { PrintSize } from './model/schema.js';

/** The JSX props of `<goesting-reflection-card>`. */
export type ReflectionCardReactProps = GoestingReactProps<
  GoestingReflectionCard,
  'reflection-card',
  'layout' | 'printSize' | 'template' | 'pillar' | 'dimension' | 'tag' | 'value' | 'history' | 'strings' | 'disabled' | 'required' | 'name' | 'theme' | 'storage' | 'lang'
> & { 'print-size'?: PrintSize };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'goesting-reflection-card': ReflectionCardReactProps;
    }
  }
}
