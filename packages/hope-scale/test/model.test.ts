import { expect } from '@open-wc/testing';
import { PACK_LIMITS, checkPackAnswers, defaultPack, emptyHopeValue, packSchema, parseHopeHistory, parseHopePack, parseHopeValue, parseScalingScales, scoreHope, scorePack, type HopePack } from '../src/model/index.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';

/** A pack with the given structure; every item text is invented. */
function pack(itemCount: number, scale: [number, number], subscales: Record<string, number[]>, extra: Partial<HopePack> = {}): HopePack {
  return {
    id: 'test-pack',
    version: 1,
    scale: { min: scale[0], max: scale[1] },
    items: Array.from({ length: itemCount }, (_, i) => ({ id: `i${i + 1}`, text: `Uitspraak ${i + 1} (verzonnen)` })),
    subscales: Object.entries(subscales).map(([id, items]) => ({ id, items: items.map((n) => `i${n}`) })),
    ...extra,
  };
}
const all = (p: HopePack, value: number) => Object.fromEntries(p.items.map((item) => [item.id, value]));
const subscore = (p: HopePack, answers: Record<string, number>, id: string) => scorePack(p, answers).subscales.find((s) => s.id === id)!.score;

describe('scoring packs with the published structures', () => {
  const adult = pack(12, [1, 8], { agency: [2, 9, 10, 12], pathways: [1, 4, 6, 8] });
  const state = pack(6, [1, 8], { agency: [2, 4, 6], pathways: [1, 3, 5] });
  const children = pack(6, [1, 6], { agency: [1, 3, 5], pathways: [2, 4, 6] });

  it('validates each structure', () => {
    for (const p of [adult, state, children]) expect(packSchema.safeParse(p).success).to.equal(true);
  });

  it('scores the 12-item adult structure: subscales 4–32, total 8–64, fillers ignored', () => {
    expect(scorePack(adult, all(adult, 1)).total).to.deep.include({ score: 8, min: 8, max: 64 });
    expect(scorePack(adult, all(adult, 8)).total).to.deep.include({ score: 64 });
    const answers = { ...all(adult, 1), i2: 8, i9: 7, i10: 6, i12: 5, i3: 8, i5: 8, i7: 8, i11: 8 };
    expect(subscore(adult, answers, 'agency')).to.equal(26);
    expect(subscore(adult, answers, 'pathways')).to.equal(4);
    expect(scorePack(adult, answers).total.score).to.equal(30);
    expect(scorePack(adult, answers).fillers).to.deep.equal(['i3', 'i5', 'i7', 'i11']);
  });

  it('scores the 6-item state structure: agency even, pathways odd, 3–24 and 6–48', () => {
    const answers = { i1: 1, i2: 8, i3: 2, i4: 7, i5: 3, i6: 6 };
    expect(subscore(state, answers, 'agency')).to.equal(21);
    expect(subscore(state, answers, 'pathways')).to.equal(6);
    expect(scorePack(state, answers).total).to.deep.include({ score: 27, min: 6, max: 48 });
  });

  it("scores the 6-item children's structure: agency odd, pathways even, 3–18 and 6–36", () => {
    const answers = { i1: 6, i2: 1, i3: 5, i4: 2, i5: 4, i6: 3 };
    expect(subscore(children, answers, 'agency')).to.equal(15);
    expect(subscore(children, answers, 'pathways')).to.equal(6);
    expect(scorePack(children, all(children, 6)).total).to.deep.include({ score: 36, min: 6, max: 36 });
    expect(scorePack(children, all(children, 1)).total.score).to.equal(6);
  });

  it('applies reverse keying as min + max − answer', () => {
    const reversed = { ...state, items: state.items.map((item) => (item.id === 'i2' ? { ...item, reverse: true } : item)) };
    expect(subscore(reversed, { ...all(state, 1), i2: 8 }, 'agency')).to.equal(1 + 1 + 1);
    expect(subscore(reversed, { ...all(state, 1), i2: 1 }, 'agency')).to.equal(8 + 1 + 1);
  });

  it('gives no score, with the missing items as reason, when an item is unanswered', () => {
    const { i4: _, ...answers } = all(state, 5);
    const result = scorePack(state, answers);
    expect(result.subscales.find((s) => s.id === 'agency')).to.deep.include({ score: null, missing: ['i4'] });
    expect(result.subscales.find((s) => s.id === 'pathways')!.score).to.equal(15);
    expect(result.total).to.deep.include({ score: null, missing: ['i4'] });
  });

  it('sums only the subscales named in total', () => {
    const partial = { ...adult, total: ['agency'] };
    expect(scorePack(partial, all(adult, 2)).total).to.deep.include({ score: 8, min: 4, max: 32 });
  });
});

describe('invalid packs and answers', () => {
  it('refuses a document made with another pack or another version of it, before scoring anything', () => {
    const adult = defaultPack('adult');
    const answers = Object.fromEntries(adult.items.map((item) => [item.id, 8]));
    for (const key of ['goesting-hope-youth@1', `${adult.id}@${adult.version + 1}`, 'licensed@1']) {
      const parsed = parseHopeValue({ ...emptyHopeValue('goal-hope', adult), pack: key, answers }, adult);
      expect(!parsed.ok && parsed.issues.map((i) => [i.path, i.code]), key).to.deep.equal([['pack', 'other_instrument']]);
    }
    expect(parseHopeValue({ ...emptyHopeValue('goal-hope', adult), answers }, adult).ok).to.equal(true);
  });

  const codes = (input: unknown) => {
    const result = packSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => (i.code === 'custom' ? (i.params as { code: string }).code : i.code));
  };
  const base = pack(4, [1, 5], { a: [1, 2], b: [3, 4] });

  it('refuses duplicate item ids', () => {
    expect(codes({ ...base, items: [...base.items, base.items[0]] })).to.include('duplicate_id');
  });
  it('refuses a subscale naming an unknown item', () => {
    expect(codes({ ...base, subscales: [{ id: 'a', items: ['i1', 'i9'] }] })).to.deep.equal(['unknown_item']);
  });
  it('refuses a scale whose maximum is not above its minimum', () => {
    expect(codes({ ...base, scale: { min: 5, max: 1 } })).to.deep.equal(['invalid_range']);
  });
  it('refuses an item in two subscales and a total naming an unknown subscale', () => {
    expect(codes({ ...base, subscales: [{ id: 'a', items: ['i1'] }, { id: 'b', items: ['i1'] }], total: ['c'] })).to.deep.equal(['duplicate_id', 'unknown_subscale']);
  });
  it('reports answers outside the scale or for unknown items', () => {
    expect(checkPackAnswers(base, { i1: 0, i2: 6, i3: 2.5, i4: 3, zz: 1 }).map((i) => `${i.path} ${i.code}`)).to.deep.equal([
      'answers.i1 out_of_scale',
      'answers.i2 out_of_scale',
      'answers.i3 out_of_scale',
      'answers.zz unknown_item',
    ]);
  });
});

describe('pack limits', () => {
  const codes = (input: unknown) => {
    const result = parseHopePack(input);
    return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`);
  };
  const base = pack(4, [1, 5], { a: [1, 2], b: [3, 4] });

  it('takes an answer scale of up to 101 points and refuses a larger one at once', () => {
    expect(codes({ ...base, scale: { min: 0, max: 100 } })).to.deep.equal([]);
    expect(codes({ ...base, scale: { min: -1000, max: -800 } })).to.deep.equal(['scale.max too_many_points']);
    const started = performance.now();
    expect(codes({ ...base, scale: { min: 1, max: 200_000 } })).to.include('scale.max too_big');
    expect(codes({ ...base, scale: { min: 0, max: 2 ** 32 } })).to.include('scale.max too_big');
    expect(codes({ ...base, scale: { min: -(2 ** 53), max: 1 } })).to.include('scale.min too_small');
    expect(performance.now() - started).to.be.below(100);
  });

  it(`refuses more than ${PACK_LIMITS.items} items and texts longer than allowed`, () => {
    const many = pack(PACK_LIMITS.items + 1, [1, 5], { a: [1] });
    expect(codes(many)).to.deep.equal(['items too_big']);
    expect(codes({ ...base, title: 'x'.repeat(201) })).to.deep.include('title too_big');
    expect(codes({ ...base, items: base.items.map((item, i) => (i ? item : { ...item, text: 'x'.repeat(1001) })) })).to.deep.include('items[0].text too_big');
    expect(codes({ ...base, items: base.items.map((item, i) => (i ? item : { ...item, text: 'x'.repeat(1000) })) })).to.deep.equal([]);
    const languages = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`l${i}`, 'tekst']));
    expect(codes({ ...base, items: base.items.map((item, i) => (i ? item : { ...item, text: languages })) })).to.deep.equal(['items[0].text too_many_languages']);
    expect(codes({ ...base, subscales: [{ id: 'a', items: Array.from({ length: 201 }, () => 'i1') }] })).to.include('subscales[0].items too_big');
  });

  it('refuses item, subscale and scale ids named like built-in properties', () => {
    for (const id of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const named = JSON.parse(JSON.stringify({ ...base, items: [...base.items, { id, text: 'x' }] }).replace('"id":"x"', ''));
      expect(codes(named), id).to.deep.equal([`items[4].id reserved_id`]);
      expect(codes({ ...base, subscales: [...base.subscales, { id, items: ['i1'] }] }), id).to.include('subscales[2].id reserved_id');
      expect(parseScalingScales([{ id }]).ok, id).to.equal(false);
    }
  });
});

describe('answers as plain keys', () => {
  const base = pack(4, [1, 5], { a: [1, 2], b: [3, 4] });
  let before: string[];
  beforeEach(() => {
    before = Object.getOwnPropertyNames(Object.prototype).sort();
  });
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype').to.deep.equal(before);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('never reads an answer from Object.prototype, even for a pack that was not checked', () => {
    const unchecked = { ...base, items: [{ id: 'constructor', text: 'x' }, { id: 'toString', text: 'y' }], subscales: [{ id: 'a', items: ['constructor', 'toString'] }] };
    const result = scorePack(unchecked, {});
    expect(result.subscales[0]).to.deep.include({ score: null, missing: ['constructor', 'toString'] });
    expect(scorePack(unchecked, JSON.parse('{"constructor": 2, "toString": 3}')).subscales[0]!.score).to.equal(5);
  });

  it('refuses saved answers under built-in names or __proto__, and leaves Object.prototype alone', () => {
    for (const json of [
      '{"schemaVersion":1,"mode":"goal-hope","scales":{},"followUps":{},"completed":false,"answers":{"__proto__":{"polluted":1}}}',
      '{"schemaVersion":1,"mode":"goal-hope","scales":{},"followUps":{},"completed":false,"answers":{"constructor":3}}',
      '{"schemaVersion":1,"mode":"scaling","scales":{"__proto__":4},"followUps":{},"completed":false,"answers":{}}',
      '{"schemaVersion":1,"mode":"scaling","scales":{},"followUps":{"__proto__":"x"},"completed":false,"answers":{},"__proto__":{"polluted":1}}',
    ]) {
      expect(parseHopeValue(json, base).ok, json).to.equal(false);
      expect(parseHopeValue(JSON.parse(json), base).ok, json).to.equal(false);
    }
    const packWithProto = '{"__proto__":{"polluted":1},"id":"p","version":1,"scale":{"min":1,"max":5},"items":[{"id":"i1","text":"x"}],"subscales":[{"id":"a","items":["i1"]}]}';
    expect(parseHopePack(packWithProto)).to.deep.include({ ok: false, code: 'invalid-instrument' });
    expect(parseScalingScales('[{"id":"home","question":{"__proto__":{"polluted":1}}}]').ok).to.equal(false);
    const earlier = { ...emptyHopeValue('scaling'), completed: true, date: '2026-01-01' };
    expect(parseHopeHistory([earlier]).ok).to.equal(true);
    expect(parseHopeHistory(`[${JSON.stringify(earlier).replace('{', '{"__proto__":{"polluted":1},')}]`)).to.deep.include({ ok: false, code: 'invalid-history' });
  });

  it('refuses answers of the wrong type or off the scale, and never turns them into a number', () => {
    const answers = { i1: '3', i2: 2.5, i3: 9, i4: true } as unknown as Record<string, number>;
    expect(checkPackAnswers(base, answers).map((issue) => `${issue.path} ${issue.code}`)).to.deep.equal([
      'answers.i1 invalid_type',
      'answers.i2 out_of_scale',
      'answers.i3 out_of_scale',
      'answers.i4 invalid_type',
    ]);
    const scored = scorePack(base, { ...answers, i4: 2 });
    expect(scored.subscales.map((s) => s.score)).to.deep.equal([null, null]);
    expect(scored.subscales.flatMap((s) => s.missing)).to.deep.equal(['i1', 'i2', 'i3']);
    expect(parseHopeValue({ ...emptyHopeValue('goal-hope', base), answers: { i1: '3' } }, base).ok).to.equal(false);
    expect(scoreHope({ ...emptyHopeValue('goal-hope', base), answers }, [], base).total!.score).to.equal(null);
  });
});

describe('texts', () => {
  runCatalogueTests('hope-scale');

  it('has every goal-hope statement and answer label in every shipped language', async () => {
    for (const locale of ['nl-BE', 'nl-NL', 'fr-BE', 'en']) {
      const catalogue = (await import(`../src/locales/${locale}.ts`)).default as Record<string, unknown>;
      for (const variant of ['adult', 'youth'] as const) {
        const pack = defaultPack(variant);
        for (const item of pack.items) expect(catalogue[item.text as string], `${locale} ${item.id}`).to.be.a('string').and.not.equal('');
        for (let v = pack.scale.min; v <= pack.scale.max; v++) expect(catalogue[`answer.${variant}.${v}`], `${locale} ${variant} ${v}`).to.be.a('string').and.not.equal('');
      }
    }
  });
});

describe('hope model: the professional\'s hope beside the client\'s', () => {
  const scaling = { ...emptyHopeValue('scaling'), scales: { hope: 8 }, completed: true };

  it('compares the first 0–10 scale with the professional\'s hope, the client first, and never averages them', () => {
    const result = scoreHope({ ...scaling, perspectives: { professional: { hope: 4, completed: true } } }, [{ id: 'hope' }], defaultPack('adult'));
    expect(result.perspectives).to.deep.equal([
      { id: 'hope', values: [{ perspective: 'client', value: 8 }, { perspective: 'professional', value: 4 }], difference: 4, higher: 'client', starter: true },
    ]);
    expect(scoreHope(scaling, [{ id: 'hope' }], defaultPack('adult')).perspectives).to.equal(undefined);
  });

  it('puts the goal-hope total beside the professional\'s hope without a difference, as they are on other scales', () => {
    const pack = defaultPack('adult');
    const answers = Object.fromEntries(pack.items.map((item) => [item.id, 8]));
    const result = scoreHope({ ...emptyHopeValue('goal-hope', pack), answers, completed: true, perspectives: { professional: { hope: 9, completed: true } } }, [], pack);
    expect(result.perspectives).to.deep.equal([
      { id: 'goal', values: [{ perspective: 'client', value: 48 }, { perspective: 'professional', value: 9 }], difference: null, higher: null, starter: false },
    ]);
  });

  it('refuses a professional\'s hope off the 0–10 scale and perspectives other than the professional\'s', () => {
    expect(parseHopeValue({ ...scaling, perspectives: { professional: { hope: 10.5, completed: true } } }, defaultPack('adult'))).to.deep.include({ ok: false, code: 'invalid-value' });
    expect(parseHopeValue({ ...scaling, perspectives: { family: { hope: 5, completed: true } } }, defaultPack('adult'))).to.deep.include({ ok: false, code: 'invalid-value' });
    expect(parseHopeValue({ ...scaling, perspectives: { professional: { completed: false } } }, defaultPack('adult'))).to.deep.include({ ok: true });
  });
});
