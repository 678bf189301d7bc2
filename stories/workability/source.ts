import { hostSource } from '../shared/source';
import type { CheckArgs, ReportArgs } from './render';

/** The host-page code of a check story. */
export const checkSource = (args: CheckArgs): string =>
  hostSource(
    {
      tag: 'goesting-workability-check',
      variable: 'check',
      attributes: ['lang', 'variant', 'team', 'wave', 'theme', 'storage', 'draft-key', 'name'],
      flags: ['readonly', 'disabled', 'required'],
      properties: ['strings', 'thresholds', 'value'],
    },
    args,
  );

/** The host-page code of a report story; responses are summarised, not printed in full. */
export const reportSource = (args: ReportArgs): string =>
  hostSource(
    {
      tag: 'goesting-workability-report',
      variable: 'report',
      attributes: ['lang', 'theme', 'min-group-size'],
      flags: ['reference'],
      properties: ['strings', 'thresholds', 'teams', 'waves', 'responses'],
      format: (name, value) =>
        name === 'responses' && Array.isArray(value)
          ? `await (await fetch('/api/workability/results')).json(); // ${value.length} results of the check, e.g. ${JSON.stringify(value[0])}`
          : undefined,
    },
    args,
  );
