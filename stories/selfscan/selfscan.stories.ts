import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';
import { completed, history, invalidInstrument, partlyFilled, receptionInstrument } from './documents';
import { selfscan, type SelfscanArgs } from './widget';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';
import { renderWidget } from '../shared/render';

const meta: Meta<SelfscanArgs> = {
  title: 'Widgets/Self-scan',
  component: 'goesting-selfscan',
  ...widgetMeta(selfscan, { select: { variant: ['quick', 'full'] }, documents: ['instrument', 'value', 'history'] }),
};
export default meta;

type Story = StoryObj<SelfscanArgs>;

const { story, locale, darkTheme, insideProvider, invalidValueJson, drafts, inAForm } = widgetStories(selfscan);

export const Empty: Story = story('Empty', 'The default: the quick list of 16 statements, one pillar per step, nothing answered yet.');

export const FullVariant: Story = story('Full variant', '`variant="full"`: two or three statements per cell, 40 in all.', {
  variant: 'full',
});

export const PartlyFilled: Story = story(
  'Partly filled',
  'A saved draft given back as `value`: the scan opens on step 1 with the answers, the flag and the energy rating in place.',
  { value: partlyFilled },
);

export const Completed: Story = story(
  'Completed',
  'A `value` with `completed: true` and a `date` opens on the result: radar, heat map, strengths, growth points and flagged statements.',
  { value: completed },
);

export const ReadOnlyWithHistory: Story = story(
  'Read-only with history',
  '`readonly` shows only the result. `history` holds earlier scans, oldest first; the radar and the heat map compare with the last one.',
  { value: completed, history, readonly: true },
);

export const DutchBelgium: Story = locale('nl-BE');

export const DutchNetherlands: Story = locale('nl-NL');

export const FrenchBelgium: Story = locale('fr-BE');

export const English: Story = locale('en');

export const DarkTheme: Story = darkTheme({ value: completed, history });

export const CustomLook: Story = story(
  'Custom look',
  'Custom properties set on the element (or any ancestor) and `::part()` rules restyle the widget from the page. Try other values in the Controls panel.',
  {
    value: partlyFilled,
    '--goesting-color-accent': '#1b6e3a',
    '--goesting-radius': '1.25rem',
    'header-part': 'border-bottom: 2px solid #1b6e3a; padding-bottom: 0.5rem;',
    'option-part': 'font-weight: 600;',
  },
);

export const InsideProvider: Story = insideProvider({ value: completed, history });

export const InvalidInstrument: Story = story(
  'Invalid instrument',
  'An invalid `instrument` shows an error state in place, with details for the web team, and sends `goesting-error` (see the Actions panel). Nothing is thrown.',
  { instrument: invalidInstrument },
);

export const InvalidValueJson: Story = invalidValueJson(
  'Bad JSON in the `value` attribute: the error state explains it, and the empty scan stays usable below it.',
  '{answers: oops',
);

export const Drafts: Story = drafts(
  '`storage="session"` opts in to drafts: answer a few statements, reload the page, and the answers are back. Without `storage` nothing is stored.',
  'storybook-drafts',
);

export const CustomInstrument: Story = story(
  'Custom instrument',
  'The host’s own question list: four statements in two languages, with their own `tags`. The steps follow the pillars the list uses.',
  { instrument: receptionInstrument },
);

export const Events: Story = {
  ...story(
    'Events',
    'Every user edit sends `goesting-change`; finishing sends `goesting-complete`. Both bubble, so one listener on the page hears every widget. The last event is shown below the scan, and every event is in the Actions panel.',
    {},
    `<goesting-selfscan></goesting-selfscan>
<script type="module">
  document.addEventListener('goesting-change', (event) => saveDraft(event.detail.value));
  document.addEventListener('goesting-complete', (event) => saveResult(event.detail.value, event.detail.result));
  document.addEventListener('goesting-error', (event) => console.warn(event.detail.code, event.detail.issues));
</script>`,
  ),
  render: (storyArgs) => {
    const log = document.createElement('pre');
    log.textContent = 'Answer a statement to see its event.';
    const show = (event: Event) => {
      log.textContent = `${event.type}\n${JSON.stringify((event as CustomEvent).detail, null, 2)}`;
    };
    return html`<div @goesting-change=${show} @goesting-complete=${show} @goesting-error=${show}>
      ${renderWidget(selfscan, storyArgs)}
      <h3>Last event</h3>
      <div style="max-height: 20rem; overflow: auto; border: 1px solid #ccc; padding: 0 1rem">${log}</div>
    </div>`;
  },
};

export const InAForm: Story = inAForm(
  'selfscan',
  'With `name`, the value is submitted with a native form as JSON; `required` holds the form back until the scan is finished.',
);
