/**
 * `<goesting-workability-check>` and `<goesting-workability-report>` as typed JSX elements in
 * React 19: `import type {} from '@goesting/workability/react.js';` once in the app. Properties
 * are set as properties, and `ongoesting-*` props receive typed events.
 */
import type { GoestingReactProps } from '@goesting/core/react.js';
import type { GoestingWorkabilityCheck } from './workability-check.js';
import type { GoestingWorkabilityReport } from './workability-report.js';

/** The JSX props of `<goesting-workability-check>`. */
export type WorkabilityCheckReactProps = GoestingReactProps<
  GoestingWorkabilityCheck,
  'workability-check',
  'variant' | 'team' | 'wave' | 'thresholds' | 'value' | 'strings' | 'readonly' | 'disabled' | 'required' | 'name' | 'theme' | 'storage' | 'lang'
>;

/** The JSX props of `<goesting-workability-report>`: it sends only `goesting-error`. */
export type WorkabilityReportReactProps = GoestingReactProps<
  GoestingWorkabilityReport,
  'workability-report',
  'aggregate' | 'reference' | 'strings' | 'theme' | 'lang'
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'goesting-workability-check': WorkabilityCheckReactProps;
      'goesting-workability-report': WorkabilityReportReactProps;
    }
  }
}
