import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '@goesting/core/define-provider.js';
import '@goesting/hope-scale/define.js';
import {
  goalHopeDone,
  goalHopeHistory,
  invalidPack,
  licensedPack,
  lifeAreas,
  oversizedPack,
  scalingDone,
  scalingHistory,
  scalingStarted,
  veryLow,
  youthDone,
} from './documents';
import { renderHopeScale, type HopeScaleArgs } from './render';
import { sourceFor } from './source';
import { onDarkPage } from '../shared/render';
import { hidden, langArgType, richProperty, storyMaker, tidyArgTypes } from '../shared/arg-types';

const { args, argTypes } = getStorybookHelpers<HopeScaleArgs>('goesting-hope-scale');

const tableTypes = tidyArgTypes(argTypes);

const meta: Meta<HopeScaleArgs> = {
  title: 'Widgets/Hope scale',
  component: 'goesting-hope-scale',
  args: { lang: '', ...args, pack: undefined, scales: undefined, value: undefined, history: undefined, strings: undefined },
  argTypes: {
    lang: langArgType,
    ...tableTypes,
    mode: { ...tableTypes['mode'], control: 'select', options: ['scaling', 'goal-hope'] },
    variant: { ...tableTypes['variant'], control: 'select', options: ['adult', 'youth'] },
    storage: { ...tableTypes['storage'], control: 'select', options: ['', 'session', 'local', 'none'] },
    pack: { ...tableTypes['pack'], ...richProperty },
    scales: { ...tableTypes['scales'], ...richProperty },
    value: { ...tableTypes['value'], ...richProperty },
    history: { ...tableTypes['history'], ...richProperty },
    strings: { ...tableTypes['strings'], control: 'object' },
    settings: { ...tableTypes['settings'], control: false },
    result: { ...tableTypes['result'], control: false },
    // Called by the browser for form association, not by the host.
    'formResetCallback-method': hidden,
    'formStateRestoreCallback-method': hidden,
    'formDisabledCallback-method': hidden,
  },
  render: (storyArgs) => renderHopeScale(storyArgs),
};
export default meta;

type Story = StoryObj<HopeScaleArgs>;

const story = storyMaker(sourceFor);

export const Scaling: Story = story(
  'Scaling',
  'The default: one 0–10 scale with labelled ends and one neutral colour. Choose a number with the mouse, by touch or with the arrow keys, Home and End; the follow-up questions appear once a number is chosen.',
);

export const ScalingInConversation: Story = story(
  'Scaling, in conversation',
  'A saved `value`: the client chose 4 and answered why it is a 4 and not lower. The next questions ask what a 5 would look like and who would notice it first.',
  { value: scalingStarted },
);

export const SeveralScales: Story = story(
  'Several scales',
  '`scales` asks about several life areas, each with its own question and, if wanted, its own end labels, in every language the host supports.',
  { scales: lifeAreas },
);

export const ScalingResult: Story = story(
  'Scaling result',
  'A finished `value` opens on the result: the number, the answers to the prompts, printing and a JSON download.',
  { value: scalingDone },
);

export const GoalHope: Story = story(
  'Goal-hope',
  '`mode="goal-hope"`: an optional goal, then three statements on willpower and three on ways, on an 8-point scale from “helemaal niet waar” to “helemaal waar”.',
  { mode: 'goal-hope' },
);

export const GoalHopeResult: Story = story(
  'Goal-hope result',
  'Willpower and ways each score 3–24, together 6–48, with words for what they mean and questions for the lower of the two.',
  { mode: 'goal-hope', value: goalHopeDone },
);

export const Youth: Story = story(
  'Youth',
  '`variant="youth"`: shorter sentences and a 6-point scale from “nooit” to “altijd” with friendly, neutral icons. Subscales 3–18, total 6–36.',
  { mode: 'goal-hope', variant: 'youth' },
);

export const YouthResult: Story = story('Youth result', 'A finished youth `value`.', { mode: 'goal-hope', variant: 'youth', value: youthDone });

export const LicensedPack: Story = story(
  'Licensed pack',
  'An organisation passes a question list it holds a licence for as `pack`. This one has the structure of a published 12-item adult hope scale: four willpower items, four ways items and four fillers that are asked but never scored. All its sentences are invented; goesting ships none of a published scale.',
  { pack: licensedPack },
);

export const HistoryScaling: Story = story(
  'History: 12 measurements',
  '`history` holds earlier results, oldest first. The trend chart shows how hope changed over a year, with a table of every measurement below it.',
  { value: scalingDone, history: scalingHistory },
);

export const HistoryGoalHope: Story = story(
  'History: goal-hope over a year',
  'In goal-hope mode the chart has one line per subscale, so a client sees willpower and ways change apart.',
  { mode: 'goal-hope', value: goalHopeDone, history: goalHopeHistory, readonly: true },
);

export const VeryLowScore: Story = story(
  'Very low score',
  'Very low hope gives neutral words that suggest talking it over with someone the client trusts. There is no alarm, and nothing is sent anywhere.',
  { value: veryLow },
);

export const DutchBelgium: Story = story('Locale: nl-BE', 'Flemish Dutch, the default language.', { lang: 'nl-BE', mode: 'goal-hope' });

export const DutchNetherlands: Story = story('Locale: nl-NL', 'Dutch as written in the Netherlands.', { lang: 'nl-NL', mode: 'goal-hope' });

export const FrenchBelgium: Story = story('Locale: fr-BE', 'Belgian French.', { lang: 'fr-BE', mode: 'goal-hope' });

export const English: Story = story('Locale: en', 'English, also the fallback for any text missing in another language.', { lang: 'en', mode: 'goal-hope' });

export const DarkTheme: Story = {
  ...story(
    'Dark theme',
    '`theme="dark"` on a dark page. `auto` follows the operating system; without `theme` the widget takes the colours of the page.',
    { theme: 'dark', value: scalingDone, history: scalingHistory },
  ),
  render: (storyArgs) => onDarkPage(renderHopeScale(storyArgs)),
};

export const InsideProvider: Story = {
  ...story(
    'Inside a provider',
    '`<goesting-provider>` gives every widget inside it a language, a theme, text overrides and draft storage. A widget’s own attributes win over the provider’s.',
    { mode: 'goal-hope' },
    sourceFor({ mode: 'goal-hope' }, (element) => `<goesting-provider locale="fr-BE" theme="dark">\n  ${element}\n</goesting-provider>`),
  ),
  render: (storyArgs) => onDarkPage(html`<goesting-provider locale="fr-BE" theme="dark">${renderHopeScale(storyArgs)}</goesting-provider>`),
};

export const InvalidPack: Story = story(
  'Invalid pack',
  'A `pack` whose subscale names an item it does not have: an error state in place, with details for the web team, and `goesting-error` (see the Actions panel). Nothing is thrown.',
  { pack: invalidPack },
);

export const OversizedPack: Story = story(
  'Pack too large',
  'A `pack` whose answer scale has 200,000 points. Every size a pack can have is limited (here: at most 101 answer choices), so it is refused at once with the error state and `goesting-error`, instead of freezing the page.',
  { pack: oversizedPack },
);

export const UnknownMode: Story = story(
  'Unknown mode',
  '`mode="goal_hope"` is not one of the modes: it is refused with the error state and `goesting-error`, and the widget keeps the mode it had, so no saved document ever carries an unknown mode.',
  { mode: 'goal_hope' as never },
);

const logError = action('goesting-error');

export const InvalidValueJson: Story = {
  ...story(
    'Invalid JSON in the value attribute',
    'Bad JSON in the `value` attribute: the error state explains it, and the empty scale stays usable below it.',
    {},
    '<goesting-hope-scale value="{scales: oops"></goesting-hope-scale>',
  ),
  render: () => {
    const hope = document.createElement('goesting-hope-scale');
    hope.addEventListener('goesting-error', (event) => logError(event.detail));
    hope.setAttribute('value', '{scales: oops');
    return hope;
  },
};

export const Drafts: Story = story(
  'Drafts',
  '`storage="session"` opts in to drafts: choose a number, reload the page, and it is back. Without `storage` nothing is stored.',
  { storage: 'session', 'draft-key': 'storybook-hope-drafts' },
);

export const InAForm: Story = {
  ...story(
    'In a form',
    'With `name`, the value is submitted with a native form as JSON; `required` holds the form back until the client presses “Klaar”.',
    { name: 'hope', required: true },
    `<form method="post" action="/hope">
  <goesting-hope-scale name="hope" required></goesting-hope-scale>
  <button>Send</button>
</form>`,
  ),
  render: (storyArgs) => {
    const output = document.createElement('output');
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const value = new FormData(event.target as HTMLFormElement).get('hope');
      output.textContent = `Submitted hope=${String(value)}`;
    };
    return html`<form @submit=${submit}>${renderHopeScale(storyArgs)}<p><button>Send</button></p></form>${output}`;
  },
};
