import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  Countdown,
  TEMPLATES,
  TEMPLATE_STEPS,
  emptyReflectionValue,
  FEELINGS,
  finishCard,
  hasText,
  reopenCard,
  restartOn,
  withCell,
  withDue,
  withFeeling,
  withGroup,
  withNewView,
  withReview,
  withRoundMinutes,
  withStepText,
  withView,
  withoutView,
  escapeMarkdown,
  formatClock,
  openActions,
  parseCell,
  parseReflectionHistory,
  parseReflectionValue,
  resultSchema,
  reflectionFromMarkdown,
  reflectionToMarkdown,
  summariseReflection,
  switchTemplate,
  unescapeMarkdown,
  valueSchema,
  type MarkdownLabels,
  type ReflectionValue,
} from '../src/model/index.js';
import { FakeClock } from './fake-clock.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';

const labels: MarkdownLabels = {
  title: 'Reflectiekaart',
  template: 'Korthagen',
  step: (id) => `Stap ${id}`,
  takeaway: 'Wat neem ik mee?',
  action: 'Mijn actie',
  view: (i, name) => name || `Deelnemer ${i + 1}`,
};

const card = (over: Partial<ReflectionValue> = {}): ReflectionValue => ({ ...emptyReflectionValue('korthagen'), ...over });

describe('reflection-card model', () => {
  it('has the structure of each template', () => {
    expect(TEMPLATES).to.deep.equal(['korthagen', 'gibbs', 'starrt', 'intervision']);
    expect(TEMPLATE_STEPS.korthagen.map((s) => s.id)).to.deep.equal(['action', 'lookingBack', 'essence', 'alternatives', 'trial']);
    expect(TEMPLATE_STEPS.gibbs).to.have.length(6);
    expect(TEMPLATE_STEPS.starrt.map((s) => s.id)).to.deep.equal(['situation', 'task', 'action', 'result', 'reflection', 'transfer']);
    expect(TEMPLATE_STEPS.intervision.map((s) => s.id)).to.deep.equal(['case', 'clarify', 'views', 'choice', 'lessons']);
  });

  it('refuses unknown templates and steps, and a 100,000-character answer', () => {
    expect(parseReflectionValue({ ...card(), template: 'socratic' })).to.deep.include({ ok: false, code: 'invalid-value' });
    const unknown = parseReflectionValue(card({ steps: { task: 'x' } }));
    expect(unknown.ok).to.equal(false);
    expect(!unknown.ok && unknown.issues[0]).to.deep.include({ path: 'steps.task', code: 'unknown_step' });
    const long = parseReflectionValue(card({ steps: { action: 'a'.repeat(100_000) } }));
    expect(!long.ok && long.issues[0]).to.deep.include({ path: 'steps.action', code: 'too_big' });
    expect(parseReflectionValue('{nope').ok).to.equal(false);
    expect(parseReflectionValue({ ...card(), schemaVersion: 2 })).to.deep.include({ ok: false, code: 'unsupported-version' });
  });

  it('checks a tag: both halves given and allowed', () => {
    expect(parseCell('hope', 'other')).to.deep.equal({ ok: true, data: { pillar: 'hope', dimension: 'other' } });
    const half = parseCell('hope', undefined);
    expect(!half.ok && half.issues.map((i) => [i.path, i.code])).to.deep.equal([['dimension', 'cell_incomplete']]);
    const wrong = parseCell('luck', 7);
    expect(!wrong.ok && wrong.issues.map((i) => [i.path, i.code])).to.deep.equal([['pillar', 'invalid_value'], ['dimension', 'invalid_value']]);
    expect(parseCell('constructor', 'toString').ok).to.equal(false);
  });

  it('switches template by step meaning and lists the text that does not fit', () => {
    const from = card({ steps: { action: 'Wat er gebeurde', lookingBack: 'Wat ik voelde', essence: 'De kern', trial: 'Proberen' } });
    const toGibbs = switchTemplate(from, 'gibbs');
    expect(toGibbs.dropped).to.deep.equal([]);
    expect(toGibbs.next.steps).to.deep.equal({ description: 'Wat er gebeurde', feelings: 'Wat ik voelde', analysis: 'De kern', actionPlan: 'Proberen' });
    const toIntervision = switchTemplate(from, 'intervision');
    expect(toIntervision.dropped).to.deep.equal(['lookingBack', 'essence', 'trial']);
    expect(toIntervision.next.steps).to.deep.equal({ case: 'Wat er gebeurde' });
    const group = switchTemplate(card({ template: 'intervision', views: [{ text: 'Mijn kijk' }], group: 'Team Noord' }), 'starrt');
    expect(group.dropped).to.deep.equal(['views', 'group']);
    expect(group.next.views).to.deep.equal([]);
  });

  it('edits a card: steps, feelings, tag, due date, views, group, rounds and reviews, each result a valid card', () => {
    const start = card({ completed: true, date: '2026-03-01' });
    expect(reopenCard(start)).to.not.have.property('date');
    expect(reopenCard(start).completed).to.equal(false);
    expect(finishCard(start, '2026-03-02')).to.deep.include({ completed: true, date: '2026-03-02' });
    expect(hasText(start)).to.equal(false);
    const written = withStepText(start, 'essence', 'De kern');
    expect(written.steps).to.deep.equal({ essence: 'De kern' });
    expect(Object.getPrototypeOf(written.steps)).to.equal(null);
    expect(hasText(written)).to.equal(true);
    expect(withStepText(written, 'essence', '').steps).to.deep.equal({});
    expect(restartOn(written, 'gibbs')).to.deep.include({ template: 'gibbs', steps: {} });
    const felt = withFeeling(withFeeling(start, 'tired', true), 'calm', true);
    expect(felt.feelings).to.deep.equal(['calm', 'tired']);
    expect(withFeeling(felt, 'calm', false).feelings).to.deep.equal(['tired']);
    const tagged = withCell(start, { pillar: 'hope', dimension: 'self' });
    expect(tagged.cell).to.deep.equal({ pillar: 'hope', dimension: 'self' });
    expect(withCell(tagged)).to.not.have.property('cell');
    const due = withDue({ ...start, action: { text: 'Bellen' } }, '2026-04-01');
    expect(due.action).to.deep.equal({ text: 'Bellen', due: '2026-04-01' });
    expect(withDue(due, '').action).to.deep.equal({ text: 'Bellen' });
    const views = withView(withNewView(withNewView(start)), 1, { name: 'Sam', text: 'Mijn kijk' });
    expect(views.views).to.deep.equal([{ text: '' }, { name: 'Sam', text: 'Mijn kijk' }]);
    expect(withView(views, 1, { name: '' }).views[1]).to.deep.equal({ text: 'Mijn kijk' });
    expect(withoutView(views, 0).views).to.deep.equal([{ name: 'Sam', text: 'Mijn kijk' }]);
    expect(withGroup(withGroup(start, 'Team Noord'), '')).to.not.have.property('group');
    expect(withRoundMinutes(start, 'case', 7).rounds).to.deep.equal({ case: 7 });
    expect(withReview(start, 'constructor', 'done').review).to.deep.equal({ constructor: 'done' });
    const all = withReview(withRoundMinutes(withGroup(views, 'Team Noord'), 'views', 12), 'card-1', 'carried');
    for (const doc of [written, felt, tagged, due, { ...all, template: 'intervision' as const }]) expect(parseReflectionValue(doc).ok).to.equal(true);
  });

  it('lists open actions of earlier cards until one is marked done or dropped; carried ones stay open', () => {
    const first = card({ id: 'c1', action: { text: 'Vaker doorvragen', due: '2026-01-10' }, date: '2026-01-01', completed: true });
    const second = card({ id: 'c2', action: { text: 'Collega om feedback vragen' }, review: { c1: 'carried' }, completed: true });
    const third = card({ id: 'c3', action: { text: '' }, review: { c2: 'done' } });
    expect(openActions([first, second, third]).map((a) => a.card)).to.deep.equal(['c1']);
    const now = card({ review: { c1: 'dropped' } });
    expect(openActions([first, second], now)).to.deep.equal([
      { card: 'c1', text: 'Vaker doorvragen', due: '2026-01-10', date: '2026-01-01', status: 'dropped' },
      { card: 'c2', text: 'Collega om feedback vragen' },
    ]);
    const result = summariseReflection(now, [first, second]);
    expect(result.closedActions.map((a) => a.card)).to.deep.equal(['c1']);
    expect(result.openActions.map((a) => a.card)).to.deep.equal(['c2']);
  });

  it('escapes markup in Markdown and reads every card back the same (Markdown and JSON round trip)', () => {
    const nasty = '<script>alert(1)</script> **vet** # kop\n- lijst\n1. een\n\\ [link](x) _x_ `code` &amp; |a|\n\n## geen kop\n';
    expect(unescapeMarkdown(escapeMarkdown(nasty))).to.equal(nasty);
    const full = card({
        template: 'intervision',
        cell: { pillar: 'hope', dimension: 'other' },
        steps: { case: nasty, lessons: '  inspringen\n' },
        feelings: ['calm', 'unsure'],
        takeaway: 'Meer stilte laten.',
        action: { text: 'Vraag <b>feedback</b>', due: '2026-12-01' },
        review: { old: 'carried' },
        rounds: { views: 20 },
        views: [{ name: 'An', text: 'Ik zie *hoop*.' }, { text: '' }],
        group: 'Team <Noord>',
        completed: true,
        date: '2026-11-22',
      });
    const md = reflectionToMarkdown(full, labels);
    expect(md).to.not.contain('<script>').and.not.contain('<b>');
    expect(md).to.contain('&lt;script&gt;').and.contain('\\#\\# geen kop').and.contain('group: "Team \\u003cNoord\\u003e"');
    const back = reflectionFromMarkdown(md);
    expect(back.ok).to.equal(true);
    expect(back.ok && back.data).to.deep.equal(full);
    const json = parseReflectionValue(JSON.stringify(full));
    expect(json.ok && json.data).to.deep.equal(full);
    const fromMarkdown = back.ok ? back.data : undefined;
    expect(fromMarkdown!.steps['case']).to.equal(nasty);
    expect(fromMarkdown!.steps['lessons']).to.equal('  inspringen\n');
    expect(fromMarkdown!.views).to.deep.equal([{ name: 'An', text: 'Ik zie *hoop*.' }, { text: '' }]);
    expect(valueSchema.safeParse(fromMarkdown).success).to.equal(true);
    const empty = card();
    const again = reflectionFromMarkdown(reflectionToMarkdown(empty, labels));
    expect(again.ok && again.data).to.deep.equal(empty);
    expect(reflectionFromMarkdown('# Zomaar een tekst').ok).to.equal(false);
  });

  describe('Markdown that stays text', () => {
    /** Pieces that mean something in Markdown, HTML, YAML or the file's own layout, mixed with any text. */
    const tricky = fc.constantFrom(
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea>', '<!--', '---', '\n---\n', '===', '\n', '\r\n', '\r', '\n\n', '## ', '# ',
      '"', "'", '`', '```', '~~~', '    ', '\t', ' ', '*', '**', '_', '__', '[a](javascript:alert(1))', '![x](y)', '<https://x.test>', '1. ', '2) ', '- ', '+ ', '> ',
      '|', '\\', '\\n', '&', '&amp;', '&lt;', '&#32;', '&#9;', '_—_', '{', '}', ':', ': ', '\u2028', 'é', '😀', 'u003c', '\\u003c', 'https://x.test', 'www.x.test', 'a@b.test', ' \n',
    );
    const text = (maxLength: number) =>
      fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 30 }).map((t) => t.slice(0, maxLength));
    const card = fc
      .record({
        template: fc.constantFrom(...TEMPLATES),
        texts: fc.array(text(2000), { minLength: 6, maxLength: 6 }),
        cell: fc.option(fc.record({ pillar: fc.constantFrom('expertise', 'alliance', 'hope', 'reflection'), dimension: fc.constantFrom('self', 'other', 'organisation', 'environment') }), { nil: undefined }),
        feelings: fc.subarray([...FEELINGS]),
        takeaway: text(2000),
        action: fc.record({ text: text(500), due: fc.option(fc.constant('2026-12-01'), { nil: undefined }) }),
        review: fc.dictionary(fc.constantFrom('c1', 'constructor', 'toString', 'card:2_b'), fc.constantFrom('done', 'carried', 'dropped' as const)),
        rounds: fc.dictionary(fc.constantFrom('case', 'views', 'valueOf'), fc.integer({ min: 1, max: 120 })),
        views: fc.array(fc.record({ name: fc.option(text(80), { nil: undefined }), text: text(2000) }), { maxLength: 3 }),
        group: fc.option(text(80), { nil: undefined }),
        completed: fc.boolean(),
        date: fc.option(fc.constant('2026-11-22'), { nil: undefined }),
      })
      .map(({ texts, template, cell, action, views, group, date, ...rest }): ReflectionValue => ({
        ...emptyReflectionValue(template, cell),
        ...rest,
        steps: Object.fromEntries(TEMPLATE_STEPS[template].map((s, i) => [s.id, texts[i]!]).filter(([, t]) => t !== '')),
        action: action.due ? action : { text: action.text },
        views: views.map((v) => (v.name === undefined ? { text: v.text } : v)),
        ...(group === undefined ? {} : { group }),
        ...(date === undefined ? {} : { date }),
      }));
    const headings = fc.record({
      title: text(60),
      template: text(60),
      steps: fc.array(text(60), { minLength: 6, maxLength: 6 }),
      takeaway: text(60),
      action: text(60),
      participant: text(60),
      extra: fc.array(fc.option(text(60), { nil: undefined }), { minLength: 5, maxLength: 5 }),
    });
    type Headings = { title: string; template: string; steps: string[]; takeaway: string; action: string; participant: string; extra: (string | undefined)[] };
    const asLabels = (template: ReflectionValue['template'], h: Headings): MarkdownLabels => ({
      title: h.title,
      template: h.template,
      step: (id) => h.steps[TEMPLATE_STEPS[template].findIndex((s) => s.id === id)]!,
      takeaway: h.takeaway,
      action: h.action,
      view: (i, name) => name || `${h.participant} ${i + 1}`,
      cell: h.extra[0],
      feelings: h.extra[1],
      due: h.extra[2],
      group: h.extra[3],
      date: h.extra[4],
    });

    /** The front matter's JSON strings, and what is left of each line without them. */
    const frontMatter = (md: string) => {
      const lines = /^---\n([\s\S]*?)\n---\n/.exec(md)![1]!.split('\n');
      const strings = lines.flatMap((line) => line.match(/"(?:[^"\\]|\\.)*"/g) ?? []);
      const structure = lines.map((line) => line.replace(/"(?:[^"\\]|\\.)*"/g, '""'));
      return { lines, strings, structure };
    };

    it('reads any card back the same, with headings of any text, and leaves nothing that a viewer would render as markup', () => {
      fc.assert(
        fc.property(card, headings, (value, h) => {
          const md = reflectionToMarkdown(value, asLabels(value.template, h));
          const back = reflectionFromMarkdown(md);
          expect(back.ok, JSON.stringify(!back.ok && back.issues)).to.equal(true);
          expect(back.ok && back.data).to.deep.equal(value);
          // No raw HTML anywhere: every < and > is an entity, and every & starts one of ours.
          expect(md).to.not.match(/[<>]/);
          expect(md.replace(/&(amp|lt|gt|#32|#9);/g, '')).to.not.contain('&');
          // Front matter: one `key: JSON` per line; strings hold no character that Markdown or HTML reads.
          const front = frontMatter(md);
          expect(front.structure.filter((line) => !/^[a-zA-Z]+: [\[\]{}",:0-9a-z.-]*$/.test(line))).to.deep.equal([]);
          expect(front.strings.filter((string) => /[<>&*_`~|#!\[\](){}+=@\u2028\u2029]|:\/\/|www\./i.test(string.slice(1, -1)))).to.deep.equal([]);
          // The body: the title, the intro list and one heading per section are the only markup.
          const body = md.slice(md.indexOf('\n---\n') + 5);
          const intro = body.slice(0, body.indexOf('\n## ')).split('\n');
          expect(intro.filter((l) => l !== '' && !l.startsWith('- '))).to.have.length(1);
          expect(intro.filter((l) => l.startsWith('#'))).to.have.length(1);
          const lines = body.slice(body.indexOf('\n## ')).split(/\r\n|\r|\n/);
          const sections = front.lines.find((l) => l.startsWith('sections: '))!;
          expect(lines.filter((l) => l.startsWith('## '))).to.have.length((JSON.parse(sections.slice(10)) as unknown[]).length);
          expect(lines.filter((l) => !l.startsWith('## ') && /^([#>*+=`~|<\t -]|\d+[.)])|[ \t]$/.test(l))).to.deep.equal([]);
          // No bare address that a viewer would turn into a link.
          expect(body).to.not.match(/(^|[^\\])(:\/\/|@)|www\./i);
        }),
        { numRuns: 200 },
      );
    });

    it('escapes and unescapes any text as the same text', () => {
      fc.assert(fc.property(text(2000), (t) => unescapeMarkdown(escapeMarkdown(t)) === t));
    });
  });

  it('counts down on the clock, pauses, resumes and ends once, without real waiting', () => {
    const clock = new FakeClock();
    const seen: string[] = [];
    const countdown = new Countdown(60_000, clock, (c) => seen.push(c.state));
    expect(formatClock(countdown.remaining)).to.equal('1:00');
    countdown.start();
    clock.advance(20_500);
    expect(formatClock(countdown.remaining)).to.equal('0:40');
    countdown.pause();
    clock.advance(600_000);
    expect(formatClock(countdown.remaining)).to.equal('0:40');
    expect(clock.running).to.equal(0);
    countdown.start();
    clock.advance(39_500);
    expect(countdown.state).to.equal('done');
    expect(countdown.remaining).to.equal(0);
    expect(clock.running).to.equal(0);
    expect(seen.filter((s) => s === 'done')).to.have.length(1);
    countdown.reset();
    expect(countdown.state).to.equal('idle');
    expect(formatClock(countdown.remaining)).to.equal('1:00');
  });

  runCatalogueTests('reflection-card');
  runCatalogueTests('reflection-card', 'panels');
  it('names every step of every template in Flemish Dutch', async () => {
    const base = (await import('../src/locales/nl-BE.ts')).default as Record<string, unknown>;
    for (const template of TEMPLATES)
      for (const step of TEMPLATE_STEPS[template]) expect(base[`step.${template}.${step.id}`], `${template}.${step.id}`).to.be.a('string');
  });

  describe('ids named like built-in object members', () => {
    const builtIns = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const ownRecords = (doc: ReflectionValue) => [doc.steps, doc.review, doc.rounds];

    afterEach(() => {
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeBefore);
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(({} as Record<string, unknown>)['goesting']).to.equal(undefined);
    });

    it('lists earlier actions of cards named like object members, with only the decisions made', () => {
      const history = builtIns.map((id) => card({ id, action: { text: `Actie ${id}` }, completed: true }));
      const undecided = openActions(history, card());
      expect(undecided.map((a) => [a.card, a.status])).to.deep.equal(builtIns.map((id) => [id, undefined]));
      const now = card({ review: { constructor: 'done', toString: 'carried', hasOwnProperty: 'dropped' } });
      const result = summariseReflection(now, history);
      expect(result.openActions.map((a) => [a.card, a.status])).to.deep.equal([['toString', 'carried'], ['valueOf', undefined], ['isPrototypeOf', undefined]]);
      expect(result.closedActions.map((a) => [a.card, a.status])).to.deep.equal([['constructor', 'done'], ['hasOwnProperty', 'dropped']]);
      expect(resultSchema.safeParse(result).success).to.equal(true);
      expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
      // An earlier card that decided about a card named like a member closes only that card.
      const later = card({ id: 'later', review: { toString: 'done' }, completed: true });
      expect(openActions([...history, later]).map((a) => a.card)).to.deep.equal(['constructor', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']);
    });

    it('keeps member-named keys as plain keys in records without a prototype', () => {
      const json = JSON.stringify(card({ review: { constructor: 'done', toString: 'carried' }, rounds: { hasOwnProperty: 5, valueOf: 10 } }));
      const parsed = parseReflectionValue(json);
      expect(parsed.ok).to.equal(true);
      const doc = parsed.ok ? parsed.data : card();
      expect({ ...doc.review }).to.deep.equal({ constructor: 'done', toString: 'carried' });
      expect({ ...doc.rounds }).to.deep.equal({ hasOwnProperty: 5, valueOf: 10 });
      for (const record of ownRecords(doc)) expect(Object.getPrototypeOf(record)).to.equal(null);
      for (const record of ownRecords(emptyReflectionValue())) expect(Object.getPrototypeOf(record)).to.equal(null);
      expect((doc.steps as Record<string, unknown>)['constructor']).to.equal(undefined);
      const history = parseReflectionHistory(JSON.stringify([JSON.parse(json)]));
      expect(history.ok && Object.getPrototypeOf(history.data[0]!.review)).to.equal(null);
      expect(parseReflectionValue(doc).ok, 'a parsed card parses again').to.equal(true);
    });

    it('refuses steps named like members and any __proto__ key, in a card and in earlier cards', () => {
      for (const id of builtIns) {
        const result = parseReflectionValue(JSON.stringify({ ...card(), steps: { [id]: 'tekst' } }));
        expect(result.ok, id).to.equal(false);
        expect(!result.ok && result.issues[0], id).to.deep.include({ path: `steps.${id}`, code: 'unknown_step' });
      }
      for (const record of ['steps', 'review', 'rounds']) {
        const json = JSON.stringify(card()).replace(`"${record}":{}`, `"${record}":{"__proto__":{"polluted":true}}`);
        const value = parseReflectionValue(json);
        expect(value, record).to.deep.include({ ok: false, code: 'invalid-value' });
        expect(!value.ok && value.issues[0], record).to.deep.include({ path: `${record}.__proto__`, code: 'forbidden_key' });
        const history = parseReflectionHistory(`[${json}]`);
        expect(history, record).to.deep.include({ ok: false, code: 'invalid-history' });
        expect(!history.ok && history.issues[0], record).to.deep.include({ path: `[0].${record}.__proto__`, code: 'forbidden_key' });
      }
      const top = parseReflectionHistory(`[${JSON.stringify(card()).replace('{', '{"__proto__":{"polluted":true},')}]`);
      expect(top).to.deep.include({ ok: false, code: 'invalid-history' });
    });

    it('refuses a card whose id is __proto__: a later card could not keep a decision about it', () => {
      const value = parseReflectionValue(card({ id: '__proto__' }));
      expect(!value.ok && value.issues[0]).to.deep.include({ path: 'id', code: 'forbidden_key' });
      const history = parseReflectionHistory([card({ id: 'c1' }), card({ id: '__proto__', action: { text: 'Actie' } })]);
      expect(!history.ok && history.issues[0]).to.deep.include({ path: '[1].id', code: 'forbidden_key' });
      expect(openActions([card({ id: '__proto__', action: { text: 'Actie' } })], card()).map((a) => a.status)).to.deep.equal([undefined]);
    });

    it('reads Markdown with member-named or __proto__ front matter and sections without reaching Object.prototype', () => {
      const md = reflectionToMarkdown(card({ steps: { action: 'Tekst' } }), labels);
      const withFront = (line: string) => md.replace('---\n', `---\n${line}\n`);
      for (const line of ['__proto__: {"goesting":"reflection-card","polluted":true}', 'constructor: {"polluted":true}', 'toString: "x"', 'hasOwnProperty: 1']) {
        const read = reflectionFromMarkdown(withFront(line));
        if (read.ok) expect(Object.keys(read.data), line).to.not.include('polluted');
        else expect(read.issues.length, line).to.be.greaterThan(0);
      }
      expect(reflectionFromMarkdown(withFront('__proto__: {"polluted":true}'))).to.deep.include({ ok: false, code: 'invalid-value' });
      for (const id of ['__proto__', ...builtIns]) {
        const read = reflectionFromMarkdown(md.replace('"step:action"', `"step:${id}"`));
        expect(read.ok, id).to.equal(false);
      }
    });
  });
});
