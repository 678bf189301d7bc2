// What a portal's back end runs for the team mirror, in Node on the built package: ingest scores a
// self-scan again from its answers and keeps the minimum; release makes the spread per cell,
// energy beside strength and the cells to talk about, under the anonymity rules every group
// report shares (their properties over random releases are in anonymity.test.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SELFSCAN_INGEST_ISSUE_CODES, ingestSelfscan, releaseSelfscanTeam } from '@goesting/selfscan/server';
import { CELLS, defaultInstrument, teamAggregateSchema, teamRecordSchema } from '@goesting/selfscan/model';

const TEAMS = [{ id: 'a', label: 'Team Noord' }, { id: 'b', label: 'Team Zuid' }];
const WAVES = [{ id: 'w0', label: 'Najaar', open: false }, { id: 'w1', label: 'Voorjaar' }];
const quick = defaultInstrument('quick');
const full = defaultInstrument('full');

/** A self-scan's `goesting-complete` detail as the browser sends it. */
function detail({ instrument = quick, answer = () => 4, flags = [], energy = {}, completed = true, result } = {}) {
  const value = {
    schemaVersion: 1,
    instrument: `${instrument.id}@${instrument.version}`,
    answers: Object.fromEntries(instrument.items.map((item, i) => [item.id, answer(item, i)])),
    flags,
    energy,
    completed,
    date: '2026-03-02',
  };
  return { widget: 'selfscan', schemaVersion: 1, value, result: result ?? { cells: [] } };
}

describe('ingest of a completed self-scan', () => {
  it('scores again from the answers and keeps only cell scores, energy, cells to talk about, team, wave and day', () => {
    const forged = detail({ answer: (item) => (item.pillar === 'hope' ? 2 : 5), flags: ['hope-other-1', 'alliance-self-1'], energy: { hope: 2, expertise: 5 }, result: { pillars: { hope: 5 }, cells: [] } });
    const ingested = ingestSelfscan(forged, { team: 'a', teams: TEAMS, wave: 'w1', waves: WAVES, day: '2026-03-04' });
    assert.equal(ingested.ok, true, JSON.stringify(ingested.issues));
    const record = ingested.data;
    assert.deepEqual(Object.keys(record).sort(), ['cells', 'day', 'energy', 'talk', 'team', 'wave']);
    assert.equal(record.cells['hope.other'], 2);
    assert.equal(record.cells['expertise.self'], 5);
    assert.deepEqual(record.energy, { expertise: 5, hope: 2 });
    assert.deepEqual(record.talk, ['alliance.self', 'hope.other']);
    assert.deepEqual([record.team, record.wave, record.day], ['a', 'w1', '2026-03-04']);
    assert.equal(teamRecordSchema.safeParse(record).success, true);
    // No statement, no date of the browser, no time of day.
    assert.doesNotMatch(JSON.stringify(record), /hope-other-1|2026-03-02|T\d\d:/);
  });

  it('scores a full scan with its own list, leaving out a cell with too few answers', () => {
    // expertise.self has three statements: one answer of three is too few; the other cells are complete.
    const ingested = ingestSelfscan(detail({ instrument: full, answer: (item) => (item.id === 'expertise-self-1' || !item.id.startsWith('expertise-self') ? 3 : 'na') }));
    assert.equal(ingested.ok, true);
    assert.equal(ingested.data.cells['expertise.self'], 3);
    const sparse = ingestSelfscan({ ...detail({ instrument: full }), value: { ...detail({ instrument: full }).value, answers: { 'expertise-self-1': 2, 'hope-other-1': 4, 'hope-other-2': 5 } } });
    assert.equal(sparse.ok, true);
    assert.equal(sparse.data.cells['expertise.self'], null);
    assert.equal(sparse.data.cells['hope.other'], 4.5);
  });

  it('refuses, with reasons, what it cannot trust, and stores nothing of it', () => {
    const base = detail();
    const cases = [
      ['{not json', 'invalid-json', ''],
      [{ ...base, widget: 'workability-check' }, 'invalid-value', 'widget'],
      [{ ...base, value: { ...base.value, completed: false } }, 'invalid-value', 'value.completed'],
      [{ ...base, value: { ...base.value, instrument: 'someone-elses-list@1' } }, 'invalid-value', 'value.instrument'],
      [{ ...base, value: { ...base.value, answers: { ...base.value.answers, 'hope-self-1': 6 } } }, 'invalid-value', 'value.answers.hope-self-1'],
      [{ ...base, value: { ...base.value, answers: { ...base.value.answers, 'not-an-item': 3 } } }, 'invalid-value', 'value.answers.not-an-item'],
      [{ ...base, value: { ...base.value, answers: { ...base.value.answers, constructor: 3 } } }, 'invalid-value', 'value.answers.constructor'],
      [{ ...base, value: { ...base.value, energy: { hope: 9 } } }, 'invalid-value', 'value.energy.hope'],
      [detail({ answer: () => 'na' }), 'invalid-value', 'value.answers'],
      [{ ...base, value: { ...base.value, schemaVersion: 99 } }, 'unsupported-version', 'value.schemaVersion'],
      [null, 'invalid-value', ''],
    ];
    for (const [input, code, path] of cases) {
      const ingested = ingestSelfscan(input, { team: 'a', teams: TEAMS, wave: 'w1', waves: WAVES });
      assert.equal(ingested.ok, false, JSON.stringify(input)?.slice(0, 80));
      assert.equal(ingested.code, code, path);
      assert.ok(ingested.issues.some((i) => i.path === path), `${path} in ${JSON.stringify(ingested.issues)}`);
      assert.equal('data' in ingested, false);
    }
    const text = JSON.stringify(base).replace('"answers":{', '"answers":{"__proto__":{"polluted":true},');
    assert.deepEqual(ingestSelfscan(text).issues.map((i) => i.code), ['forbidden_key']);
    assert.equal({}.polluted, undefined);
  });

  it('takes the team and the wave from the portal, never from the browser, and refuses a closed wave', () => {
    const refusals = [
      [{ teams: TEAMS }, 'missing_team'],
      [{ team: 'zz', teams: TEAMS }, 'unknown_team'],
      [{ team: 'a' }, 'unexpected_team'],
      [{ waves: WAVES }, 'missing_wave'],
      [{ wave: 'w9', waves: WAVES }, 'unknown_wave'],
      [{ wave: 'w0', waves: WAVES }, 'closed_wave'],
      [{ wave: 'w1' }, 'unexpected_wave'],
    ];
    for (const [options, code] of refusals) {
      const ingested = ingestSelfscan(detail(), options);
      assert.equal(ingested.ok, false, code);
      assert.equal(ingested.code, 'invalid-config');
      assert.deepEqual(ingested.issues.map((i) => i.code), [code]);
      assert.ok(SELFSCAN_INGEST_ISSUE_CODES.includes(code));
    }
    const sent = { ...detail(), result: { team: 'b', wave: 'w0' } };
    const ingested = ingestSelfscan(sent, { team: 'a', teams: TEAMS, wave: 'w1', waves: WAVES });
    assert.deepEqual([ingested.data.team, ingested.data.wave], ['a', 'w1']);
  });
});

// A team of six, worked out by hand. Every cell is 4 (often) except:
// - hope.other: 1, 2, 2.5, 3, 3.5, 5 → low 2 (1, 2), middle 2 (2.5, 3), high 2 (3.5, 5); mean 17 / 6 = 2.83
// - expertise.self: the sixth person has no score → answered 5, all high, mean 4
// - reflection.environment: 1, 1, 1, 2, 5, 5 → low 4, middle 0, high 2; mean 15 / 6 = 2.5
// Hope's strength: each person's mean of hope.self, hope.other, hope.organisation, hope.environment
// = (12 + x) / 4, so the team's is (12 + 17 / 6) / 4 = 3.708 → 3.71.
// Reflection's strength: (12 + 15 / 6) / 4 = 3.625 → 3.63.
// Energy for hope: 1, 2, 3, 4, 5 and one not given → 3, from 5 people.
// Talk: hope.other by people 1, 2 and 3; alliance.self by person 4.
const HOPE_OTHER = [1, 2, 2.5, 3, 3.5, 5];
const REFLECTION_ENVIRONMENT = [1, 1, 1, 2, 5, 5];
const handTeam = () =>
  HOPE_OTHER.map((score, k) => ({
    id: 100 + k,
    team: 'a',
    wave: 'w1',
    cells: { ...Object.fromEntries(CELLS.map((c) => [c, 4])), 'hope.other': score, 'reflection.environment': REFLECTION_ENVIRONMENT[k], 'expertise.self': k === 5 ? null : 4 },
    energy: k === 5 ? {} : { hope: k + 1 },
    talk: k < 3 ? ['hope.other'] : k === 3 ? ['alliance.self'] : [],
  }));
const release = (records, options) => {
  const released = releaseSelfscanTeam(records, options);
  assert.equal(released.ok, true, JSON.stringify(released.issues));
  assert.equal(teamAggregateSchema.safeParse(released.data.aggregate).success, true, 'the aggregate passes its own schema');
  return released.data;
};
const group = (aggregate, id, wave = 0) => aggregate.waves[wave].groups.find((g) => g.id === id);

describe('release of the team mirror', () => {
  it('counts the spread per cell, energy beside strength and the cells to talk about, as worked out by hand', () => {
    const { aggregate } = release(handTeam(), { release: 'r1', teams: TEAMS, waves: WAVES.slice(1) });
    const a = group(aggregate, 'a').figures;
    assert.equal(a.n, 6);
    assert.deepEqual(a.cells['hope.other'], { answered: 6, bands: { low: 2, middle: 2, high: 2 }, mean: 2.83, talk: 3 });
    assert.deepEqual(a.cells['reflection.environment'], { answered: 6, bands: { low: 4, middle: 0, high: 2 }, mean: 2.5, talk: 0 });
    assert.deepEqual(a.cells['expertise.self'], { answered: 5, bands: { low: 0, middle: 0, high: 5 }, mean: 4, talk: 0 });
    assert.deepEqual(a.cells['alliance.self'], { answered: 6, bands: { low: 0, middle: 0, high: 6 }, mean: 4, talk: 1 });
    assert.deepEqual(a.pillars.hope, { strength: 3.71, energy: 3, energyAnswered: 5 });
    assert.deepEqual(a.pillars.reflection, { strength: 3.63, energy: null, energyAnswered: 0 });
    assert.deepEqual(a.pillars.expertise, { strength: 4, energy: null, energyAnswered: 0 });
    assert.deepEqual(a.growthPoints, ['reflection.environment', 'hope.other', 'reflection.organisation']);
    assert.deepEqual(a.strengths, ['expertise.self', 'expertise.other', 'expertise.organisation']);
    // Team b has nobody: empty, no figures; the organisation holds the same six.
    assert.equal(group(aggregate, 'b').status, 'empty');
    assert.deepEqual(group(aggregate, '@organisation').figures, a);
  });

  it('shows a team of 12 in full, and a team of 4 as limited insight without a single figure', () => {
    const twelve = Array.from({ length: 12 }, (_, k) => ({ ...handTeam()[k % 6], id: k + 1, team: 'b' }));
    const full = release(twelve, { release: 'r1', teams: TEAMS, waves: WAVES.slice(1) }).aggregate;
    assert.equal(group(full, 'b').figures.n, 12);
    assert.equal(group(full, 'b').figures.cells['hope.other'].bands.low, 4);
    const small = release(handTeam().slice(0, 4), { release: 'r2', teams: TEAMS, waves: WAVES.slice(1) }).aggregate;
    assert.deepEqual(small.waves[0].groups.map((g) => [g.id, g.status]), [['@organisation', 'limited'], ['a', 'limited'], ['b', 'empty']]);
    assert.doesNotMatch(JSON.stringify(small), /"figures"|"bands"|"mean"/);
  });

  it('protects a team of 12 when the organisation minus it would be a team of 4', () => {
    const twelve = Array.from({ length: 12 }, (_, k) => ({ ...handTeam()[k % 6], id: k + 1, team: 'b' }));
    const { aggregate } = release([...twelve, ...handTeam().slice(0, 4)], { release: 'r1', teams: TEAMS, waves: WAVES.slice(1) });
    assert.deepEqual(aggregate.waves[0].groups.map((g) => [g.id, g.status, g.figures?.n]), [['@organisation', 'shown', 16], ['a', 'limited', undefined], ['b', 'protected', undefined]]);
  });

  it('hides teams in a department where subtraction would reveal a small team', () => {
    const teams = [{ id: 'dept', label: 'Afdeling Jeugd' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'two', parent: 'dept' }];
    const member = (team, id) => ({ ...handTeam()[id % 6], id, team });
    const records = [...Array.from({ length: 7 }, (_, k) => member('seven', k)), ...Array.from({ length: 5 }, (_, k) => member('five', 10 + k)), member('two', 20), member('two', 21)];
    const { aggregate } = release(records, { release: 'r1', teams, waves: WAVES.slice(1) });
    assert.deepEqual(aggregate.waves[0].groups.map((g) => [g.id, g.status]), [['@organisation', 'shown'], ['dept', 'shown'], ['seven', 'shown'], ['five', 'protected'], ['two', 'too-few']]);
    assert.deepEqual(group(aggregate, 'five').protects, ['two']);
  });

  it('counts invalid stored records as rejected, by reason, and never counts them in', () => {
    const good = handTeam();
    const bad = [
      null,
      { id: 1 },
      { id: 2, cells: { 'hope.other': 6 } },
      { id: 3, cells: { 'hope.elsewhere': 3 } },
      { id: 4, cells: { 'hope.other': 3 }, talk: ['nowhere.else'] },
      { id: 5, cells: { 'hope.other': 3 }, energy: { hope: 0 } },
      { id: 6, team: 'not a key!', cells: {} },
      { id: 7, wave: 'w9', cells: {} },
    ];
    const { aggregate } = release([...good, ...bad], { release: 'r1', teams: TEAMS, waves: WAVES.slice(1) });
    assert.deepEqual(aggregate.rejected, { count: 8, reasons: { invalid_type: 2, out_of_range: 2, unknown_cell: 2, invalid_key: 1, unknown_wave: 1 } });
    assert.equal(group(aggregate, '@organisation').figures.n, 6);
  });

  it('holds back a team that grew by one answer since the last release of the wave', () => {
    const records = [...handTeam(), ...handTeam().map((r) => ({ ...r, id: r.id + 50, team: 'b' }))];
    const first = release(records, { release: 'r1', teams: TEAMS, waves: WAVES.slice(1) });
    records.push({ ...handTeam()[0], id: 999 });
    const second = release(records, { release: 'r2', teams: TEAMS, waves: WAVES.slice(1), ledger: first.entries });
    assert.deepEqual(second.aggregate.waves[0].groups.map((g) => [g.id, g.status]), [['@organisation', 'held'], ['a', 'held'], ['b', 'shown']]);
    assert.equal(JSON.stringify(second.aggregate).includes('"n":7'), false);
  });
});
