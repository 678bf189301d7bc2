import { expect } from '@open-wc/testing';
import {
  CONSTRUCTS,
  FULL_ITEMS,
  INDICATORS,
  PULSE_ITEMS,
  checkCompleteEventSchema,
  emptyWorkabilityValue,
  isWerkbaar,
  parseThresholds,
  parseWorkabilityValue,
  scoreWorkability,
  zoneOf,
  type Construct,
} from '../src/model/index.js';
import { runCatalogueTests } from '../../core/test/catalogue-suite.js';

const locales = ['nl-BE', 'nl-NL', 'fr-BE', 'en'] as const;

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

  runCatalogueTests('workability', 'check');
  runCatalogueTests('workability', 'report');
  it('has every statement in every shipped language', async () => {
    for (const locale of locales) {
      const catalogue = (await import(`../src/locales/check-${locale}.ts`)).default as Record<string, unknown>;
      for (const item of FULL_ITEMS) expect(catalogue[`item.${item.id}`], `${locale} ${item.id}`).to.be.a('string').and.not.equal('');
    }
  });
});
