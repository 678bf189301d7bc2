import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define-team.js';
import type { FocusPlan } from '@goesting/core';
import type { GoestingSelfscanTeam } from '@goesting/selfscan';
import { widgetMeta } from '../shared/arg-types';
import { logEvents } from '../shared/render';
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

/** What Regioteam Oost chose after Najaar 2025: reflecting together, with actions and the roles that take them up. */
const autumnPlan: FocusPlan = {
  schemaVersion: 1,
  report: 'selfscan-team',
  group: 'regio-oost',
  wave: '2025-najaar',
  points: [
    {
      group: 'regio-oost',
      target: 'reflection.organisation',
      why: 'We praten weinig samen over wat we doen en waarom.',
      actions: [
        { id: 'a1', what: 'Elke maand een intervisie van een uur, met een vaste voorzitter die wisselt.', owner: 'teamcoach', due: '2025-12-15', checkBack: '2026-03-02', status: 'done' },
        { id: 'a2', what: 'Na een moeilijk huisbezoek samen vijf minuten terugblikken.', owner: 'het hele team', status: 'partly' },
      ],
    },
    {
      group: 'regio-oost',
      target: 'hope.self',
      actions: [{ id: 'a1', what: 'Op het teamoverleg telkens één verhaal delen dat goed afliep.', owner: 'een collega van het team', checkBack: '2026-03-02' }],
    },
  ],
};

export const FocusPlanCarried: Story = {
  ...story(
    'Focus plan carried into the next wave',
    'After Najaar 2025 Regioteam Oost chose two focus points, with actions, the role that takes each up, and dates. The portal stored that plan from the mirror’s `goesting-change` and gives it back as `focusPlan`. Now Voorjaar 2026 is released: the mirror shows each point beside the change of the cell’s team mean since the autumn, lets the team say how far each action is, and starts the plan for the spring, in which a point can be kept. A point on a cell opens reflection cards or an intervision card on it (`goesting-reflect`). Figures come from the released aggregate only; a group that shows no figures gets no focus plan.',
    { aggregate: trend, group: 'regio-oost' },
    `<goesting-selfscan-team group="regio-oost"></goesting-selfscan-team>
<script type="module">
  const mirror = document.querySelector('goesting-selfscan-team');
  const plans = '/api/focus-plans/selfscan-team/regio-oost';
  mirror.aggregate = await (await fetch('/api/team-releases/latest')).json();
  const saved = await fetch(plans);
  if (saved.ok) mirror.focusPlan = await saved.json(); // 404: no plan yet
  // After every edit: the whole plan, to store for the team.
  mirror.addEventListener('goesting-change', (event) => {
    fetch(plans, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event.detail.value) });
  });
  // A focus point on a cell: open a reflection or intervision card on it.
  mirror.addEventListener('goesting-reflect', (event) => openCard(event.detail.cell, event.detail.purpose));
</script>`,
  ),
  render: (args) => {
    const element = document.createElement('goesting-selfscan-team') as GoestingSelfscanTeam;
    element.addEventListener('goesting-change', (event) => logEvents.change(event as CustomEvent));
    element.addEventListener('goesting-error', (event) => logEvents.error(event as CustomEvent));
    if (typeof args.lang === 'string' && args.lang) element.setAttribute('lang', args.lang);
    element.setAttribute('group', 'regio-oost');
    // Like a host page: the aggregate first, then the plan the portal stored.
    return Object.assign(element, { aggregate: args.aggregate, focusPlan: autumnPlan });
  },
};

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
