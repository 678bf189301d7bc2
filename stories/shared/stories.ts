import { html } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { logEvents, onDarkPage, renderWidget } from './render';
import { hostSource } from './source';
import type { Widget, WidgetArgs } from './widget';

/** The languages every widget speaks, each with what its story says about it. */
const languages = {
  'nl-BE': 'Flemish Dutch, the default language.',
  'nl-NL': 'Dutch as written in the Netherlands.',
  'fr-BE': 'Belgian French.',
  en: 'English, also the fallback for any text missing in another language.',
} as const;

const darkThemeText = '`theme="dark"` on a dark page. `auto` follows the operating system; without `theme` the widget takes the colours of the page.';

const providerText =
  '`<goesting-provider>` gives every widget inside it a language, a theme, text overrides and draft storage. A widget’s own attributes win over the provider’s.';

/**
 * The stories of one widget. `story` gives a story its name, description and the host-page code
 * that produces it (by default the widget's code for the story args); the others make the stories
 * that every widget has in the same form.
 */
export function widgetStories<Args extends WidgetArgs>(widget: Widget<Args>) {
  type Story = StoryObj<Args>;
  const render = (args: Args) => renderWidget(widget, args);
  const source = (args: Args, wrap?: (element: string) => string) => hostSource(widget, args, wrap);

  const story = (name: string, description: string, storyArgs: Args = {} as Args, code = source(storyArgs)): Story => ({
    name,
    args: storyArgs as Story['args'],
    parameters: { docs: { description: { story: description }, source: { code, type: 'code' } } },
  });

  return {
    story,

    /** The widget in one language, set with `lang`. */
    locale: (lang: keyof typeof languages, storyArgs: Args = {} as Args, description: string = languages[lang]): Story =>
      story(`Locale: ${lang}`, description, { lang, ...storyArgs }),

    /** `theme="dark"` on a dark page. */
    darkTheme: (storyArgs: Args, description = darkThemeText): Story => ({
      ...story('Dark theme', description, { theme: 'dark', ...storyArgs }),
      render: (args) => onDarkPage(render(args)),
    }),

    /** The widget inside a French, dark `<goesting-provider>` whose settings it takes. */
    insideProvider: (storyArgs: Args): Story => ({
      ...story('Inside a provider', providerText, storyArgs, source(storyArgs, (element) => `<goesting-provider locale="fr-BE" theme="dark">\n  ${element}\n</goesting-provider>`)),
      render: (args) => onDarkPage(html`<goesting-provider locale="fr-BE" theme="dark">${render(args)}</goesting-provider>`),
    }),

    /** Bad JSON in the `value` attribute, as a plain page would write it. */
    invalidValueJson: (description: string, json: string): Story => ({
      ...story('Invalid JSON in the value attribute', description, {} as Args, `<${widget.tag} value="${json}"></${widget.tag}>`),
      render: () => {
        // Built as a plain page would: the listener is in place before the attribute is read.
        const element = document.createElement(widget.tag);
        element.addEventListener('goesting-error', (event) => logEvents.error(event as CustomEvent));
        element.setAttribute('value', json);
        return element;
      },
    }),

    /** Drafts kept in the session under `draftKey`. */
    drafts: (description: string, draftKey: string): Story => story('Drafts', description, { storage: 'session', 'draft-key': draftKey } as Args),

    /** The widget as a required field of a native form, its value submitted under `name`. */
    inAForm: (name: string, description: string): Story => {
      const formArgs = { name, required: true } as Args;
      return {
        ...story('In a form', description, formArgs, `<form method="post" action="/${name}">\n  ${source(formArgs)}\n  <button>Send</button>\n</form>`),
        render: (args) => {
          const output = document.createElement('output');
          const submit = (event: SubmitEvent) => {
            event.preventDefault();
            const value = new FormData(event.target as HTMLFormElement).get(name);
            output.textContent = `Submitted ${name}=${String(value)}`;
          };
          return html`<form @submit=${submit}>${render(args)}<p><button>Send</button></p></form>${output}`;
        },
      };
    },
  };
}
