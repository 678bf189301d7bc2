import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import '@goesting/alliance-check/define.js';
import { mergeAllianceDocuments } from '@goesting/alliance-check/model';
import { clientDevice, clientDoneInTurn, earlierSessions, fullCheck, largeDifferences, professionalDevice, sessionEight, smallDifferences } from './documents';
import { allianceCheck, type AllianceCheckArgs } from './widget';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';

const logReflect = action('goesting-reflect');

const meta: Meta<AllianceCheckArgs> = {
  title: 'Widgets/Alliance check',
  component: 'goesting-alliance-check',
  ...widgetMeta(allianceCheck, {
    radio: { variant: ['short', 'full'], fill: ['together', 'in-turn', 'separate'], perspective: ['client', 'professional'] },
    documents: ['value', 'history'],
  }),
  // `goesting-reflect` (a reflection card asked for at a conversation starter) in the Actions panel, beside the three events of every widget.
  decorators: [(storyFn) => html`<div @goesting-reflect=${(event: CustomEvent) => logReflect(event.detail)}>${storyFn()}</div>`],
};
export default meta;

type Story = StoryObj<AllianceCheckArgs>;

const { story, locale, darkTheme, drafts } = widgetStories(allianceCheck);

export const Together: Story = story(
  'Together on one screen',
  'The default: `fill="together"` and the short check. Client and professional sit at one screen. Each of the six statements is asked of both, each in their own words: first the client’s (*Mijn hulpverlener en ik …*), then the professional’s (*Mijn cliënt en ik …*), each with its own five answers from *klopt helemaal niet* to *klopt helemaal*. *Klaar* shows both side by side and sends `goesting-complete`.',
);

export const InTurn: Story = story(
  'One after the other on one device',
  '`fill="in-turn"`: one device, one person after the other. The client answers first; *Klaar: Cliënt is klaar* leads to the hand-over screen (see the next story). Then the professional answers their own statements, with nothing chosen yet. Only when both are done are the answers shown side by side.',
  { fill: 'in-turn' },
);

export const HandOver: Story = story(
  'Hand-over: the client is done',
  '`fill="in-turn"` with a `value` in which the client is done and the professional has not started: the widget opens on the hand-over screen, as it does after a reload. The client’s answers are nowhere in the page: not on screen, not in the DOM, not for a screen reader. *Ik ben Hulpverlener: beginnen* starts the professional’s turn.',
  { fill: 'in-turn', value: clientDoneInTurn },
);

export const SeparateClient: Story = story(
  'Two devices: the client',
  '`fill="separate"` with `perspective="client"`: this device takes the client’s answers only. `client-ref` (the host’s case number, never a name) and `session` go into the document, so that the two devices’ documents can be checked before they are merged. After *Klaar* the client sees their own answers, and `goesting-complete` carries a document with the client’s side alone.',
  { fill: 'separate', perspective: 'client', 'client-ref': 'dossier-12', session: '3' },
);

export const SeparateProfessional: Story = story(
  'Two devices: the professional',
  '`fill="separate"` with `perspective="professional"`: the professional’s statements (*Mijn cliënt en ik …*) on their own device, for the same case and session.',
  { fill: 'separate', perspective: 'professional', 'client-ref': 'dossier-12', session: '3' },
);

const mergedSession = mergeAllianceDocuments([clientDevice, professionalDevice]);

export const TwoDevicesMerged: Story = story(
  'Two devices, merged',
  'The client’s and the professional’s documents of session 3, merged with `mergeAllianceDocuments` from `@goesting/alliance-check/model`. It refuses documents of another variant, another client or another session, and the same side twice. Both sides now show side by side. One statement differs by three points (*Mijn hulpverlener en ik zijn het eens over wat we willen bereiken*: 5 and 2) and is marked as a place to start the conversation.',
  { value: mergedSession.ok ? mergedSession.data : undefined },
  `<goesting-alliance-check></goesting-alliance-check>
<script type="module">
  import { mergeAllianceDocuments } from '@goesting/alliance-check/model';

  // What goesting-complete sent on each device (or your back end merges them: see the guide).
  const clientDocument = ${JSON.stringify(clientDevice)};
  const professionalDocument = ${JSON.stringify(professionalDevice)};

  const check = document.querySelector('goesting-alliance-check');
  const merged = mergeAllianceDocuments([clientDocument, professionalDocument]);
  if (merged.ok) check.value = merged.data;
  else console.warn(merged.code, merged.issues); // another variant, client or session, or one side twice
</script>`,
);

export const LargeDifferences: Story = story(
  'Large differences',
  'Both are done, and they see the direction very differently: the client gives 2 and 2, the professional 5 and 4. Per part and per statement, each side’s own score is in its own column, with the difference beside it; nothing is averaged. Differences of 2 points or more (`threshold`) are marked as places to start the conversation, each with a button that asks the host for a reflection card (`goesting-reflect`, see the Actions panel). The client scores the direction below 3, so *Waar het wat stroef loopt* names it, calmly.',
  { value: largeDifferences },
);

export const SmallDifferences: Story = story(
  'Small differences',
  'Both are done and close together, never more than one point apart on a statement. Nothing is marked, and the result says *Jullie kijken nergens sterk anders naar.*',
  { value: smallDifferences },
);

export const FullVariant: Story = story(
  'Full check (12 statements)',
  '`variant="full"`: twelve statements, four for each part (direction, way of working, bond), the parts taking turns. The first six are those of the short check.',
  { variant: 'full' },
);

export const EightSessions: Story = story(
  'Alliance over eight sessions',
  '`history` holds the seven earlier checks (sessions 1 to 7, oldest first) and `value` the one of session 8. The trend has a line per side over all statements, with the sessions along the bottom (*Gesprek 1* … from `session`); the table below it has every session, per side and per part. The client is mostly the more positive of the two; in session 7 the professional is.',
  { value: sessionEight, history: earlierSessions },
);

export const OwnNames: Story = story(
  'Own names for the two sides',
  '`strings` names the two sides in the host’s own words: `perspective.client` is *Jongere* and `perspective.professional` is *Begeleider*. The names show in the columns and in the stiff part; the document keeps `client` and `professional`.',
  { value: largeDifferences, strings: { 'perspective.client': 'Jongere', 'perspective.professional': 'Begeleider' } },
);

export const ReadOnly: Story = story(
  'Read-only',
  '`readonly`: the result only. The answers cannot be changed: there is no *Antwoorden aanpassen*, and no reflection card button at the conversation starters. Printing and the JSON download stay.',
  { readonly: true, value: largeDifferences },
);

export const DarkTheme: Story = darkTheme({ value: sessionEight, history: earlierSessions });

export const InvalidData: Story = story(
  'Invalid data',
  'A `value` made with the full check, given to a short check, is refused: its answers belong to other statements. The error state explains it in place, with details for the web team, and `goesting-error` is sent (see the Actions panel). The empty check stays usable below it. Pick *full* for `variant` in the Controls, and the same document opens.',
  { value: fullCheck },
);

export const Drafts: Story = drafts(
  '`storage="session"` opts in to drafts: answer a few statements, reload, and they are back. Without `storage` nothing is stored.',
  'storybook-alliance-check',
);

export const DutchBelgium: Story = locale('nl-BE', { value: largeDifferences });
export const DutchNetherlands: Story = locale('nl-NL', { fill: 'in-turn' });
export const FrenchBelgium: Story = locale('fr-BE');
export const English: Story = locale('en', { value: sessionEight, history: earlierSessions });
