import type { ReflectionResult, ReflectionValue } from './model/index.js';

export { GoestingReflectionCard } from './reflection-card.js';
export { reflectionCardMessages, type ReflectionCardMessages } from './messages.js';
export * from './model/index.js';

declare module '@goesting/core' {
  interface GoestingWidgetTypes {
    'reflection-card': { value: ReflectionValue; result: ReflectionResult };
  }
}
