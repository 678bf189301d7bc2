import { expect } from '@open-wc/testing';
import {
  CONSTRUCTS,
  CSV_COLUMNS,
  FULL_ITEMS,
  INDICATORS,
  PULSE_ITEMS,
  aggregateToCsv,
  aggregateToJson,
  aggregateWorkability,
  checkCompleteEventSchema,
  emptyWorkabilityValue,
  isWerkbaar,
  parseThresholds,
  parseWorkabilityValue,
  scoreWorkability,
  zoneOf,
  type Construct,
  type WorkabilityAggregate,
} from '../src/index.js';
import { leakingRemainders, randomCase, trueSizes } from './random.js';

const locales = ['nl-BE', 'nl-NL', 'fr-BE', 'en'] as const;
const allScores = (score: number, over: Partial<Record<Construct, number>> = {}) => ({ ...Object.fromEntries(CONSTRUCTS.map((c) => [c, score])), ...over });
/** A response with no strain at all (1 where higher is worse, 4 elsewhere). */
const easy = (team?: string, wave?: string) => ({
  ...(team ? { team } : {}),
  ...(wave ? { wave } : {}),
  scores: allScores(4, { stress: 1, workload: 1, emotional: 1 }),
});
const many = (count: number, make: () => object) => Array.from({ length: count }, make);
const group = (aggregate: WorkabilityAggregate, id: string, wave = 0) => aggregate.waves[wave]!.groups.find((g) => g.id === id)!;

describe('statements and scoring', () => {
  it('has a ten-statement pulse and a full check with three statements per topic', () => {
    expect(PULSE_ITEMS.map((i) => i.construct)).to.deep.equal([...CONSTRUCTS]);
    for (const c of CONSTRUCTS) expect(FULL_ITEMS.filter((i) => i.construct === c).length).to.equal(3);
    expect(PULSE_ITEMS.some((i) => i.reverse)).to.equal(false);
    expect(FULL_ITEMS.filter((i) => i.reverse).length).to.be.greaterThan(5);
  });

  it('turns reverse-keyed answers around before taking the mean', () => {
    const answers = Object.fromEntries(FULL_ITEMS.map((i) => [i.id, 1]));
    const result = scoreWorkability({ ...emptyWorkabilityValue('full'), answers });
    // stress-3 ("I start the day rested") is reversed: 1, 1 and 4 → 2.
    expect(result.scores.stress).to.equal(2);
    expect(result.scores.emotional).to.equal(1);
    expect(result.scores.variety).to.equal(2);
  });

  it('scores a topic only once all its statements are answered', () => {
    const result = scoreWorkability({ ...emptyWorkabilityValue('full'), answers: { 'stress-1': 4, 'stress-2': 4 } });
    expect(result.scores.stress).to.equal(null);
    expect(result.zones.stress).to.equal(null);
    expect(result.werkbaar).to.equal(null);
  });

  it('puts zone boundaries where we document them: orange from 2.5, red from 3 on the strain scale', () => {
    expect(zoneOf('stress', 2.49)).to.equal('green');
    expect(zoneOf('stress', 2.5)).to.equal('orange');
    expect(zoneOf('stress', 2.99)).to.equal('orange');
    expect(zoneOf('stress', 3)).to.equal('red');
    // Higher is better for motivation: a score of 2 is a strain of 3.
    expect(zoneOf('motivation', 2)).to.equal('red');
    expect(zoneOf('motivation', 2.5)).to.equal('orange');
    expect(zoneOf('motivation', 2.51)).to.equal('green');
  });

  it('takes the host’s thresholds, per topic too, and refuses inconsistent ones', () => {
    expect(zoneOf('stress', 2.5, { orange: 2, red: 3.5 })).to.equal('orange');
    expect(zoneOf('stress', 3.2, { orange: 2, red: 3.5 })).to.equal('orange');
    expect(zoneOf('workload', 2.2, { constructs: { workload: { orange: 2, red: 2.2 } } })).to.equal('red');
    expect(parseThresholds({ constructs: { workload: { orange: 3, red: 2 } } }).ok).to.equal(false);
    expect(parseThresholds({ orange: 0 }).ok).to.equal(false);
    expect(parseThresholds('{"orange":2.4}').ok).to.equal(true);
  });

  it('calls work werkbaar when no indicator is red, whatever the risk factors', () => {
    const green = Object.fromEntries(CONSTRUCTS.map((c) => [c, 'green'])) as Record<Construct, 'green'>;
    expect(isWerkbaar(green)).to.equal(true);
    expect(isWerkbaar({ ...green, workload: 'red', emotional: 'red' })).to.equal(true);
    expect(isWerkbaar({ ...green, balance: 'orange' })).to.equal(true);
    for (const indicator of INDICATORS) expect(isWerkbaar({ ...green, [indicator]: 'red' })).to.equal(false);
  });

  it('gives HR scores and keys only: no statement answers, no time of day', () => {
    const value = { ...emptyWorkabilityValue('pulse'), answers: Object.fromEntries(PULSE_ITEMS.map((i) => [i.id, 2])), completed: true, date: '2026-03-02' };
    const result = scoreWorkability(value, { team: 'team-a', wave: '2026-q1' });
    expect(Object.keys(result).sort()).to.deep.equal(['date', 'schemaVersion', 'scores', 'team', 'variant', 'wave', 'werkbaar', 'zones']);
    expect(JSON.stringify(result)).not.to.contain('stress-1');
    expect(checkCompleteEventSchema.safeParse({ widget: 'workability-check', schemaVersion: 1, value, result }).success).to.equal(true);
  });

  it('refuses saved answers with unknown statements or answers outside 1–4', () => {
    expect(parseWorkabilityValue({ ...emptyWorkabilityValue(), answers: { 'stress-2': 2 } }).ok).to.equal(false);
    expect(parseWorkabilityValue({ ...emptyWorkabilityValue(), answers: { 'stress-1': 5 } }).ok).to.equal(false);
    expect(parseWorkabilityValue({ ...emptyWorkabilityValue(), schemaVersion: 9 })).to.include({ ok: false, code: 'unsupported-version' });
    expect(parseWorkabilityValue('{oops').ok).to.equal(false);
  });

  it('has every statement and tip in every shipped language, and complete catalogues', async () => {
    for (const kind of ['check', 'report']) {
      const base = (await import(`../src/locales/${kind}-nl-BE.ts`)).default as Record<string, unknown>;
      for (const locale of locales) {
        const catalogue = (await import(`../src/locales/${kind}-${locale}.ts`)).default as Record<string, unknown>;
        expect(Object.keys(catalogue).sort(), `${kind} ${locale}`).to.deep.equal(Object.keys(base).sort());
        for (const [key, message] of Object.entries(base)) expect(typeof catalogue[key], `${kind} ${locale} ${key}`).to.equal(typeof message);
        if (kind === 'check') for (const item of FULL_ITEMS) expect(catalogue[`item.${item.id}`]).to.be.a('string').and.not.equal('');
      }
    }
  });
});

describe('aggregation', () => {
  it('computes % werkbaar, % per indicator in the red zone and means per group', () => {
    const responses = [...many(6, () => easy('a')), ...many(4, () => ({ team: 'a', scores: allScores(4, { workload: 1, emotional: 1 }) }))];
    const aggregate = aggregateWorkability(responses);
    const a = group(aggregate, 'a').figures!;
    expect(a.n).to.equal(10);
    expect(a.werkbaarPct).to.equal(60);
    expect(a.problemPct).to.deep.equal({ stress: 40, motivation: 0, learning: 0, balance: 0 });
    expect(a.means.stress).to.equal(2.2);
    expect(group(aggregate, '@organisation').figures!.n).to.equal(10);
  });

  it('shows nothing numeric below the minimum: limited insight at 3–4, too few at 1–2', () => {
    const aggregate = aggregateWorkability([...many(20, () => easy('big')), ...many(4, () => easy('four')), ...many(3, () => easy('three')), ...many(2, () => easy('two')), ...many(5, () => easy('five'))]);
    expect(group(aggregate, 'four')).to.deep.include({ status: 'limited' });
    expect(group(aggregate, 'three')).to.deep.include({ status: 'limited' });
    expect(group(aggregate, 'two')).to.deep.include({ status: 'too-few' });
    for (const id of ['four', 'three', 'two']) expect(group(aggregate, id)).not.to.have.property('figures');
    expect(group(aggregate, 'five').figures!.n).to.equal(5);
  });

  it('lets the host raise the minimum, never lower it, and says so', () => {
    const responses = many(6, () => easy('a'));
    expect(group(aggregateWorkability(responses, { minGroupSize: 7 }), 'a').status).to.equal('limited');
    const lowered = aggregateWorkability([...many(4, () => easy('a')), ...many(9, () => easy('b'))], { minGroupSize: 3 });
    expect(lowered.minGroupSize).to.equal(5);
    expect(lowered.warnings).to.deep.equal([{ code: 'min_group_raised', params: { given: '3', used: 5 } }]);
    expect(group(lowered, 'a')).not.to.have.property('figures');
  });

  it('hides the team of 5 beside teams of 7 and 4 under a parent of 16, since 16 − 7 − 5 would reveal the 4', () => {
    const teams = [{ id: 'dept', label: 'Afdeling' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'four', parent: 'dept' }];
    const aggregate = aggregateWorkability([...many(7, () => easy('seven')), ...many(5, () => easy('five')), ...many(4, () => easy('four'))], { teams });
    expect(group(aggregate, 'four').status).to.equal('limited');
    expect(group(aggregate, 'five')).to.deep.equal({ id: 'five', parent: 'dept', depth: 2, status: 'protected', protects: ['four'], within: 'dept' });
    expect(group(aggregate, 'seven').figures!.n).to.equal(7);
    expect(group(aggregate, 'dept').figures!.n).to.equal(16);
    expect(group(aggregate, '@organisation').figures!.n).to.equal(16);
  });

  it('hides nothing more when the hidden teams together reach the minimum', () => {
    // 20 = 8 + 7 + 3 + 2: subtracting gives the 3 and the 2 together, 5 people: allowed.
    const teams = [{ id: 'dept' }, ...['eight', 'seven', 'three', 'two'].map((id) => ({ id, parent: 'dept' }))];
    const aggregate = aggregateWorkability([...many(8, () => easy('eight')), ...many(7, () => easy('seven')), ...many(3, () => easy('three')), ...many(2, () => easy('two'))], { teams });
    expect(aggregate.waves[0]!.groups.map((g) => g.status)).to.deep.equal(['shown', 'shown', 'shown', 'shown', 'limited', 'too-few']);
  });

  it('guards a parent against its grandparent the same way', () => {
    // Organisation of 24: department of 21 (teams of 10 and 11) and a lone team of 3.
    // Showing 24 and 21 would reveal the 3: the department is hidden, not its teams.
    const teams = [{ id: 'dept' }, { id: 'x', parent: 'dept' }, { id: 'y', parent: 'dept' }, { id: 'small' }];
    const aggregate = aggregateWorkability([...many(10, () => easy('x')), ...many(11, () => easy('y')), ...many(3, () => easy('small'))], { teams });
    const shown = aggregate.waves[0]!.groups.filter((g) => g.figures).map((g) => g.id);
    expect(group(aggregate, 'small').status).to.equal('limited');
    expect(shown).to.include('@organisation');
    expect(leakingRemainders(aggregate.waves[0]!.groups.map((g) => ({ id: g.id, parent: g.parent, n: g.figures?.n })), 5)).to.deep.equal([]);
    expect(aggregate.waves[0]!.groups.filter((g) => g.status === 'protected').length).to.be.greaterThan(0);
  });

  it('protects answers without a team from “the rest of the organisation”', () => {
    const aggregate = aggregateWorkability([...many(12, () => easy('a')), ...many(9, () => easy('b')), ...many(2, () => easy())]);
    // Organisation 23 minus 12 minus 9 would reveal the 2 without a team: one team must go.
    expect(group(aggregate, 'b').status).to.equal('protected');
    expect(group(aggregate, 'b').protects).to.deep.equal([]);
    expect(group(aggregate, 'a').figures!.n).to.equal(12);
  });

  it('applies the same rules per wave and reports a trend per wave', () => {
    const responses = [
      ...many(8, () => easy('a', 'w1')),
      ...many(6, () => easy('b', 'w1')),
      ...many(8, () => easy('a', 'w2')),
      ...many(4, () => ({ team: 'b', wave: 'w2', scores: allScores(1) })),
    ];
    const aggregate = aggregateWorkability(responses, { waves: [{ id: 'w1', label: 'Voorjaar' }, { id: 'w2', label: 'Najaar' }] });
    expect(aggregate.waves.map((w) => [w.id, w.label])).to.deep.equal([['w1', 'Voorjaar'], ['w2', 'Najaar']]);
    expect(group(aggregate, 'b', 0).figures!.n).to.equal(6);
    expect(group(aggregate, 'b', 1).status).to.equal('limited');
    // In wave 2, organisation (12) − a (8) = 4 would reveal b: a is hidden too.
    expect(group(aggregate, 'a', 1).status).to.equal('protected');
    expect(group(aggregate, '@organisation', 0).figures!.werkbaarPct).to.equal(100);
    expect(group(aggregate, '@organisation', 1).figures!.werkbaarPct).to.equal(67);
  });

  it('counts invalid responses as rejected, by reason, and never averages them in', () => {
    const bad = [
      null,
      'text',
      { scores: allScores(2, { stress: '3' as never }) },
      { scores: { ...allScores(2), mood: 2 } },
      { scores: allScores(2, { workload: 5 }) },
      { scores: allScores(2, { workload: 0.5 }) },
      { scores: { stress: 2 } },
      { team: 'not a key!', scores: allScores(2) },
    ];
    const aggregate = aggregateWorkability([...many(5, () => easy('a')), ...bad]);
    expect(aggregate.rejected).to.deep.equal({ count: 8, reasons: { invalid_type: 3, unknown_construct: 1, out_of_range: 2, missing_construct: 1, invalid_key: 1 } });
    expect(group(aggregate, 'a').figures!.means.workload).to.equal(1);
    expect(group(aggregate, '@organisation').figures!.n).to.equal(5);
  });

  it('accepts the check’s complete event detail as a response', () => {
    const value = { ...emptyWorkabilityValue('pulse'), answers: Object.fromEntries(PULSE_ITEMS.map((i) => [i.id, 3])), completed: true };
    const detail = { widget: 'workability-check', schemaVersion: 1, value, result: scoreWorkability(value, { team: 'a' }) };
    const aggregate = aggregateWorkability(many(5, () => detail));
    expect(group(aggregate, 'a').figures!.means.stress).to.equal(3);
  });

  it('exports the aggregate as CSV and JSON, with hidden groups as status only', () => {
    const teams = [{ id: 'dept', label: '=Afdeling, "Noord"' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'four', parent: 'dept' }];
    const aggregate = aggregateWorkability([...many(7, () => easy('seven')), ...many(5, () => easy('five')), ...many(4, () => easy('four'))], { teams });
    const csv = aggregateToCsv(aggregate).trim().split('\r\n');
    expect(csv[0]).to.equal(CSV_COLUMNS.join(','));
    expect(csv).to.have.length(6);
    expect(csv[2]).to.equal(`,dept,"'=Afdeling, ""Noord""",@organisation,shown,16,100,0,0,0,0,1,4,4,4,1,1,4,4,4,4`);
    expect(csv.find((row) => row.includes(',five,'))).to.equal(',five,,dept,protected,,,,,,,,,,,,,,,,');
    expect(csv.find((row) => row.includes(',four,'))).to.equal(',four,,dept,limited,,,,,,,,,,,,,,,,');
    expect(JSON.parse(aggregateToJson(aggregate))).to.deep.equal(JSON.parse(JSON.stringify(aggregate)));
  });

  it('never lets a group below the minimum be worked out from any output (300 random hierarchies)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const generated = randomCase(seed);
      const aggregate = aggregateWorkability(generated.responses, { teams: generated.teams, minGroupSize: generated.minGroupSize });
      const min = aggregate.minGroupSize;
      const sizes = trueSizes(generated);
      // CSV read back as a stranger would.
      const rows = aggregateToCsv(aggregate).trim().split('\r\n').slice(1).map((row) => row.split(','));
      for (const wave of aggregate.waves) {
        const truth = sizes.get(wave.id) ?? new Map<string, number>();
        for (const g of wave.groups) {
          const n = truth.get(g.id) ?? 0;
          if (n < min) expect(g.figures, `seed ${seed} ${g.id}`).to.equal(undefined);
          if (g.figures) expect(g.figures.n, `seed ${seed} ${g.id}`).to.equal(n);
        }
        const fromJson = wave.groups.map((g) => ({ id: g.id, parent: g.parent, n: g.figures?.n }));
        expect(leakingRemainders(fromJson, min), `seed ${seed} json`).to.deep.equal([]);
        const fromCsv = rows.filter((r) => r[0] === wave.id).map((r) => ({ id: r[1]!, parent: r[3] || null, n: r[5] ? Number(r[5]) : undefined }));
        expect(leakingRemainders(fromCsv, min), `seed ${seed} csv`).to.deep.equal([]);
        // Sums of scores are derived the same way as counts; check one topic explicitly.
        for (const g of wave.groups) if (!g.figures) expect(JSON.stringify(g), `seed ${seed}`).not.to.match(/"(n|means|werkbaarPct)"/);
      }
    }
  });
});
