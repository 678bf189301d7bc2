import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/core/define-provider.js';
import '@goesting/hope-scale/define.js';
import {
  bothPerspectives,
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
import { hopeScale, type HopeScaleArgs } from './widget';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';

const meta: Meta<HopeScaleArgs> = {
  title: 'Widgets/Hope scale',
  component: 'goesting-hope-scale',
  ...widgetMeta(hopeScale, {
    select: { mode: ['scaling', 'goal-hope'], variant: ['adult', 'youth'] },
    documents: ['pack', 'scales', 'value', 'history'],
  }),
};
export default meta;

type Story = StoryObj<HopeScaleArgs>;

const { story, locale, darkTheme, insideProvider, invalidValueJson, drafts, inAForm } = widgetStories(hopeScale);

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

export const WithTheProfessional: Story = story(
  'With the professional\u2019s hope',
  '`professional`: after the client\u2019s part, the professional answers one more 0–10 question in a part of its own: how much hope they have for the client. Both are shown side by side in the result, the client first, never averaged.',
  { professional: true },
);

export const BothPerspectivesResult: Story = story(
  'Both perspectives, result',
  'A finished `value` with the professional\u2019s hope: the client chose 7, the professional 4. The result puts them side by side, the client first, and marks the 3 points between them as a good point to talk about.',
  { value: bothPerspectives },
);

export const GoalHopeWithTheProfessional: Story = story(
  'Goal-hope with the professional\u2019s hope',
  'In the goal-hope mode the professional is asked how much hope they have that the client reaches the goal the client named. The client\u2019s total (6–48) and the professional\u2019s 0–10 are on different scales, so the result shows them side by side without a difference.',
  { mode: 'goal-hope', professional: true },
);

export const DutchBelgium: Story = locale('nl-BE', { mode: 'goal-hope' });

export const DutchNetherlands: Story = locale('nl-NL', { mode: 'goal-hope' });

export const FrenchBelgium: Story = locale('fr-BE', { mode: 'goal-hope' });

export const English: Story = locale('en', { mode: 'goal-hope' });

export const DarkTheme: Story = darkTheme({ value: scalingDone, history: scalingHistory });

export const InsideProvider: Story = insideProvider({ mode: 'goal-hope' });

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

export const InvalidValueJson: Story = invalidValueJson(
  'Bad JSON in the `value` attribute: the error state explains it, and the empty scale stays usable below it.',
  '{scales: oops',
);

export const Drafts: Story = drafts(
  '`storage="session"` opts in to drafts: choose a number, reload the page, and it is back. Without `storage` nothing is stored.',
  'storybook-hope-drafts',
);

export const InAForm: Story = inAForm(
  'hope',
  'With `name`, the value is submitted with a native form as JSON; `required` holds the form back until the client presses “Klaar”.',
);
