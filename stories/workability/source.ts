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

/**
 * The host-page code of a report story. HR's page fetches the aggregate the portal released; the
 * document itself is never printed, and no stored record ever reaches this page.
 */
export const reportSource = (args: ReportArgs): string =>
  hostSource(
    {
      tag: 'goesting-workability-report',
      variable: 'report',
      attributes: ['lang', 'theme'],
      flags: ['reference'],
      properties: ['strings', 'aggregate'],
      format: (name) => (name === 'aggregate' ? `await (await fetch('/api/releases/latest')).json()` : undefined),
    },
    args,
  );
