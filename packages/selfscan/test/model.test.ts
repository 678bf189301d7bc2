import { expect } from '@open-wc/testing';
import {
  CELLS,
  COMPETENCES,
  DIMENSIONS,
  PILLARS,
  defaultInstrument,
  emptySelfscanValue,
  parseSelfscanHistory,
  parseSelfscanInstrument,
  parseSelfscanValue,
  scoreSelfscan,
  type SelfscanInstrument,
  type SelfscanValue,
} from '../src/model/index.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';
import { BUILT_IN_NAMES, keepObjectPrototype } from '../../core/test/model-helpers.js';

const instrument: SelfscanInstrument = {
  id: 'test',
  version: 1,
  items: [
    { id: 'a1', pillar: 'expertise', dimension: 'self', text: 'a1', tags: ['t'] },
    { id: 'a2', pillar: 'expertise', dimension: 'self', text: 'a2', tags: ['t'] },
    { id: 'a3', pillar: 'expertise', dimension: 'self', text: 'a3' },
    { id: 'b1', pillar: 'expertise', dimension: 'other', text: 'b1', tags: ['t'] },
    { id: 'c1', pillar: 'alliance', dimension: 'self', text: 'c1' },
    { id: 'c2', pillar: 'alliance', dimension: 'self', text: 'c2' },
    { id: 'd1', pillar: 'hope', dimension: 'other', text: 'd1' },
    { id: 'e1', pillar: 'reflection', dimension: 'environment', text: 'e1' },
  ],
};
const value = (answers: SelfscanValue['answers'], extra: Partial<SelfscanValue> = {}): SelfscanValue => ({
  ...emptySelfscanValue(instrument),
  answers,
  ...extra,
});
const cell = (result: ReturnType<typeof scoreSelfscan>, id: string) => result.cells.find((c) => c.cell === id)!;

describe('self-scan scoring', () => {
  it('scores a cell as the mean of its answered statements', () => {
    const result = scoreSelfscan(instrument, value({ a1: 2, a2: 5, a3: 4 }));
    expect(cell(result, 'expertise.self')).to.deep.include({ mean: 3.67, answered: 3, applicable: 3, items: 3 });
  });

  it('needs at least half of the applicable statements of a cell answered', () => {
    expect(cell(scoreSelfscan(instrument, value({ a1: 2 })), 'expertise.self')).to.deep.include({ mean: null, reason: 'not-enough-answers' });
    expect(cell(scoreSelfscan(instrument, value({ c1: 2 })), 'alliance.self').mean).to.equal(2);
  });

  it('leaves statements marked not applicable out of both count and mean', () => {
    const result = scoreSelfscan(instrument, value({ a1: 'na', a2: 'na', a3: 1 }));
    expect(cell(result, 'expertise.self')).to.deep.include({ mean: 1, answered: 1, applicable: 1 });
    const allNa = scoreSelfscan(instrument, value({ c1: 'na', c2: 'na' }));
    expect(cell(allNa, 'alliance.self')).to.deep.include({ mean: null, reason: 'not-applicable' });
  });

  it('scores pillars and dimensions as the mean of their scored cells', () => {
    const result = scoreSelfscan(instrument, value({ a1: 2, a2: 4, a3: 3, b1: 5, c1: 1, d1: 4 }));
    expect(result.pillars.expertise).to.equal(4); // cells 3 and 5
    expect(result.pillars.alliance).to.equal(1); // one of two answered: exactly half
    expect(result.pillars.reflection).to.equal(null);
    expect(result.dimensions.self).to.equal(2); // cells 3 and 1
    expect(result.dimensions.other).to.equal(4.5); // cells 5 and 4
  });

  it('averages unrounded cell means for pillars', () => {
    const result = scoreSelfscan(instrument, value({ a1: 1, a2: 1, a3: 2, b1: 2 }));
    expect(cell(result, 'expertise.self').mean).to.equal(1.33);
    expect(result.pillars.expertise).to.equal(1.67); // (4/3 + 2) / 2 = 1.666…
  });

  it('marks cells without statements and gives no grand total', () => {
    const result = scoreSelfscan(instrument, value({}));
    expect(cell(result, 'hope.self')).to.deep.include({ mean: null, reason: 'no-items', items: 0 });
    expect(result).to.not.have.property('total', undefined);
    expect(Object.keys(result)).to.not.include('overall');
  });

  it('scores tags with the same half-answered rule', () => {
    expect(scoreSelfscan(instrument, value({ a1: 3, b1: 5 })).tags['t']).to.deep.equal({ mean: 4, answered: 2, items: 3 });
    expect(scoreSelfscan(instrument, value({ a1: 3 })).tags['t']!.mean).to.equal(null);
  });

  it('lists strengths high to low and growth points low to high, never the same cell twice', () => {
    // Five scored cells: two strengths, two growth points, the middle one in neither list.
    const result = scoreSelfscan(instrument, value({ a1: 5, a2: 5, b1: 4, c1: 1, d1: 2, e1: 3 }));
    expect(result.strengths).to.deep.equal(['expertise.self', 'expertise.other']);
    expect(result.growthPoints).to.deep.equal(['alliance.self', 'hope.other']);
    const full = defaultInstrument('full');
    const many = scoreSelfscan(full, { ...emptySelfscanValue(full), answers: Object.fromEntries(full.items.map((item, i) => [item.id, ((i % 5) + 1) as 1])) });
    expect(many.strengths).to.have.length(3);
    expect(many.growthPoints).to.have.length(3);
    expect(many.strengths.filter((c) => many.growthPoints.includes(c))).to.deep.equal([]);
    const few = scoreSelfscan(instrument, value({ a1: 5, a2: 5, b1: 1 }));
    expect(few.strengths).to.deep.equal(['expertise.self']);
    expect(few.growthPoints).to.deep.equal(['expertise.other']);
  });

  it('keeps flags and energy, and counts answers', () => {
    const result = scoreSelfscan(instrument, value({ a1: 5, c1: 'na' }, { flags: ['b1', 'a1'], energy: { hope: 2 } }));
    expect(result.flagged).to.deep.equal(['b1', 'a1']);
    expect(result.energy).to.deep.equal({ hope: 2 });
    expect(result).to.include({ answered: 2, total: 8 });
  });
});

describe('default question lists', () => {
  const locales = ['nl-BE', 'nl-NL', 'fr-BE', 'en'] as const;

  it('quick has one statement per cell: 16', () => {
    const quick = defaultInstrument('quick');
    expect(quick.items).to.have.length(16);
    expect(new Set(quick.items.map((i) => `${i.pillar}.${i.dimension}`)).size).to.equal(16);
  });

  it('full has two or three statements per cell', () => {
    const full = defaultInstrument('full');
    for (const id of CELLS) {
      const n = full.items.filter((i) => `${i.pillar}.${i.dimension}` === id).length;
      expect(n, id).to.be.within(2, 3);
    }
  });

  it('tags every statement with one of the ten competences, each used', () => {
    const full = defaultInstrument('full');
    const used = new Set<string>();
    for (const item of full.items) {
      const tags = (item.tags ?? []).filter((t) => t.startsWith('competence:'));
      expect(tags, item.id).to.have.length(1);
      used.add(tags[0]!.slice('competence:'.length));
    }
    expect([...used].sort()).to.deep.equal([...COMPETENCES].sort());
  });

  it('has every statement in every shipped language and passes its own schema', async () => {
    for (const locale of locales) {
      const catalogue = (await import(`../src/locales/${locale}.ts`)).default as Record<string, unknown>;
      for (const item of defaultInstrument('full').items) expect(catalogue[`item.${item.id}`], `${item.id} ${locale}`).to.be.a('string').and.not.equal('');
    }
    for (const variant of ['quick', 'full'] as const) expect(parseSelfscanInstrument(defaultInstrument(variant)).ok).to.equal(true);
  });

  runCatalogueTests('core');
  runCatalogueTests('selfscan');

  it('uses the pillar and dimension order of the design', () => {
    expect(PILLARS).to.deep.equal(['expertise', 'alliance', 'hope', 'reflection']);
    expect(DIMENSIONS).to.deep.equal(['self', 'other', 'organisation', 'environment']);
  });
});

describe('parsing host input', () => {
  it('refuses an instrument with duplicate ids, wrong types or no items', () => {
    const dup = parseSelfscanInstrument({ ...instrument, items: [instrument.items[0], instrument.items[0]] });
    expect(!dup.ok && dup.issues.map((i) => i.code)).to.deep.equal(['duplicate_id']);
    const wrong = parseSelfscanInstrument({ id: 'x', version: '1', items: [{ id: 'a', pillar: 'feelings', dimension: 'self', text: 'x' }] });
    expect(!wrong.ok && wrong.issues.map((i) => i.path)).to.include.members(['version', 'items[0].pillar']);
    expect(parseSelfscanInstrument({ id: 'x', version: 1, items: [] }).ok).to.equal(false);
  });

  it('reports bad JSON as invalid-json', () => {
    const parsed = parseSelfscanValue('{"answers": ', instrument);
    expect(!parsed.ok && parsed.code).to.equal('invalid-json');
  });

  it('refuses out-of-range answers and unknown statement ids', () => {
    const outOfRange = parseSelfscanValue(value({ a1: 6 as never }), instrument);
    expect(!outOfRange.ok && outOfRange.issues[0]).to.deep.include({ path: 'answers.a1' });
    const unknown = parseSelfscanValue(value({ zz: 3 }, { flags: ['yy'] }), instrument);
    expect(!unknown.ok && unknown.issues.map((i) => i.path)).to.deep.equal(['answers.zz', 'flags[0]']);
  });

  it('refuses a document from a newer version with unsupported-version', () => {
    const parsed = parseSelfscanValue({ ...value({}), schemaVersion: 2 }, instrument);
    expect(!parsed.ok && parsed.code).to.equal('unsupported-version');
  });

  it('reads a quick-list document while the full list is shown, since quick is a subset', () => {
    const quick = defaultInstrument('quick');
    const doc = { ...emptySelfscanValue(quick), answers: { [quick.items[0]!.id]: 4 as const } };
    expect(parseSelfscanValue(doc, defaultInstrument('full')).ok).to.equal(true);
  });
});

describe('the value contract with a back end', () => {
  keepObjectPrototype();

  it('refuses statement ids and tags named like built-in object members, with a clear issue', () => {
    for (const name of BUILT_IN_NAMES) {
      const asId = JSON.stringify({ id: 'own', version: 1, items: [{ id: name, pillar: 'hope', dimension: 'self', text: 'x' }] });
      const parsed = parseSelfscanInstrument(asId);
      expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code]), name).to.deep.equal([['items[0].id', 'reserved_id']]);
      const asTag = parseSelfscanInstrument({ id: 'own', version: 1, items: [{ id: 'q1', pillar: 'hope', dimension: 'self', text: 'x', tags: [name] }] });
      expect(!asTag.ok && asTag.issues.map((i) => [i.path, i.code]), name).to.deep.equal([['items[0].tags[0]', 'reserved_id']]);
    }
  });

  it('refuses answers, flags and energy keyed by built-in member names, with or without a question list', () => {
    for (const name of BUILT_IN_NAMES) {
      const text = `{"schemaVersion":1,"instrument":"test@1","answers":{"${name}":3},"flags":[],"energy":{},"completed":false}`;
      for (const list of [instrument, undefined]) {
        const parsed = parseSelfscanValue(text, list);
        expect(parsed.ok, `${name} ${list ? 'with' : 'without'} a list`).to.equal(false);
        expect(!parsed.ok && parsed.code).to.equal('invalid-value');
        expect(!parsed.ok && parsed.issues.some((i) => i.path === `answers.${name}`), name).to.equal(true);
      }
      const flagged = parseSelfscanValue({ ...value({}), flags: [name] }, instrument);
      expect(!flagged.ok && flagged.issues[0]!.path, name).to.equal('flags[0]');
      const energy = parseSelfscanValue(`{"schemaVersion":1,"instrument":"test@1","answers":{},"flags":[],"energy":{"${name}":3},"completed":false}`, instrument);
      expect(energy.ok, `energy ${name}`).to.equal(false);
    }
  });

  it('scores a list that was never checked without reading inherited members', () => {
    const unchecked = {
      id: 'raw',
      version: 1,
      items: BUILT_IN_NAMES.map((id) => ({ id, pillar: 'hope' as const, dimension: 'self' as const, text: id, tags: [id] })),
    };
    const result = scoreSelfscan(unchecked, { answers: {}, flags: [], energy: {} });
    expect(result.answered).to.equal(0);
    expect(result.cells.find((c) => c.cell === 'hope.self')).to.deep.include({ mean: null, answered: 0, items: BUILT_IN_NAMES.length });
    expect(Object.getPrototypeOf(result.tags)).to.equal(Object.prototype);
    expect(Object.keys(result.tags).sort()).to.deep.equal([...BUILT_IN_NAMES].sort());
    for (const name of BUILT_IN_NAMES) expect(Object.getOwnPropertyDescriptor(result.tags, name)!.value, name).to.deep.equal({ mean: null, answered: 0, items: 1 });
    expect(JSON.parse(JSON.stringify(result.tags))).to.have.all.keys(...BUILT_IN_NAMES);
  });

  it('refuses a `__proto__` key anywhere in history, as JSON text or as an object, with a clear issue', () => {
    const doc = (answers: string) => `{"schemaVersion":1,"instrument":"test@1","answers":${answers},"flags":[],"energy":{},"completed":true}`;
    const texts = [`[${doc('{"__proto__":{"polluted":"yes"}}')}]`, `[${doc('{"a1":3}')},${doc('{}').replace('"flags"', '"__proto__":{},"flags"')}]`, '[{"__proto__":[]}]'];
    const paths = ['[0].answers.__proto__', '[1].__proto__', '[0].__proto__'];
    texts.forEach((text, i) => {
      for (const input of [text, JSON.parse(text) as unknown]) {
        const parsed = parseSelfscanHistory(input);
        expect(!parsed.ok && parsed.code, text).to.equal('invalid-history');
        expect(!parsed.ok && parsed.issues, text).to.deep.equal([{ path: paths[i], code: 'forbidden_key', message: 'The key "__proto__" is not allowed.', params: { key: '__proto__' } }]);
      }
    });
  });

  it('gives answers keyed by statement id without a prototype, in history and in the value', () => {
    const text = `[{"schemaVersion":1,"instrument":"test@1","answers":{"a1":3,"constructor":4,"toString":5},"flags":[],"energy":{},"completed":true}]`;
    const history = parseSelfscanHistory(text);
    expect(history.ok).to.equal(true);
    const answers = history.ok ? history.data[0]!.answers : {};
    expect(Object.getPrototypeOf(answers)).to.equal(null);
    expect(Object.keys(answers)).to.deep.equal(['a1', 'constructor', 'toString']);
    expect(scoreSelfscan(instrument, history.ok ? history.data[0]! : value({})).answered).to.equal(1);
    for (const list of [instrument, undefined]) {
      const parsed = parseSelfscanValue(value({ a1: 3 }), list);
      expect(parsed.ok && Object.getPrototypeOf(parsed.data.answers), list ? 'with a list' : 'without').to.equal(null);
    }
    expect(parseSelfscanHistory('null')).to.deep.equal({ ok: true, data: [] });
  });

  it('refuses answers outside the scale or of another type', () => {
    for (const bad of [0, 6, 2.5, -1, '3', 'NA', 'n/a', null, true, [], {}, Number.NaN]) {
      const parsed = parseSelfscanValue({ ...value({}), answers: { a1: bad } }, instrument);
      expect(!parsed.ok && parsed.issues[0]!.path, JSON.stringify(bad)).to.equal('answers.a1');
    }
    for (const bad of [0, 6, 2.5, '5', null, 'na']) {
      const parsed = parseSelfscanValue({ ...value({}), energy: { hope: bad } }, instrument);
      expect(!parsed.ok && parsed.issues[0]!.path, `energy ${JSON.stringify(bad)}`).to.equal('energy.hope');
    }
    for (const bad of [[1], 'a1', [null]]) expect(parseSelfscanValue({ ...value({}), flags: bad }, instrument).ok, JSON.stringify(bad)).to.equal(false);
    for (const bad of [1, 'yes', null]) expect(parseSelfscanValue({ ...value({}), completed: bad }, instrument).ok, JSON.stringify(bad)).to.equal(false);
  });

  it('refuses a document made with another question list or another version of it', () => {
    for (const key of ['other@1', 'test@2', 'test', '']) {
      const parsed = parseSelfscanValue({ ...value({ a1: 3 }), instrument: key }, instrument);
      expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code]), key).to.deep.equal([['instrument', 'other_instrument']]);
    }
    const other = parseSelfscanValue({ schemaVersion: 1, people: [], completed: false }, instrument);
    expect(!other.ok && other.code).to.equal('invalid-value');
    for (const schemaVersion of [0, '1', 1.5, null]) {
      expect(parseSelfscanValue({ ...value({}), schemaVersion }, instrument).ok, JSON.stringify(schemaVersion)).to.equal(false);
    }
  });

  it('reads a quick-list document into the full list as a full-list document, and refuses the other way round', () => {
    const quick = defaultInstrument('quick');
    const full = defaultInstrument('full');
    const quickDoc = { ...emptySelfscanValue(quick), answers: { [quick.items[0]!.id]: 4 as const } };
    const read = parseSelfscanValue(quickDoc, full);
    expect(read.ok && read.data).to.deep.equal({ ...quickDoc, instrument: 'goesting-selfscan-full@1' });
    const fullOnly = full.items.find((i) => !quick.items.some((q) => q.id === i.id))!;
    const fullDoc = { ...emptySelfscanValue(full), answers: { [fullOnly.id]: 4 as const } };
    const refused = parseSelfscanValue(fullDoc, quick);
    expect(!refused.ok && refused.issues.map((i) => [i.path, i.code])).to.deep.equal([[`answers.${fullOnly.id}`, 'unknown_item']]);
  });
});
