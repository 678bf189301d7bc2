import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import '@goesting/core/define-provider.js';
import '@goesting/selfscan/define.js';
import { completed, history, invalidInstrument, partlyFilled, receptionInstrument } from './documents';
import { onDarkPage, renderSelfscan, type SelfscanArgs } from './render';
import { sourceFor } from './source';
import { hidden, langArgType, richProperty, storyMaker, tidyArgTypes } from '../shared/arg-types';

const { args, argTypes } = getStorybookHelpers<SelfscanArgs>('goesting-selfscan');

const tableTypes = tidyArgTypes(argTypes);

const meta: Meta<SelfscanArgs> = {
  title: 'Widgets/Self-scan',
  component: 'goesting-selfscan',
  args: { lang: '', ...args, instrument: undefined, value: undefined, history: undefined, strings: undefined },
  argTypes: {
    lang: langArgType,
    ...tableTypes,
    variant: { ...tableTypes['variant'], control: 'select', options: ['quick', 'full'] },
    storage: { ...tableTypes['storage'], control: 'select', options: ['', 'session', 'local', 'none'] },
    instrument: { ...tableTypes['instrument'], ...richProperty },
    value: { ...tableTypes['value'], ...richProperty },
    history: { ...tableTypes['history'], ...richProperty },
    strings: { ...tableTypes['strings'], control: 'object' },
    settings: { ...tableTypes['settings'], control: false },
    // Called by the browser for form association, not by the host.
    'formResetCallback-method': hidden,
    'formStateRestoreCallback-method': hidden,
    'formDisabledCallback-method': hidden,
  },
  render: (storyArgs) => renderSelfscan(storyArgs),
};
export default meta;

type Story = StoryObj<SelfscanArgs>;

/** A story with its name, description and the host-page code that produces it. */
const story = storyMaker(sourceFor);

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

export const DutchBelgium: Story = story('Locale: nl-BE', 'Flemish Dutch, the default language.', { lang: 'nl-BE' });

export const DutchNetherlands: Story = story('Locale: nl-NL', 'Dutch as written in the Netherlands.', { lang: 'nl-NL' });

export const FrenchBelgium: Story = story('Locale: fr-BE', 'Belgian French.', { lang: 'fr-BE' });

export const English: Story = story('Locale: en', 'English, also the fallback for any text missing in another language.', {
  lang: 'en',
});

export const DarkTheme: Story = {
  ...story(
    'Dark theme',
    '`theme="dark"` on a dark page. `auto` follows the operating system; without `theme` the widget takes the colours of the page.',
    { theme: 'dark', value: completed, history },
  ),
  render: (storyArgs) => onDarkPage(renderSelfscan(storyArgs)),
};

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

export const InsideProvider: Story = {
  ...story(
    'Inside a provider',
    '`<goesting-provider>` gives every widget inside it a language, a theme, text overrides and draft storage. A widget’s own attributes win over the provider’s.',
    { value: completed, history },
    sourceFor({ value: completed, history }, (element) => `<goesting-provider locale="fr-BE" theme="dark">\n  ${element}\n</goesting-provider>`),
  ),
  render: (storyArgs) =>
    onDarkPage(html`<goesting-provider locale="fr-BE" theme="dark">${renderSelfscan(storyArgs)}</goesting-provider>`),
};

export const InvalidInstrument: Story = story(
  'Invalid instrument',
  'An invalid `instrument` shows an error state in place, with details for the web team, and sends `goesting-error` (see the Actions panel). Nothing is thrown.',
  { instrument: invalidInstrument },
);

const logError = action('goesting-error');

export const InvalidValueJson: Story = {
  ...story(
    'Invalid JSON in the value attribute',
    'Bad JSON in the `value` attribute: the error state explains it, and the empty scan stays usable below it.',
    {},
    '<goesting-selfscan value="{answers: oops"></goesting-selfscan>',
  ),
  render: () => {
    // Built as a plain page would: the listener is in place before the attribute is read.
    const selfscan = document.createElement('goesting-selfscan');
    selfscan.addEventListener('goesting-error', (event) => logError(event.detail));
    selfscan.setAttribute('value', '{answers: oops');
    return selfscan;
  },
};

export const Drafts: Story = story(
  'Drafts',
  '`storage="session"` opts in to drafts: answer a few statements, reload the page, and the answers are back. Without `storage` nothing is stored.',
  { storage: 'session', 'draft-key': 'storybook-drafts' },
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
      ${renderSelfscan(storyArgs)}
      <h3>Last event</h3>
      <div style="max-height: 20rem; overflow: auto; border: 1px solid #ccc; padding: 0 1rem">${log}</div>
    </div>`;
  },
};

export const InAForm: Story = {
  ...story(
    'In a form',
    'With `name`, the value is submitted with a native form as JSON; `required` holds the form back until the scan is finished.',
    { name: 'selfscan', required: true },
    `<form method="post" action="/selfscan">
  <goesting-selfscan name="selfscan" required></goesting-selfscan>
  <button>Send</button>
</form>`,
  ),
  render: (storyArgs) => {
    const output = document.createElement('output');
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const value = new FormData(event.target as HTMLFormElement).get('selfscan');
      output.textContent = `Submitted selfscan=${String(value)}`;
    };
    return html`<form @submit=${submit}>${renderSelfscan(storyArgs)}<p><button>Send</button></p></form>${output}`;
  },
};
