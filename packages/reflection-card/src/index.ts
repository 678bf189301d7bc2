export { GoestingReflectionCard } from './reflection-card.js';
export { reflectionCardMessages, type ReflectionCardMessages } from './messages.js';
export * from './model/index.js';
