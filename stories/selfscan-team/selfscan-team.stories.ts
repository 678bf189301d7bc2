import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define-team.js';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';
import { department, severalWaves, teamOfFour, teamOfTwelve } from './documents';
import { team, type TeamArgs } from './widget';

const meta: Meta<TeamArgs> = {
  title: 'Widgets/Self-scan team mirror',
  component: 'goesting-selfscan-team',
  ...widgetMeta(team, { objects: ['aggregate'] }),
};
export default meta;

type Story = StoryObj<TeamArgs>;
const { story, locale, darkTheme, insideProvider } = widgetStories(team);

// Every aggregate below is made as a portal's back end makes it: completed self-scans ingested
// with `ingestSelfscan`, team mirrors released from the stored records with `releaseSelfscanTeam`.
const twelve = teamOfTwelve();
const trend = severalWaves();

export const TeamOfTwelve: Story = story(
  'A team of 12',
  'Twelve colleagues of Regioteam Oost filled in the full self-scan. Per cell the grid shows the mean, a small stacked bar of how many answered *nooit of zelden*, *soms* and *vaak of altijd*, the same counts as text, and how many want to talk about it; the table below has every figure as text. Strength stands beside energy (*goesting*) per pillar; strengths, growth points and a few conversation starters close the mirror.',
  { aggregate: twelve, group: 'regio-oost' },
);

export const TeamOfFour: Story = story(
  'A team of 4: limited insight',
  'Four self-scans are too few for figures. The server released the team as `limited`, without figures, so the mirror shows none: only *beperkt inzicht*, and four open questions the team can talk about without figures.',
  { aggregate: teamOfFour(), group: 'nachtteam' },
);

export const DepartmentWithHiddenTeams: Story = story(
  'A department with hidden teams',
  'A department of 16 with teams of 7, 5 and 4. Schuldhulp (4) gives only limited insight. Jeugdhulp (5) is large enough, but showing it would give Schuldhulp away: 16 − 7 − 5 = 4. So the server hid Jeugdhulp as well (`protected`), and the mirror says why in words. Pick a group at the top; a hidden group shows why it has no figures.',
  { aggregate: department(), group: 'onthaal' },
);

export const SeveralWaves: Story = story(
  'Several waves: the trend',
  'Regioteam Oost over three waves, in one release. Pick a wave at the top to see its mirror; the trend shows strength and energy per pillar over the waves, as two line charts and a table with every figure.',
  { aggregate: trend, group: 'regio-oost' },
);

export const NoMirrorYet: Story = story(
  'No team mirror released yet',
  'Until the portal has released a team mirror, `aggregate` stays empty: the mirror says so, without an error.',
  {},
  `<goesting-selfscan-team group="regio-oost"></goesting-selfscan-team>
<script type="module">
  const mirror = document.querySelector('goesting-selfscan-team');
  const response = await fetch('/api/team-releases/latest');
  if (response.ok) mirror.aggregate = await response.json(); // 404: nothing released yet
</script>`,
);

export const NewerAggregate: Story = story(
  'Aggregate from a newer version',
  'An aggregate with `schemaVersion: 2` comes from a newer version of the package than the page loads. The mirror refuses it with the error state and `goesting-error` (`unsupported-version`, see the Actions panel). A mirror that already showed a valid aggregate keeps showing it.',
  { aggregate: { ...twelve, schemaVersion: 2 } },
);

export const InvalidAggregate: Story = story(
  'Invalid aggregate',
  'This document shows the team of 12 with figures, but says its minimum group is 20: the server never writes that, so it was changed on the way. The mirror refuses it with the error state and `goesting-error` (`invalid-value`, with the path of each problem).',
  { aggregate: { ...twelve, minGroupSize: 20 } },
);

export const DarkTheme: Story = darkTheme({ aggregate: twelve, group: 'regio-oost' });
export const InsideProvider: Story = insideProvider({ aggregate: twelve, group: 'regio-oost' });

export const DutchBelgium: Story = locale('nl-BE', { aggregate: twelve, group: 'regio-oost' });
export const DutchNetherlands: Story = locale('nl-NL', { aggregate: twelve, group: 'regio-oost' });
export const FrenchBelgium: Story = locale('fr-BE', { aggregate: department(), group: 'onthaal' });
export const English: Story = locale('en', { aggregate: trend, group: 'regio-oost' });
