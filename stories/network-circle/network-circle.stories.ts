import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@goesting/network-circle/define.js';
import { widgetMeta } from '../shared/arg-types';
import { widgetStories } from '../shared/stories';
import { customConfig, customNetwork, familyHistory, familyNetwork, familyNetworkNow, invalidNetwork, largeNetwork } from './documents';
import { networkCircle, type NetworkCircleArgs } from './widget';

const meta: Meta<NetworkCircleArgs> = {
  title: 'Widgets/Network circle',
  component: 'goesting-network-circle',
  ...widgetMeta(networkCircle, { select: { view: ['drawing', 'list'] }, documents: ['config', 'value', 'history'] }),
};
export default meta;

type Story = StoryObj<NetworkCircleArgs>;

const { story, locale, darkTheme } = widgetStories(networkCircle);

export const EmptyCircle: Story = story(
  'Empty circle',
  'The default: the client in the middle, three rings (very close, close, further away) and five life areas, nobody in it yet. Add a first person with the button.',
);

export const TypicalFamilyNetwork: Story = story(
  'Typical family network',
  'Eleven people in every life area: support in both directions shows as arrows, a stressful tie as a dotted line, and the indicators below describe the circle in words and in a table. Drag a person to another ring or life area, or use the keyboard: arrow keys choose, Space picks up, arrows move, Enter drops.',
  { value: familyNetwork },
);

export const LargeNetwork: Story = story(
  'Large network: 150 people',
  'A circle of 150 people (generated with a fixed seed, so it is the same on every load): drawing and dragging stay smooth at this size.',
  { value: largeNetwork },
);

export const HistoryComparison: Story = story(
  'History comparison',
  '`history` holds earlier circles, oldest first, each with its `date`; the widget compares with the last one. New people get a round badge, moved people a square one, and people no longer in the circle are drawn dashed. The section below the indicators lists the changes.',
  { value: familyNetworkNow, history: familyHistory },
);

export const ListView: Story = story(
  'List view',
  '`view="list"`: the same people in a table, with every detail as text and buttons to edit or remove. Everything the drawing does can be done here too.',
  { view: 'list', value: familyNetworkNow, history: familyHistory },
);

export const CustomRingsAndSectors: Story = story(
  'Custom rings and sectors',
  '`config` with four rings and eight life areas of the host’s own, labelled per language (or one text for all languages). The last area is `formal`: its people count as professionals in the indicators.',
  { config: customConfig, value: customNetwork },
);

export const PrintPreview: Story = {
  ...story(
    'Print preview',
    'The circle prints on one A4 page, in compact type: the drawing, the summary, the indicators and the changes. The intro, the toolbar, the help text, the list, the form and the buttons are left out. To see it, open this story on its own (“Open canvas in new tab”) and use the browser’s print preview (Ctrl+P or Cmd+P). Tick “Toon initialen in plaats van namen” first to print initials instead of names.',
    { value: familyNetworkNow, history: familyHistory },
  ),
  decorators: [
    // A sheet of A4 width on screen; in print, only the widget.
    (storyFn) => html`<style>
        @media print {
          .print-note {
            display: none;
          }
          .print-sheet {
            border: 0 !important;
            padding: 0 !important;
          }
        }
      </style>
      <div style="max-width: 21cm; margin-inline: auto">
        <p class="print-note" style="border-inline-start: 4px solid #888; padding: 0.5rem 1rem; background: #f3f3f3; color: #222">
          Print preview: open this story in a new tab and print it (Ctrl+P or Cmd+P). Tick the initials box first to print
          initials instead of names.
        </p>
        <div class="print-sheet" style="border: 1px solid #ccc; padding: 1.5cm">${storyFn()}</div>
      </div>`,
  ],
};

export const ReadOnly: Story = story(
  'Read-only',
  '`readonly` shows the circle, the indicators and the changes without any way to change them: no add, undo or finish buttons, and people cannot be moved. Downloads and printing stay.',
  { readonly: true, value: familyNetworkNow, history: familyHistory },
);

export const DarkTheme: Story = darkTheme({ value: familyNetworkNow, history: familyHistory });

export const InvalidData: Story = story(
  'Invalid data',
  'A `value` with a person in an unknown life area (`"school"`) is refused: the error state explains it in place, with details for the web team, and `goesting-error` is sent (see the Actions panel). The empty circle stays usable below it.',
  { value: invalidNetwork },
);

export const DutchBelgium: Story = locale('nl-BE', { value: familyNetworkNow, history: familyHistory });

export const DutchNetherlands: Story = locale('nl-NL', { value: familyNetworkNow, history: familyHistory });

export const FrenchBelgium: Story = locale('fr-BE', { value: familyNetworkNow, history: familyHistory });

export const English: Story = locale('en', { value: familyNetworkNow, history: familyHistory });
