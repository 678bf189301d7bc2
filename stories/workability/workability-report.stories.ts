import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '@goesting/workability/define-report.js';
import { langArgType, richProperty, storyMaker, tidyArgTypes } from '../shared/arg-types';
import { onDarkPage } from '../shared/render';
import { guardResponses, guardTeams, organisationResponses, organisationTeams, organisationWaves } from './documents';
import { renderReport, type ReportArgs } from './render';
import { reportSource } from './source';

const { args, argTypes } = getStorybookHelpers<ReportArgs>('goesting-workability-report');
const tableTypes = tidyArgTypes(argTypes);

const meta: Meta<ReportArgs> = {
  title: 'Widgets/Workability report',
  component: 'goesting-workability-report',
  args: { lang: '', ...args, responses: undefined, teams: undefined, waves: undefined, thresholds: undefined, strings: undefined },
  argTypes: {
    lang: langArgType,
    ...tableTypes,
    thresholds: { ...tableTypes['thresholds'], ...richProperty },
    teams: { ...tableTypes['teams'], ...richProperty },
    waves: { ...tableTypes['waves'], ...richProperty },
    responses: { ...tableTypes['responses'], control: 'object' },
    strings: { ...tableTypes['strings'], control: 'object' },
    settings: { ...tableTypes['settings'], control: false },
    result: { ...tableTypes['result'], control: false },
  },
  render: (storyArgs) => renderReport(storyArgs),
};
export default meta;

type Story = StoryObj<ReportArgs>;
const story = storyMaker(reportSource);

const now = organisationResponses();
const threeWaves = organisationResponses(organisationWaves.map((w) => w.id));

export const Organisation: Story = story(
  'A 300-person organisation with small teams',
  'About 300 answers in three departments and 24 teams. Teams of 5 or more show their figures; Regioteam 7 (4 answers) and Leefgroep 5 (3) get only “limited insight”, Directie (2) only “too few answers”. Where showing a team would let anyone work out a small team by subtraction, it is hidden too, and the report says why.',
  { teams: organisationTeams, waves: organisationWaves.slice(2), responses: now },
);

export const Suppression: Story = story(
  'Suppression: a department of 16 with teams of 7, 5 and 4',
  'Team C (4 answers) gives only limited insight. Team B (5) is large enough, but showing it would give away Team C: 16 − 7 − 5 = 4. So Team B is hidden as well, with the reason in words; Team A and the department stay visible. The numbers of hidden teams are nowhere: not in the page, the events or the exports.',
  { teams: guardTeams, responses: guardResponses() },
);

export const Trend: Story = story(
  'Trend over three waves',
  '`waves` orders the measurements and names them. The chart follows % werkbaar in the whole organisation; the table below has every team per wave, hidden ones as words. Choose a wave at the top to see its figures; the same anonymity rules apply per wave.',
  { teams: organisationTeams, waves: organisationWaves, responses: threeWaves },
);

export const ReferenceFigures: Story = story(
  'Reference figures',
  '`reference` adds published Flemish figures as context, clearly labelled as another questionnaire that is not directly comparable, with their sources.',
  { teams: organisationTeams, responses: now, reference: true },
);

export const RejectedResponses: Story = story(
  'Rejected responses',
  'Responses with wrong types, unknown topics or scores outside 1–4 are counted and reported as rejected, never averaged in; `goesting-error` carries the counts only.',
  {
    responses: [
      ...now.slice(0, 40),
      { scores: { stress: 9 } },
      { scores: { mood: 2 } },
      'not a response',
      { team: 'amb-1', scores: Object.fromEntries(['stress', 'motivation', 'learning', 'balance', 'workload', 'emotional', 'variety', 'autonomy', 'support', 'physical'].map((c) => [c, 5])) },
    ],
  },
);

export const RaisedMinimum: Story = story(
  'Raised minimum',
  '`min-group-size="10"`: only groups of 10 or more show figures. A value below 5 is raised to 5 and reported as a settings problem.',
  { 'min-group-size': '10', teams: organisationTeams, responses: now },
);

export const DarkTheme: Story = {
  ...story('Dark theme', '`theme="dark"` on a dark page.', { theme: 'dark', teams: guardTeams, responses: guardResponses() }),
  render: (storyArgs) => onDarkPage(renderReport(storyArgs)),
};

export const DutchBelgium: Story = story('Locale: nl-BE', 'Flemish Dutch, the default language.', { lang: 'nl-BE', teams: guardTeams, responses: guardResponses() });
export const DutchNetherlands: Story = story('Locale: nl-NL', 'Dutch as written in the Netherlands.', { lang: 'nl-NL', teams: guardTeams, responses: guardResponses() });
export const FrenchBelgium: Story = story('Locale: fr-BE', 'Belgian French.', { lang: 'fr-BE', teams: guardTeams, responses: guardResponses() });
export const English: Story = story('Locale: en', 'English.', { lang: 'en', teams: guardTeams, waves: organisationWaves, responses: threeWaves });
