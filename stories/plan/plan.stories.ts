import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import '@goesting/plan/define.js';
import { familyCircle, familyPlan, familyPlanAtReview, familyPlanMade, markupPlan, overloadedPlan, planWithConditions, unknownPersonPlan } from './documents';
import { plan, type PlanArgs } from './widget';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';

const logPerson = action('goesting-person');

const meta: Meta<PlanArgs> = {
  title: 'Widgets/Plan',
  component: 'goesting-plan',
  ...widgetMeta(plan, {
    radio: { mode: ['plan', 'review'] },
    documents: ['value', 'history'],
    objects: ['network'],
  }),
  // `goesting-person` (someone in the plan to add to the network circle) in the Actions panel, beside the three events of every widget.
  decorators: [(storyFn) => html`<div @goesting-person=${(event: CustomEvent) => logPerson(event.detail)}>${storyFn()}</div>`],
};
export default meta;

type Story = StoryObj<PlanArgs>;

const { story, locale, darkTheme, drafts } = widgetStories(plan);

export const EmptyPlan: Story = story(
  'Empty plan',
  'The default: an empty plan in the client’s own words. What I want, what goes well already, what worries me, who does what, if it goes differently, and when we look back (four weeks ahead). Add a first action with the button; without a `network`, the client names the people themselves.',
);

export const FamilyPlan: Story = story(
  'Family plan with its network',
  '`network` holds the family’s network circle (`plan.network = circle.value`). Open an action and choose who does it: people who “can help with my plan” come first, “ask first” is shown, the children’s father (“may be contacted: no”) is not offered, and the GP and the social worker count as professionals. The balance says how the actions are spread. The football coach is not in the circle yet: *Voetbaltrainer toevoegen aan de netwerkcirkel* sends `goesting-person` (see the Actions panel), for the host to add him there.',
  { network: familyCircle, value: familyPlan },
);

export const Review: Story = story(
  'Review after four weeks',
  '`mode="review"` with the plan as it was finished in `history`. Each action gets *gedaan*, *deels*, *nog niet* or *niet meer nodig* with a short note; some are filled in already. The part at the top compares with the earlier version: an action added at the review, two done, one no longer needed, and the budget plan moved by two weeks. Finishing sends `goesting-complete` with the count per status.',
  { mode: 'review', network: familyCircle, history: [familyPlanMade], value: familyPlanAtReview },
);

export const OverloadedHelper: Story = story(
  'Overloaded helper',
  'The client’s mother carries four open actions. From three (`overload`, 2 to 50), the balance adds a calm note: is that not too much, and who could take over a part? An action marked *gedaan* or *niet meer nodig* at a review no longer counts.',
  { value: overloadedPlan },
);

export const ProfessionalConditions: Story = story(
  'Professional conditions',
  '`conditions` holds what the professional must add (here the youth care consultant: school every day, a visit every two weeks). It is a part of its own, marked as the professional’s, apart from the client’s text; the client answers it in their own words below.',
  { value: planWithConditions },
);

export const CopiesPerParticipant: Story = story(
  'Copies per participant',
  'Everyone in the plan gets a copy. At the bottom, *Kopie voor* lists the client and each person with an action or a backup step; *Kopie afdrukken* prints that person’s copy on A4, with their own actions first and the rest of the plan after, and *Kopie downloaden (Markdown)* gives the same copy as a file. *Heel het plan afdrukken* prints the whole plan. The downloads give the plan as Markdown, the review date and dated actions as an iCalendar file, and the JSON that `value` takes back. A host can write one person’s copy with `plan.toMarkdown(id)`.',
  { value: familyPlan },
);

export const DarkTheme: Story = darkTheme({ network: familyCircle, value: planWithConditions });

export const InvalidData: Story = story(
  'Invalid data',
  'A `value` whose action names someone who is not one of the plan’s people (`"oma"`) is refused: the error state explains it in place, with details for the web team, and `goesting-error` is sent (see the Actions panel). The empty plan stays usable below it.',
  { value: unknownPersonPlan },
);

export const MarkupAsText: Story = story(
  'Markup in the plan',
  'Markup and script in a saved plan are shown as text, never run; the Markdown and iCalendar downloads escape them too.',
  { value: markupPlan },
);

export const Drafts: Story = drafts(
  '`storage="session"` opts in to drafts: write something, reload, and it is back. Without `storage` nothing is stored.',
  'storybook-plan',
);

export const DutchBelgium: Story = locale('nl-BE', { network: familyCircle, value: familyPlan });
export const DutchNetherlands: Story = locale('nl-NL', { network: familyCircle, value: familyPlan });
export const FrenchBelgium: Story = locale('fr-BE', { network: familyCircle, value: planWithConditions });
export const English: Story = locale('en', { mode: 'review', network: familyCircle, history: [familyPlanMade], value: familyPlanAtReview });
