import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FOCUS_PLAN_SCHEMA_VERSION,
  MAX_FOCUS_OWNER,
  MAX_FOCUS_POINTS,
  MAX_FOCUS_WHAT,
  carryFocusPlan,
  csvText,
  emptyFocusPlan,
  focusChange,
  focusPlanChangeDetailSchema,
  focusPlanSchema,
  focusPlanToCsv,
  focusPlanToMarkdown,
  parseFocusPlan,
  unescapeMarkdown,
  type FocusPlan,
  type FocusPlanLabels,
} from '../src/model/index.js';

/** A plan of the workability report for Team Noord, chosen in wave `w1`. */
const plan = (over: Partial<FocusPlan> = {}): FocusPlan => ({
  ...emptyFocusPlan('workability-report', 'team-a', 'w1'),
  points: [
    {
      group: 'team-a',
      target: 'workload',
      why: 'Veel mensen zitten in de rode zone.',
      actions: [
        { id: 'a1', what: 'Elke maandag de planning samen bekijken', owner: 'teamleider', due: '2026-03-14', checkBack: '2026-04-01' },
        { id: 'a2', what: 'Vragen om een extra collega', owner: 'HR', status: 'partly' },
      ],
    },
    { group: 'team-a', target: 'support', actions: [] },
  ],
  ...over,
});

export const labels: FocusPlanLabels = {
  title: 'Focusplan',
  columns: { wave: 'Meting', group: 'Groep', point: 'Focuspunt', why: 'Waarom', what: 'Actie', owner: 'Wie neemt het op', due: 'Klaar tegen', checkBack: 'Terugkijken op', status: 'Hoe ver' },
  previous: 'Vorige meting',
  target: (id) => ({ workload: 'Werkdruk', support: 'Steun van je leidinggevende' })[id] ?? id,
  group: (id) => (id === 'team-a' ? 'Team Noord' : id),
  wave: (id) => ({ w1: 'Voorjaar 2026', w2: 'Najaar 2026' })[id] ?? id,
  status: (status) => ({ open: 'nog bezig', done: 'gedaan', partly: 'deels gedaan', dropped: 'gestopt' })[status],
  none: '—',
};

/** Reads CSV text (RFC 4180, CRLF) back into rows of cells, as a spreadsheet would. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

/**
 * Where Markdown text could be read as markup: a character that starts markup not escaped, `&`
 * that is not one of our entities, an address that could become a link, a line that starts with
 * space or block markup. Our own structure (headings, list items, field names) is left out.
 */
export function markupIn(markdown: string): string | undefined {
  const MARKUP = '`*_[]<>|~{}()+!@';
  for (const [n, raw] of markdown.split(/\r\n|\r|\n/).entries()) {
    const line = raw.replace(/^(#{1,3} |- |  - |  )/, '');
    if (/^[ \t]|^[-=#+*>]|^\d+[.)]/.test(line)) return `line ${n + 1} starts with markup: ${JSON.stringify(raw)}`;
    if (/(?<!\\):\/\/|(?<!\\)www(?!\\)\./i.test(line)) return `line ${n + 1} holds an address: ${JSON.stringify(raw)}`;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\') {
        if (!/[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) return `line ${n + 1} has a lone backslash`;
        i++;
      } else if (c === '&') {
        const entity = /^&(?:amp|lt|gt|#32|#9);/.exec(line.slice(i));
        if (!entity) return `line ${n + 1} has a bare &`;
        i += entity[0].length - 1;
      } else if (MARKUP.includes(c)) return `line ${n + 1} has ${c} unescaped: ${JSON.stringify(raw)}`;
    }
  }
  return undefined;
}

/**
 * The focus plan's model tests. They need no DOM: model.test.ts runs them, in Chromium and, as every
 * model test, in Node.
 */
export function runFocusPlanModelTests(): void {
  describe('focus plan: the model', () => {
    it('reads a plan as an object and as JSON text, and refuses one from a newer version', () => {
      expect(parseFocusPlan(plan())).to.deep.equal({ ok: true, data: plan() });
      expect(parseFocusPlan(JSON.stringify(plan()))).to.deep.equal({ ok: true, data: plan() });
      const newer = parseFocusPlan({ ...plan(), schemaVersion: FOCUS_PLAN_SCHEMA_VERSION + 1 });
      expect(newer.ok || newer.code).to.equal('unsupported-version');
      const broken = parseFocusPlan('{"points": [');
      expect(broken.ok || broken.code).to.equal('invalid-json');
    });

    const refusals: [string, unknown, string, string][] = [
      ['a fourth focus point', plan({ points: ['workload', 'support', 'autonomy', 'variety'].map((target) => ({ group: 'team-a', target, actions: [] })) }), 'points', 'too_big'],
      ['the same focus point twice', plan({ points: [plan().points[0]!, plan().points[0]!] }), 'points[1].target', 'duplicate_point'],
      ['an action id twice in one point', plan({ points: [{ group: 'team-a', target: 'workload', actions: [plan().points[0]!.actions[0]!, plan().points[0]!.actions[0]!] }] }), 'points[0].actions[1].id', 'duplicate_id'],
      ['an action of only spaces', plan({ points: [{ group: 'team-a', target: 'workload', actions: [{ id: 'a1', what: '   ', owner: 'HR' }] }] }), 'points[0].actions[0].what', 'blank_text'],
      ['an empty owner', plan({ points: [{ group: 'team-a', target: 'workload', actions: [{ id: 'a1', what: 'Overleg', owner: '' }] }] }), 'points[0].actions[0].owner', 'too_small'],
      ['an owner of more than 80 characters', plan({ points: [{ group: 'team-a', target: 'workload', actions: [{ id: 'a1', what: 'Overleg', owner: 'x'.repeat(MAX_FOCUS_OWNER + 1) }] }] }), 'points[0].actions[0].owner', 'too_big'],
      ['an action of more than 300 characters', plan({ points: [{ group: 'team-a', target: 'workload', actions: [{ id: 'a1', what: 'x'.repeat(MAX_FOCUS_WHAT + 1), owner: 'HR' }] }] }), 'points[0].actions[0].what', 'too_big'],
      ['a day that does not exist', plan({ points: [{ group: 'team-a', target: 'workload', actions: [{ id: 'a1', what: 'Overleg', owner: 'HR', due: '2026-02-30' }] }] }), 'points[0].actions[0].due', 'invalid_day'],
      ['a target named like a built-in member', plan({ points: [{ group: 'team-a', target: 'constructor', actions: [] }] }), 'points[0].target', 'reserved_id'],
      ['a wave named like a built-in member', plan({ wave: 'toString' }), 'wave', 'reserved_id'],
      ['a point for another group than the plan', plan({ points: [{ group: 'team-b', target: 'workload', actions: [] }] }), 'points[0].group', 'other_group'],
      ['an unknown status', plan({ points: [{ group: 'team-a', target: 'workload', actions: [{ id: 'a1', what: 'Overleg', owner: 'HR', status: 'later' as 'open' }] }] }), 'points[0].actions[0].status', 'invalid_value'],
      ['a __proto__ key', `{"schemaVersion":1,"report":"workability-report","wave":"w1","points":[],"__proto__":{"polluted":true}}`, '__proto__', 'forbidden_key'],
    ];
    for (const [what, input, path, code] of refusals) {
      it(`refuses ${what}`, () => {
        const result = parseFocusPlan(input);
        expect(result.ok).to.equal(false);
        if (result.ok) return;
        expect(result.code).to.equal('invalid-value');
        expect(result.issues.map((i) => `${i.path} ${i.code}`)).to.include(`${path} ${code}`);
      });
    }

    it('refuses, on request, a plan of another report, for another group or on targets the report does not know', () => {
      const expected = { report: 'workability-report', group: 'team-a', targets: ['workload', 'support'] };
      expect(parseFocusPlan(plan(), expected).ok).to.equal(true);
      const issues = (input: FocusPlan, over = {}) => {
        const result = parseFocusPlan(input, { ...expected, ...over });
        return result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`);
      };
      expect(issues(plan({ report: 'selfscan-team' }))).to.deep.equal(['report other_report']);
      expect(issues(plan(), { group: 'team-b' })).to.deep.equal(['group other_group']);
      const loose: FocusPlan = { schemaVersion: 1, report: 'workability-report', wave: 'w1', points: [{ group: '@organisation', target: 'hope.other', actions: [] }] };
      expect(issues(loose)).to.deep.equal(['points[0].group other_group', 'points[0].target unknown_target']);
    });

    it('starts an empty plan and carries a plan into the next wave with its statuses, one wave back only', () => {
      expect(emptyFocusPlan('selfscan-team', '@organisation', '')).to.deep.equal({ schemaVersion: 1, report: 'selfscan-team', group: '@organisation', wave: '', points: [] });
      const carried = carryFocusPlan({ ...plan(), previous: { wave: 'w0', points: [{ group: 'team-a', target: 'autonomy', actions: [] }] } }, 'w2');
      expect(carried.wave).to.equal('w2');
      expect(carried.points).to.deep.equal([]);
      expect(carried.previous!.wave).to.equal('w1');
      expect(carried.previous!.points.map((p) => p.target)).to.deep.equal(['workload', 'support']);
      expect(carried.previous!.points[0]!.actions.map((a) => a.status)).to.deep.equal(['open', 'partly']);
      expect(carried.previous!.points[0]!.actions[0]).to.deep.include({ what: 'Elke maandag de planning samen bekijken', owner: 'teamleider', due: '2026-03-14', checkBack: '2026-04-01' });
      expect(parseFocusPlan(carried).ok).to.equal(true);
    });

    it('gives the change since a wave, and never turns a missing figure into a number', () => {
      expect(focusChange(2.4, 3.1)).to.equal(0.7);
      expect(focusChange(40, 25)).to.equal(-15);
      expect(focusChange(3, 3)).to.equal(0);
      for (const [then, now] of [[null, 3], [3, null], [undefined, 3], [Number.NaN, 3], [3, Number.POSITIVE_INFINITY]] as const) expect(focusChange(then, now)).to.equal(null);
    });

    it('writes a CSV file: a row per action, one for a point without actions, the previous wave after', () => {
      const carried = { ...carryFocusPlan(plan(), 'w2'), points: [{ group: 'team-a', target: 'support', actions: [] }] };
      expect(readCsv(focusPlanToCsv(carried, labels))).to.deep.equal([
        ['Meting', 'Groep', 'Focuspunt', 'Waarom', 'Actie', 'Wie neemt het op', 'Klaar tegen', 'Terugkijken op', 'Hoe ver'],
        ['Najaar 2026', 'Team Noord', 'Steun van je leidinggevende', '', '', '', '', '', ''],
        ['Voorjaar 2026', 'Team Noord', 'Werkdruk', 'Veel mensen zitten in de rode zone.', 'Elke maandag de planning samen bekijken', 'teamleider', '2026-03-14', '2026-04-01', 'nog bezig'],
        ['Voorjaar 2026', 'Team Noord', 'Werkdruk', 'Veel mensen zitten in de rode zone.', 'Vragen om een extra collega', 'HR', '', '', 'deels gedaan'],
        ['Voorjaar 2026', 'Team Noord', 'Steun van je leidinggevende', '', '', '', '', '', ''],
      ]);
    });

    it('writes a Markdown file with a heading per point, the actions as a list and the previous wave', () => {
      const md = focusPlanToMarkdown({ ...carryFocusPlan(plan(), 'w2'), points: [plan().points[1]!] }, { ...labels, date: (day) => day.split('-').reverse().join('/') });
      expect(md).to.equal(
        [
          '# Focusplan · Team Noord · Najaar 2026',
          '',
          '## Steun van je leidinggevende',
          '',
          '_—_',
          '',
          '## Vorige meting · Voorjaar 2026',
          '',
          '### Werkdruk',
          '',
          'Waarom: Veel mensen zitten in de rode zone.',
          '',
          '- Elke maandag de planning samen bekijken',
          '  - Wie neemt het op: teamleider',
          '  - Klaar tegen: 14/03/2026',
          '  - Terugkijken op: 01/04/2026',
          '  - Hoe ver: nog bezig',
          '- Vragen om een extra collega',
          '  - Wie neemt het op: HR',
          '  - Hoe ver: deels gedaan',
          '',
          '### Steun van je leidinggevende',
          '',
          '_—_',
          '',
        ].join('\n'),
      );
    });

    it('describes what a report sends after an edit of its plan', () => {
      const schema = focusPlanChangeDetailSchema('workability-report');
      expect(schema.safeParse({ widget: 'workability-report', schemaVersion: 1, value: plan() }).success).to.equal(true);
      expect(schema.safeParse({ widget: 'workability-report', schemaVersion: 1, value: plan({ points: [plan().points[0]!, plan().points[0]!] }) }).success).to.equal(false);
      expect(schema.safeParse({ widget: 'selfscan-team', schemaVersion: 1, value: plan() }).success).to.equal(false);
    });

    it('exports any text the team writes safely: no CSV cell runs as a formula, no Markdown text becomes markup', () => {
      // The checks themselves see markup where it is.
      for (const unsafe of ['Waarom: <b>', 'zie www.voorbeeld.be', '    code', '- a\n> quote', 'a & b', '**vet**']) expect(markupIn(unsafe), unsafe).to.be.a('string');
      expect(readCsv('a,"b,""c"""\r\n')).to.deep.equal([['a', 'b,"c"']]);
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.stringMatching(/^[=+\-@\t\r'"#>*_`[\]()<>!|~:/\\. 0-9a-z\n&;]{0,30}$/),
        fc.constantFrom('=HYPERLINK("http://x","y")', '<img src=x onerror=alert(1)>', '# kop', '    code', '1. lijst', '---', 'www.voorbeeld.be', "'=1+1", '&lt;b&gt;'),
      );
      const action = fc.record({ what: text, owner: text });
      const point = fc.record({ target: text, why: text, actions: fc.array(action, { minLength: 1, maxLength: 3 }) });
      fc.assert(
        fc.property(fc.array(point, { minLength: 1, maxLength: MAX_FOCUS_POINTS }), text, (points, groupName) => {
          const doc: FocusPlan = {
            schemaVersion: 1,
            report: 'r',
            wave: 'w1',
            points: points.map((p, i) => ({ group: 'g', target: `t${i}`, why: p.why, actions: p.actions.map((a, j) => ({ id: `a${j}`, ...a, status: 'open' })) })),
          };
          const targets = new Map(points.map((p, i) => [`t${i}`, p.target]));
          const free: FocusPlanLabels = { ...labels, target: (id) => targets.get(id)!, group: () => groupName, wave: () => groupName };
          const rows = readCsv(focusPlanToCsv(doc, free));
          const expected = doc.points.flatMap((p) => p.actions.map((a) => [groupName, groupName, targets.get(p.target)!, p.why!, a.what, a.owner, '', '', 'nog bezig']));
          expect(rows.length).to.equal(expected.length + 1);
          rows.slice(1).forEach((row, r) => {
            for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell), `cell ${JSON.stringify(cell)}`).to.equal(false);
            expect(row.map(csvText)).to.deep.equal(expected[r]);
          });
          const md = focusPlanToMarkdown(doc, free);
          expect(markupIn(md)).to.equal(undefined);
          for (const a of doc.points.flatMap((p) => p.actions)) expect(unescapeMarkdown(md)).to.contain(a.what.split(/\r\n|\r|\n/)[0]!.trim());
        }),
        { numRuns: 300 },
      );
    });

    it('refuses, when reading, exactly what the schema refuses', () => {
      const key = fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9_.:-]{1,6}$/),
        fc.constantFrom('workload', 'team-a', '@organisation', '__proto__', 'constructor', 'hasOwnProperty', '', 'met spatie', 'x'.repeat(65), 'é'),
      );
      const text = (max: number) => fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(' ', '\t\n', 'x'.repeat(max), 'x'.repeat(max + 1)));
      const day = fc.constantFrom(undefined, '2026-03-14', '2024-02-29', '2025-02-29', '14-03-2026', '2026-3-4', 20260314);
      const action = fc.record({ id: key, what: text(MAX_FOCUS_WHAT), owner: text(MAX_FOCUS_OWNER), due: day, checkBack: day, status: fc.constantFrom(undefined, 'open', 'done', 'partly', 'dropped', 'later') });
      const point = fc.record({ group: key, target: key, why: fc.option(text(500), { nil: undefined }), actions: fc.array(action, { maxLength: 3 }) });
      const points = fc.array(point, { maxLength: 4 });
      const doc = fc.record(
        {
          schemaVersion: fc.constantFrom(1, 1, 1, 2, '1'),
          report: key,
          group: key,
          wave: fc.oneof(key, fc.constant('')),
          points,
          previous: fc.record({ wave: key, points }),
          extra: fc.constant(true),
        },
        { requiredKeys: ['schemaVersion', 'report', 'wave', 'points'] },
      );
      fc.assert(
        fc.property(doc, (input) => {
          const accepted = focusPlanSchema.safeParse(input).success;
          const parsed = parseFocusPlan(input);
          expect(parsed.ok, JSON.stringify(input)).to.equal(accepted);
          expect(parseFocusPlan(JSON.stringify(input)).ok).to.equal(focusPlanSchema.safeParse(JSON.parse(JSON.stringify(input))).success);
          if (parsed.ok) expect(parsed.data).to.deep.equal(focusPlanSchema.parse(input));
        }),
        { numRuns: 500 },
      );
    });
  });
}
