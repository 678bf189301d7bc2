import type { SelfscanTeamMessages } from '@goesting/selfscan';
import type { Widget, WidgetArgs } from '../shared/widget';

/** The story args of `<goesting-selfscan-team>`. */
export interface TeamArgs extends WidgetArgs {
  group?: string;
  /** The aggregate a portal's back end released with `releaseSelfscanTeam`, or anything else to show the error state. */
  aggregate?: unknown;
  strings?: Partial<SelfscanTeamMessages>;
}

/**
 * `<goesting-selfscan-team>` as a host page writes it: the group as an attribute, the released
 * aggregate as a property. The team coach's page fetches the aggregate the portal released; the
 * document itself is never printed, and no stored record ever reaches this page.
 */
export const team: Widget<TeamArgs> = {
  tag: 'goesting-selfscan-team',
  variable: 'mirror',
  attributes: ['lang', 'group', 'theme'],
  flags: [],
  properties: ['strings', 'aggregate'],
  anyValue: ['aggregate'],
  format: (name) => (name === 'aggregate' ? `await (await fetch('/api/team-releases/latest')).json()` : undefined),
};
