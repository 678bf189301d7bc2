import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/workability/define-check.js';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';
import { strainedPulse } from './documents';
import { check, contacts, type CheckArgs } from './widget';

const meta: Meta<CheckArgs> = {
  title: 'Widgets/Workability check',
  component: 'goesting-workability-check',
  ...widgetMeta(check, { select: { variant: ['pulse', 'full'] }, documents: ['thresholds', 'value'] }),
};
export default meta;

type Story = StoryObj<CheckArgs>;
const { story, locale, darkTheme } = widgetStories(check);

export const Pulse: Story = story(
  'Pulse (10 statements)',
  'The default: one statement per topic, four answers from “nooit” to “altijd”. Answer them all and press the button: the employee sees their own result first. `team` and `wave` are keys the host chooses; they travel with the result.',
  { team: 'regioteam-3', wave: '2026-voorjaar', ...contacts },
);

export const Full: Story = story(
  'Full check (30 statements)',
  '`variant="full"`: three statements per topic, some worded the other way round (“Ik begin uitgerust aan een nieuwe werkdag”); their answers are turned around before scoring.',
  { variant: 'full', ...contacts },
);

export const PersonalResult: Story = story(
  'Personal result',
  'A finished pulse with much stress and work pressure. The profile shows every topic with its score and its zone in words and icons (✓ goed, ! let op, ✕ probleem), never colour alone. Stress is in the red zone, so the work is not werkbaar right now. Each risk factor in the orange or red zone has a tip and the host’s own “who can I talk to” text (slots `talk-workload`, `talk-emotional`, …).',
  { value: strainedPulse, ...contacts },
);

export const OwnThresholds: Story = story(
  'Own thresholds',
  '`thresholds` moves the zone limits (on a strain scale of 1–4): here orange from 2 and red from 2.75 for every topic, and a stricter limit for work pressure. They are the organisation’s choice; the result says so.',
  { value: strainedPulse, thresholds: { orange: 2, red: 2.75, constructs: { workload: { orange: 1.75, red: 2.5 } } } },
);

export const DarkTheme: Story = darkTheme({ value: strainedPulse }, '`theme="dark"` on a dark page.');

export const InvalidData: Story = story(
  'Invalid data',
  'A saved `value` with an answer of 7 is refused: the error state explains it in place and `goesting-error` is sent. The check stays usable below it.',
  { value: { schemaVersion: 1, variant: 'pulse', answers: { 'stress-1': 7 }, completed: false } },
);

export const DutchBelgium: Story = locale('nl-BE');
export const DutchNetherlands: Story = locale('nl-NL', { value: strainedPulse });
export const FrenchBelgium: Story = locale('fr-BE');
export const English: Story = locale('en', { value: strainedPulse });
