import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';
import '@goesting/reflection-card/define.js';
import type { GoestingReflectionCard } from '@goesting/reflection-card';
import { earlierCards, filledKorthagen, intervisionCard, markupCard } from './documents';
import { reflectionCard, type ReflectionCardArgs } from './widget';
import { completed as completedScan } from '../selfscan/documents';
import { widgetMeta } from '../shared/arg-types';
import { renderWidget } from '../shared/render';
import { widgetStories } from '../shared/stories';

const meta: Meta<ReflectionCardArgs> = {
  title: 'Widgets/Reflection card',
  component: 'goesting-reflection-card',
  ...widgetMeta(reflectionCard, {
    select: {
      template: ['', 'korthagen', 'gibbs', 'starrt', 'intervision'],
      pillar: ['', 'expertise', 'alliance', 'hope', 'reflection'],
      dimension: ['', 'self', 'other', 'organisation', 'environment'],
    },
    radio: { layout: ['steps', 'card'], 'print-size': ['a5', 'a4'] },
    documents: ['value', 'history'],
    objects: ['tag'],
    noControl: ['clock'],
    unset: ['tag'],
  }),
};
export default meta;

type Story = StoryObj<ReflectionCardArgs>;

const { story, locale, darkTheme, drafts } = widgetStories(reflectionCard);

export const Korthagen: Story = story('Template: Korthagen', 'The default: Korthagen’s five phases, one step at a time, ending with what I take with me and one action with a date.');

export const Gibbs: Story = story('Template: Gibbs', '`template="gibbs"`: six stages, from what happened to what I do next time.', { template: 'gibbs' });

export const Starrt: Story = story('Template: STARR(T)', '`template="starrt"`: situation, task, action, result, reflection and transfer.', { template: 'starrt' });

export const Intervision: Story = story(
  'Template: intervision with timer',
  '`template="intervision"`: the incident method in five named rounds. Each round has its own silent timer: start, pause, resume; the end is announced to screen readers. Peers’ views need no name.',
  { template: 'intervision', value: intervisionCard },
);

export const OneLongCard: Story = story('One long card', '`layout="card"` shows every step at once; the user can switch between the two views.', {
  layout: 'card',
  value: filledKorthagen,
});

export const OpenedFromSelfscan: Story = {
  ...story(
    'Opened from a self-scan growth point',
    'The self-scan’s result has a button per growth point. It sends `goesting-reflect` with the cell; the host page opens a card tagged with it.',
    {},
    `<goesting-selfscan></goesting-selfscan>
<goesting-reflection-card hidden></goesting-reflection-card>
<script type="module">
  const card = document.querySelector('goesting-reflection-card');
  document.addEventListener('goesting-reflect', (event) => {
    card.tag = event.detail.cell; // { pillar, dimension }
    card.hidden = false;
    card.scrollIntoView();
  });
</script>`,
  ),
  render: (storyArgs) => {
    const open = (event: CustomEvent) => {
      const card = (event.currentTarget as HTMLElement).querySelector<GoestingReflectionCard>('goesting-reflection-card')!;
      card.tag = event.detail.cell;
      card.parentElement!.hidden = false;
      action('goesting-reflect')(event.detail);
      void card.updateComplete.then(() => card.scrollIntoView({ block: 'start' }));
    };
    return html`<div @goesting-reflect=${open}>
      <goesting-selfscan readonly .value=${completedScan}></goesting-selfscan>
      <hr />
      <div hidden>${renderWidget(reflectionCard, storyArgs)}</div>
    </div>`;
  },
};

export const WithOpenActions: Story = story(
  'History with open actions',
  '`history` holds earlier cards. Their actions that are still open are listed on the last step: mark each one done, carried over or dropped. Carried actions come back on the next card.',
  { history: earlierCards, layout: 'card', pillar: 'reflection', dimension: 'self' },
);

export const PrintPreview: Story = story(
  'Print preview',
  'The card as it prints: press *Afdrukken* and choose A5 or A4 (`print-size`). Every step prints with its text; buttons and fields are left out.',
  { value: { ...filledKorthagen, takeaway: 'Eerst luisteren, dan pas helpen.', action: { text: 'Bij het volgende gesprek eerst twee open vragen stellen.', due: '2026-12-15' } }, 'print-size': 'a5' },
);

export const DutchBelgium: Story = locale('nl-BE');
export const DutchNetherlands: Story = locale('nl-NL');
export const FrenchBelgium: Story = locale('fr-BE', { template: 'gibbs' });
export const English: Story = locale('en', { template: 'intervision' });

export const DarkTheme: Story = darkTheme({ value: filledKorthagen, layout: 'card' }, '`theme="dark"` on a dark page.');

export const MarkupAsText: Story = story(
  'Markup in answers',
  'Markup and script in a saved card are shown as text, never run; the Markdown download escapes them too.',
  { value: markupCard },
);

export const InvalidTemplate: Story = story(
  'Unknown template',
  'An unknown `template` shows an error state in place and sends `goesting-error`; the card below stays usable.',
  { template: 'socratic' },
);

export const PillarWithoutDimension: Story = story(
  'Pillar without dimension',
  'A card is tagged with a pillar **and** a dimension. `pillar` alone shows an error state in place and sends `goesting-error` with `invalid-config`; so does a `tag` that is not an object `{ pillar, dimension }`. The user can still choose both on the card.',
  { pillar: 'hope' },
);

export const Drafts: Story = drafts(
  '`storage="session"` opts in to drafts: write something, reload, and it is back. Without `storage` nothing is stored.',
  'storybook-reflection',
);
