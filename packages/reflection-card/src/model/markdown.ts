import { escapeMarkdown, unescapeMarkdown, type ValidationIssue } from '@goesting/core/model';
import { keyedRecord, parseReflectionValue, type Parsed } from './parse.js';
import type { ReflectionValue } from './schema.js';
import { stepIds } from './templates.js';

/** The words the Markdown file is written in; the widget passes them in its language. Plain text: the writer escapes them. */
export interface MarkdownLabels {
  title: string;
  template: string;
  step(id: string): string;
  cell?: string;
  feelings?: string;
  takeaway: string;
  action: string;
  due?: string;
  view(index: number, name?: string): string;
  group?: string;
  date?: string;
}

/** Sections whose text comes from the user; their order in the file is listed in the front matter. */
type Section = { key: string; heading: string; text: string };

/** Kept here too, so `@goesting/reflection-card/model` still offers them. */
export { escapeMarkdown, unescapeMarkdown };

/**
 * One front matter value: JSON, which YAML reads too, with every character that Markdown or HTML
 * reads inside a string written as a `\uXXXX` escape, so a viewer that does not know front
 * matter still shows plain text.
 */
function frontValue(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (string) =>
    string.replace(/\\(?:u[0-9a-fA-F]{4}|.)|[<>&*_`~|#!\[\](){}+=@\u2028\u2029]|:(?=\/\/)|(?<=www)\./gi, (c) => (c.length > 1 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)),
  );
}

const EMPTY = '_—_';
const oneLine = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/**
 * The card as a Markdown file: readable headings in the user's language, texts escaped, and a
 * front matter with everything else, so {@link reflectionFromMarkdown} reads back the same card.
 */
export function reflectionToMarkdown(value: ReflectionValue, labels: MarkdownLabels): string {
  const sections: Section[] = [
    ...stepIds(value.template).map((id) => ({ key: `step:${id}`, heading: labels.step(id), text: value.steps[id] ?? '' })),
    ...value.views.map((view, i) => ({ key: `view:${i}`, heading: labels.view(i, view.name), text: view.text })),
    { key: 'takeaway', heading: labels.takeaway, text: value.takeaway },
    { key: 'action', heading: labels.action, text: value.action.text },
  ];
  const { steps: _steps, takeaway: _takeaway, action, views, ...meta } = value;
  const front = {
    goesting: 'reflection-card',
    ...meta,
    ...(action.due ? { due: action.due } : {}),
    views: views.map((view) => (view.name === undefined ? {} : { name: view.name })),
    sections: sections.map((s) => s.key),
  };
  const intro = [
    `# ${oneLine(labels.title)}: ${oneLine(labels.template)}`,
    ...[labels.group, labels.cell, labels.date, labels.feelings, labels.due].filter((line): line is string => !!line).map((line) => `- ${oneLine(line)}`),
  ];
  return [
    '---',
    ...Object.entries(front)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => `${key}: ${frontValue(v)}`),
    '---',
    '',
    intro.join('\n'),
    '',
    sections.map((s) => `## ${oneLine(s.heading)}\n\n${s.text === '' ? EMPTY : escapeMarkdown(s.text)}\n`).join('\n'),
  ].join('\n');
}

const fail = (message: string, path = ''): Parsed<never> => ({ ok: false, code: 'invalid-value', issues: [{ path, code: 'markdown', message } satisfies ValidationIssue] });

/** Reads a card back from {@link reflectionToMarkdown}'s file; anything else fails with issues. */
export function reflectionFromMarkdown(markdown: string): Parsed<ReflectionValue> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) return fail('No front matter.');
  // Keys come from the file: without a prototype, `__proto__` or `constructor` stay plain keys,
  // which the card's parse then refuses or drops.
  const front: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const line of match[1]!.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 1) return fail(`Unreadable front matter line: ${line.slice(0, 40)}`);
    try {
      front[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2)) as unknown;
    } catch {
      return fail(`Unreadable front matter value: ${line.slice(0, 40)}`, line.slice(0, colon));
    }
  }
  const { goesting, sections, views, due, ...meta } = front;
  if (goesting !== 'reflection-card') return fail('Not a reflection card.', 'goesting');
  if (!Array.isArray(sections) || !Array.isArray(views)) return fail('Sections or views missing.', 'sections');
  const body = markdown.slice(match[0].length);
  const first = body.search(/^## /m);
  const parts = first < 0 ? [] : body.slice(first).split(/^## [^\n]*\n\n/m).slice(1);
  if (parts.length !== sections.length) return fail(`Expected ${sections.length} sections, found ${parts.length}.`, 'sections');
  const texts = parts.map((part, i) => {
    const raw = part.slice(0, part.length - (i === parts.length - 1 ? 1 : 2));
    return raw === EMPTY ? '' : unescapeMarkdown(raw);
  });
  const steps = keyedRecord<string>();
  const viewTexts = new Map<number, string>();
  let takeaway = '';
  let actionText = '';
  sections.forEach((key, i) => {
    const text = texts[i]!;
    if (typeof key !== 'string') return;
    if (key.startsWith('step:')) {
      if (text !== '') steps[key.slice(5)] = text;
    } else if (key.startsWith('view:')) viewTexts.set(Number(key.slice(5)), text);
    else if (key === 'takeaway') takeaway = text;
    else if (key === 'action') actionText = text;
  });
  return parseReflectionValue({
    ...meta,
    steps,
    takeaway,
    action: { text: actionText, ...(typeof due === 'string' ? { due } : {}) },
    views: (views as Record<string, unknown>[]).map((view, i) => ({ ...view, text: viewTexts.get(i) ?? '' })),
  });
}
