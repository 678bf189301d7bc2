import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { manifest } from './manifest';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets that have no lang of their own',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl-BE', title: 'Nederlands (België)' },
          { value: 'nl-NL', title: 'Nederlands (Nederland)' },
          { value: 'fr-BE', title: 'Français (Belgique)' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl-BE' },
  // The Storybook page itself is `<html lang="en">`; the widgets follow the nearest `lang`.
  decorators: [(story, { globals }) => html`<div lang=${globals['locale'] ?? 'nl-BE'}>${story()}</div>`],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The API tables come from the stories' `getStorybookHelpers()` argTypes alone, in their
    // order; Storybook's own extraction from the manifest would add a second, partial set.
    docs: { toc: true, extractArgTypes: () => ({}) },
    options: {
      storySort: { order: ['Docs', ['Introduction', 'Getting started', 'Events', 'Theming', 'Network circle'], 'Widgets'] },
    },
  },
  tags: ['autodocs'],
};

export default preview;
