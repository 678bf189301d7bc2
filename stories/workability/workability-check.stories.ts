import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '@goesting/workability/define-check.js';
import { hidden, langArgType, richProperty, storyMaker, tidyArgTypes } from '../shared/arg-types';
import { onDarkPage } from '../shared/render';
import { strainedPulse } from './documents';
import { renderCheck, type CheckArgs } from './render';
import { checkSource } from './source';

const { args, argTypes } = getStorybookHelpers<CheckArgs>('goesting-workability-check');
const tableTypes = tidyArgTypes(argTypes);

const meta: Meta<CheckArgs> = {
  title: 'Widgets/Workability check',
  component: 'goesting-workability-check',
  args: { lang: '', ...args, value: undefined, thresholds: undefined, strings: undefined },
  argTypes: {
    lang: langArgType,
    ...tableTypes,
    variant: { ...tableTypes['variant'], control: 'select', options: ['pulse', 'full'] },
    storage: { ...tableTypes['storage'], control: 'select', options: ['', 'session', 'local', 'none'] },
    thresholds: { ...tableTypes['thresholds'], ...richProperty },
    value: { ...tableTypes['value'], ...richProperty },
    strings: { ...tableTypes['strings'], control: 'object' },
    settings: { ...tableTypes['settings'], control: false },
    result: { ...tableTypes['result'], control: false },
    contacts: hidden,
    'formResetCallback-method': hidden,
    'formStateRestoreCallback-method': hidden,
    'formDisabledCallback-method': hidden,
  },
  render: (storyArgs) => renderCheck(storyArgs),
};
export default meta;

type Story = StoryObj<CheckArgs>;
const story = storyMaker(checkSource);

export const Pulse: Story = story(
  'Pulse (10 statements)',
  'The default: one statement per topic, four answers from “nooit” to “altijd”. Answer them all and press the button: the employee sees their own result first. `team` and `wave` are keys the host chooses; they travel with the result.',
  { team: 'regioteam-3', wave: '2026-voorjaar', contacts: true },
);

export const Full: Story = story(
  'Full check (30 statements)',
  '`variant="full"`: three statements per topic, some worded the other way round (“Ik begin uitgerust aan een nieuwe werkdag”); their answers are turned around before scoring.',
  { variant: 'full', contacts: true },
);

export const PersonalResult: Story = story(
  'Personal result',
  'A finished pulse with much stress and work pressure. The profile shows every topic with its score and its zone in words and icons (✓ goed, ! let op, ✕ probleem), never colour alone. Stress is in the red zone, so the work is not werkbaar right now. Each risk factor in the orange or red zone has a tip and the host’s own “who can I talk to” text (slots `talk-workload`, `talk-emotional`, …).',
  { value: strainedPulse, contacts: true },
);

export const OwnThresholds: Story = story(
  'Own thresholds',
  '`thresholds` moves the zone limits (on a strain scale of 1–4): here orange from 2 and red from 2.75 for every topic, and a stricter limit for work pressure. They are the organisation’s choice; the result says so.',
  { value: strainedPulse, thresholds: { orange: 2, red: 2.75, constructs: { workload: { orange: 1.75, red: 2.5 } } } },
);

export const DarkTheme: Story = {
  ...story('Dark theme', '`theme="dark"` on a dark page.', { theme: 'dark', value: strainedPulse }),
  render: (storyArgs) => onDarkPage(renderCheck(storyArgs)),
};

export const InvalidData: Story = story(
  'Invalid data',
  'A saved `value` with an answer of 7 is refused: the error state explains it in place and `goesting-error` is sent. The check stays usable below it.',
  { value: { schemaVersion: 1, variant: 'pulse', answers: { 'stress-1': 7 }, completed: false } },
);

export const DutchBelgium: Story = story('Locale: nl-BE', 'Flemish Dutch, the default language.', { lang: 'nl-BE' });
export const DutchNetherlands: Story = story('Locale: nl-NL', 'Dutch as written in the Netherlands.', { lang: 'nl-NL', value: strainedPulse });
export const FrenchBelgium: Story = story('Locale: fr-BE', 'Belgian French.', { lang: 'fr-BE' });
export const English: Story = story('Locale: en', 'English, also the fallback for any text missing in another language.', { lang: 'en', value: strainedPulse });
