import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/workability/define-report.js';
import type { FocusPlan } from '@goesting/core';
import type { GoestingWorkabilityReport } from '@goesting/workability';
import { widgetMeta } from '../shared/arg-types';
import { logEvents } from '../shared/render';
import { widgetStories } from '../shared/stories';
import { closedWavesReport, guardReport, heldBackReport, organisationReport, rejectedReport, trendReport } from './documents';
import { report, type ReportArgs } from './widget';

const meta: Meta<ReportArgs> = {
  title: 'Widgets/Workability report',
  component: 'goesting-workability-report',
  ...widgetMeta(report, { objects: ['aggregate'] }),
};
export default meta;

type Story = StoryObj<ReportArgs>;
const { story, locale, darkTheme } = widgetStories(report);

// Every aggregate below is made as a portal's back end makes it: checks ingested with
// `ingestWorkability`, reports released from the stored records with `releaseWorkability`.
const organisation = organisationReport();
const guard = guardReport();
const trend = trendReport();

export const Organisation: Story = story(
  'A 300-person organisation with small teams',
  'The portal released one wave of about 270 answers in three departments and 24 teams. Teams of 5 or more show their figures; Regioteam 7 (4 answers) and Leefgroep 5 (3) get only “limited insight”, Directie (2) only “too few answers”. Where showing a team would let anyone work out a small team by subtraction, the server hid it too, and the report says why.',
  { aggregate: organisation },
);

export const Suppression: Story = story(
  'Suppression: a department of 16 with teams of 7, 5 and 4',
  'Team C (4 answers) gives only limited insight. Team B (5) is large enough, but showing it would give away Team C: 16 − 7 − 5 = 4. So the server hid Team B as well, and the report gives the reason in words; Team A and the department stay visible. The released aggregate has no figures for hidden teams, so they are nowhere: not in the page, the events or the exports.',
  { aggregate: guard },
);

export const Trend: Story = story(
  'Trend over three waves',
  'One release of three waves, in the order the portal gave them (`waves` in `releaseWorkability`). The chart follows % werkbaar in the whole organisation; the table below has every team per wave, hidden ones as words. Choose a wave at the top to see its figures; every wave is guarded on its own.',
  { aggregate: trend },
);

export const HeldBack: Story = story(
  'Held back against an earlier release',
  'Voorjaar 2026 is still open (policy `live`). The portal released `r1`; then one more employee of Regioteam 3 filled in the check, and HR asked for `r2`, which the server set against `r1` through the ledger. Regioteam 3 went from 16 to 17 answers: beside `r1`, the difference would be that one person. So Regioteam 3, Ambulante hulp and the whole organisation show no figures now, and the report says why, naming `r1`. The other teams did not change and stay visible. The figures come back once enough new answers have arrived.',
  { aggregate: heldBackReport() },
);

export const ClosedWaves: Story = story(
  'Closed waves only',
  'A portal with the policy `closed-waves` releases a wave only after it has closed. Voorjaar 2026 is still open: the report names it as pending, without figures, and shows the two closed waves with their trend. No release can then be set against a later one of the same wave.',
  { aggregate: closedWavesReport() },
);

export const NoReportYet: Story = story(
  'No report released yet',
  'Until the portal has released a report, `aggregate` stays empty: the report says so, without an error.',
  {},
  `<goesting-workability-report></goesting-workability-report>
<script type="module">
  const report = document.querySelector('goesting-workability-report');
  const response = await fetch('/api/releases/latest');
  if (response.ok) report.aggregate = await response.json(); // 404: nothing released yet
</script>`,
);

export const NewerAggregate: Story = story(
  'Aggregate from a newer version',
  'An aggregate with `schemaVersion: 2` comes from a newer version of the package than the page loads. The report refuses it with the error state and `goesting-error` (`unsupported-version`, see the Actions panel); it never guesses at a document it does not know. A report that already showed a valid aggregate keeps showing it.',
  { aggregate: { ...guard, schemaVersion: 2 } },
);

export const InvalidAggregate: Story = story(
  'Invalid aggregate',
  'This document shows the department of 16 with figures, but says its minimum group is 20: the server never writes that, so it was changed on the way. The report refuses it with the error state and `goesting-error` (`invalid-value`, with the path of each problem). Broken JSON text gives `invalid-json`.',
  { aggregate: { ...guard, minGroupSize: 20 } },
);

export const ReferenceFigures: Story = story(
  'Reference figures',
  '`reference` adds published Flemish figures as context, clearly labelled as another questionnaire that is not directly comparable, with their sources.',
  { aggregate: organisation, reference: true },
);

export const RejectedRecords: Story = story(
  'Rejected stored records',
  'Stored records with wrong types, unknown topics or scores outside 1–4 (changed by hand in the database, say) are counted by the server and reported as rejected, by reason, never averaged in. The aggregate holds the counts only.',
  { aggregate: rejectedReport() },
);

export const RaisedMinimum: Story = story(
  'Raised minimum',
  'The portal released with `minGroupSize: 10`: only groups of 10 or more show figures. A value below 5 is raised to 5 and reported as a note. Once a wave has a release with a higher minimum, later releases of that wave keep it.',
  { aggregate: organisationReport({ minGroupSize: 10 }) },
);

/** What Residentiële zorg chose after the autumn wave: stress and emotional load, with actions and roles. */
const autumnPlan: FocusPlan = {
  schemaVersion: 1,
  report: 'workability-report',
  group: 'residentieel',
  wave: '2025-najaar',
  points: [
    {
      group: 'residentieel',
      target: 'stress',
      why: 'Een op drie collega’s zit in de rode zone voor werkstress.',
      actions: [
        { id: 'a1', what: 'Elke leefgroep spreekt een vast moment af om even uit te blazen na een zware dienst.', owner: 'het hele team', due: '2025-12-19', checkBack: '2026-02-06', status: 'done' },
        { id: 'a2', what: 'De planning van de nachtdiensten herbekijken met de teams.', owner: 'teamleider', due: '2026-01-31', status: 'partly' },
      ],
    },
    {
      group: 'residentieel',
      target: 'emotional',
      actions: [{ id: 'a1', what: 'Maandelijkse intervisie over moeilijke situaties in de leefgroep.', owner: 'teamcoach', checkBack: '2026-03-13' }],
    },
  ],
};

export const FocusPlanCarried: Story = {
  ...story(
    'Focus plan carried into the next wave',
    'Residentiële zorg (`focus-group="residentieel"`) chose two focus points after Najaar 2025, with actions, the role that takes each up, and dates. The portal stored that plan from the report’s `goesting-change` and gives it back as `focusPlan`. Now Voorjaar 2026 is released: the report shows each point beside the change since the autumn, lets the team say how far each action is, and starts the plan for the spring, in which a point can be kept. Figures come from the released aggregate only; a group that shows no figures gets no focus plan. The plan downloads as JSON, CSV or Markdown and prints with the report.',
    { aggregate: trend },
    `<goesting-workability-report focus-group="residentieel"></goesting-workability-report>
<script type="module">
  const report = document.querySelector('goesting-workability-report');
  const plans = '/api/focus-plans/workability-report/residentieel';
  report.aggregate = await (await fetch('/api/releases/latest')).json();
  const saved = await fetch(plans);
  if (saved.ok) report.focusPlan = await saved.json(); // 404: no plan yet
  // After every edit: the whole plan, to store for the group.
  report.addEventListener('goesting-change', (event) => {
    fetch(plans, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event.detail.value) });
  });
</script>`,
  ),
  render: (args) => {
    const element = document.createElement('goesting-workability-report') as GoestingWorkabilityReport;
    element.addEventListener('goesting-change', (event) => logEvents.change(event as CustomEvent));
    element.addEventListener('goesting-error', (event) => logEvents.error(event as CustomEvent));
    if (typeof args.lang === 'string' && args.lang) element.setAttribute('lang', args.lang);
    element.setAttribute('focus-group', 'residentieel');
    // Like a host page: the aggregate first, then the plan the portal stored.
    return Object.assign(element, { aggregate: args.aggregate, focusPlan: autumnPlan });
  },
};

export const DarkTheme: Story = darkTheme({ aggregate: guard }, '`theme="dark"` on a dark page.');

export const DutchBelgium: Story = locale('nl-BE', { aggregate: guard });
export const DutchNetherlands: Story = locale('nl-NL', { aggregate: guard });
export const FrenchBelgium: Story = locale('fr-BE', { aggregate: guard });
export const English: Story = locale('en', { aggregate: trend }, 'English.');
