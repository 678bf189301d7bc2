// What a portal's back end runs for the workability report, in Node on the built package: ingest
// re-scores on the server, release applies every anonymity rule, and the ledger guards each
// release against all earlier ones (the properties over random sequences of releases, shared
// with the team mirror, are in anonymity.test.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { INGEST_ISSUE_CODES, ingestWorkability, releaseWorkability } from '@goesting/workability/server';
import { CONSTRUCTS, FULL_ITEMS, PULSE_ITEMS, aggregateSchema, aggregateToCsv, aggregateToJson, parseWorkabilityAggregate, recordSchema } from '@goesting/workability/model';

const TEAMS = [{ id: 'a', label: 'Team A' }, { id: 'b', label: 'Team B' }];
const WAVES = [{ id: 'w1', label: 'Voorjaar' }];

/** A check's `goesting-complete` detail as the browser sends it. */
function detail({ team = 'a', wave = 'w1', answer = () => 2, variant = 'pulse', result } = {}) {
  const items = variant === 'full' ? FULL_ITEMS : PULSE_ITEMS;
  const value = { schemaVersion: 1, variant, answers: Object.fromEntries(items.map((item, i) => [item.id, answer(item, i)])), completed: true, date: '2026-03-02' };
  return { widget: 'workability-check', schemaVersion: 1, value, result: result ?? { schemaVersion: 1, variant, team, wave, scores: {}, zones: {}, werkbaar: null } };
}

/** No strain at all: 1 where higher is worse, 4 elsewhere. */
const easyScores = () => Object.fromEntries(CONSTRUCTS.map((c) => [c, ['stress', 'workload', 'emotional'].includes(c) ? 1 : 4]));
let nextId = 1;
const stored = (team, wave, scores = easyScores()) => ({ id: nextId++, ...(team ? { team } : {}), ...(wave ? { wave } : {}), day: '2026-03-02', scores, zones: {}, werkbaar: true });
const many = (count, make) => Array.from({ length: count }, make);
const group = (aggregate, id, wave = 0) => aggregate.waves[wave].groups.find((g) => g.id === id);
const release = (records, options) => {
  const released = releaseWorkability(records, options);
  assert.equal(released.ok, true, JSON.stringify(released.issues));
  assert.equal(aggregateSchema.safeParse(released.data.aggregate).success, true, 'the aggregate passes its own schema');
  return released.data;
};

describe('ingest of a completed check', () => {
  it('re-scores from the answers and keeps only topic scores, zones, werkbaar, team, wave and day', () => {
    const forged = detail({ answer: () => 4, result: { schemaVersion: 1, variant: 'pulse', team: 'a', wave: 'w1', scores: Object.fromEntries(CONSTRUCTS.map((c) => [c, 1])), werkbaar: true } });
    const ingested = ingestWorkability(forged, { teams: TEAMS, waves: WAVES, day: '2026-03-04' });
    assert.equal(ingested.ok, true);
    const record = ingested.data;
    assert.deepEqual(Object.keys(record).sort(), ['day', 'scores', 'team', 'wave', 'werkbaar', 'zones']);
    // Every answer "always": work stress 4 (red), motivation 4 (green), whatever the forged result said.
    assert.equal(record.scores.stress, 4);
    assert.equal(record.zones.stress, 'red');
    assert.equal(record.werkbaar, false);
    assert.equal(record.day, '2026-03-04');
    assert.equal(recordSchema.safeParse(record).success, true);
    assert.doesNotMatch(JSON.stringify(record), /stress-1|2026-03-02|T\d\d:/);
  });

  it('scores the full check with its reverse-keyed statements', () => {
    const ingested = ingestWorkability(detail({ variant: 'full', answer: () => 1 }), { teams: TEAMS, waves: WAVES });
    assert.equal(ingested.ok, true);
    // stress-3 is worded the other way round: 1, 1 and 4 make 2.
    assert.equal(ingested.data.scores.stress, 2);
  });

  it('refuses, with reasons, what it cannot trust, and stores nothing of it', () => {
    const cases = [
      ['{not json', 'invalid-json', ''],
      [{ ...detail(), widget: 'selfscan' }, 'invalid-value', 'widget'],
      [detail({ answer: (item, i) => (i === 0 ? 7 : 2) }), 'invalid-value', 'value.answers.stress-1'],
      [{ ...detail(), value: { ...detail().value, answers: Object.fromEntries(Object.entries(detail().value.answers).slice(1)) } }, 'invalid-value', 'value.answers'],
      [{ ...detail(), value: { ...detail().value, completed: false } }, 'invalid-value', 'value.completed'],
      [{ ...detail(), value: { ...detail().value, answers: { ...detail().value.answers, constructor: 2 } } }, 'invalid-value', 'value.answers.constructor'],
      [{ ...detail(), value: { ...detail().value, schemaVersion: 99 } }, 'unsupported-version', 'value.schemaVersion'],
      [detail({ team: 'zz' }), 'invalid-value', 'result.team'],
      [detail({ team: '' }), 'invalid-value', 'result.team'],
      [detail({ wave: 'unknown-wave' }), 'invalid-value', 'result.wave'],
      [detail({ wave: 'w0' }), 'invalid-value', 'result.wave'],
      [null, 'invalid-value', ''],
    ];
    for (const [input, code, path] of cases) {
      const ingested = ingestWorkability(input, { teams: TEAMS, waves: [{ id: 'w0', label: 'Najaar', open: false }, ...WAVES] });
      assert.equal(ingested.ok, false, JSON.stringify(input)?.slice(0, 80));
      assert.equal(ingested.code, code);
      assert.ok(ingested.issues.some((i) => i.path === path), `${path} in ${JSON.stringify(ingested.issues)}`);
      assert.equal('data' in ingested, false);
    }
    const closed = ingestWorkability(detail({ wave: 'w0' }), { teams: TEAMS, waves: [{ id: 'w0', open: false }, ...WAVES] });
    assert.deepEqual(closed.issues.map((i) => i.code), ['closed_wave']);
    for (const i of ingestWorkability(detail({ team: 'zz', wave: 'zz' }), { teams: TEAMS, waves: WAVES }).issues) assert.ok(INGEST_ISSUE_CODES.includes(i.code), i.code);
  });

  it('refuses invalid portal settings instead of guessing', () => {
    const ingested = ingestWorkability(detail(), { teams: [{ id: '@organisation' }], waves: WAVES });
    assert.equal(ingested.ok, false);
    assert.equal(ingested.code, 'invalid-config');
  });
});

describe('release of stored records', () => {
  it('computes % werkbaar, % per indicator in the red zone and means per group', () => {
    const strained = () => stored('a', undefined, { ...easyScores(), stress: 4 });
    const { aggregate } = release([...many(6, () => stored('a')), ...many(4, strained)], { release: 'r1' });
    const a = group(aggregate, 'a').figures;
    assert.deepEqual([a.n, a.werkbaarPct, a.problemPct.stress, a.means.stress], [10, 60, 40, 2.2]);
    assert.equal(group(aggregate, '@organisation').figures.n, 10);
  });

  it('shows nothing numeric below the minimum: limited insight at 3–4, too few at 1–2', () => {
    const { aggregate } = release([...many(20, () => stored('big')), ...many(4, () => stored('four')), ...many(2, () => stored('two')), ...many(5, () => stored('five'))], { release: 'r1' });
    assert.equal(group(aggregate, 'four').status, 'limited');
    assert.equal(group(aggregate, 'two').status, 'too-few');
    for (const id of ['four', 'two']) assert.equal(group(aggregate, id).figures, undefined);
  });

  it('hides the team of 5 beside teams of 7 and 4 under a parent of 16, and says which team it protects', () => {
    const teams = [{ id: 'dept', label: 'Afdeling' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'four', parent: 'dept' }];
    const { aggregate } = release([...many(7, () => stored('seven')), ...many(5, () => stored('five')), ...many(4, () => stored('four'))], { release: 'r1', teams });
    assert.deepEqual(group(aggregate, 'five'), { id: 'five', parent: 'dept', depth: 2, status: 'protected', protects: ['four'], within: 'dept' });
    assert.equal(group(aggregate, 'dept').figures.n, 16);
  });

  it('protects answers without a team from “the rest of the organisation”', () => {
    const { aggregate } = release([...many(12, () => stored('a')), ...many(9, () => stored('b')), ...many(2, () => stored())], { release: 'r1' });
    assert.equal(group(aggregate, 'b').status, 'protected');
    assert.deepEqual(group(aggregate, 'b').protects, []);
  });

  it('raises a minimum below 5 with a warning, and refuses one that is not a whole number', () => {
    const { aggregate } = release(many(6, () => stored('a')), { release: 'r1', minGroupSize: 3 });
    assert.equal(aggregate.minGroupSize, 5);
    assert.deepEqual(aggregate.warnings, [{ code: 'min_group_raised', params: { given: 3, used: 5 } }]);
    for (const minGroupSize of [Infinity, NaN, 5.5, '7', -1]) {
      const refused = releaseWorkability([], { release: 'r2', minGroupSize });
      assert.equal(refused.ok, false, String(minGroupSize));
      assert.equal(refused.code, 'invalid-config');
      assert.equal(refused.issues[0].path, 'minGroupSize');
    }
  });

  it('refuses a team named like the whole organisation instead of running into a loop', () => {
    const refused = releaseWorkability(many(6, () => stored('a')), { release: 'r1', teams: [{ id: '@organisation', parent: '@organisation' }] });
    assert.equal(refused.ok, false);
    assert.equal(refused.issues[0].path, 'teams[0].id');
  });

  it('takes teams as database rows give them, with a null parent', () => {
    const { aggregate } = release(many(6, () => stored('a')), { release: 'r1', teams: [{ id: 'a', label: 'Team A', parent: null }] });
    assert.deepEqual(aggregate.waves[0].groups.map((g) => [g.id, g.parent, g.status]), [['@organisation', null, 'shown'], ['a', '@organisation', 'shown']]);
  });

  it('cuts team cycles and unknown parents with a warning, and survives a hierarchy 2,000 deep', () => {
    const cyclic = release(many(6, () => stored('x')), { release: 'r1', teams: [{ id: 'x', parent: 'y' }, { id: 'y', parent: 'x' }, { id: 'z', parent: 'nowhere' }] });
    assert.deepEqual(cyclic.aggregate.warnings.map((w) => w.code).sort(), ['team_cycle', 'team_cycle', 'unknown_parent']);
    const chain = Array.from({ length: 2000 }, (_, i) => ({ id: `t${i}`, ...(i ? { parent: `t${i - 1}` } : {}) }));
    const deep = releaseWorkability(many(6, () => stored('t1999')), { release: 'r1', teams: chain });
    assert.equal(deep.ok, true);
  });

  it('counts invalid stored records as rejected, by reason, and never averages them in', () => {
    const bad = [null, { id: 1 }, { id: 'x', scores: { ...easyScores(), mood: 2 } }, { id: 'y', scores: { ...easyScores(), workload: 5 } }, { id: 'z', team: 'not a key!', scores: easyScores() }, { id: 'q', wave: 'w9', scores: easyScores() }];
    const { aggregate } = release([...many(5, () => stored('a', 'w1')), ...bad], { release: 'r1', waves: WAVES });
    assert.deepEqual(aggregate.rejected, { count: 6, reasons: { invalid_type: 2, unknown_construct: 1, out_of_range: 1, invalid_key: 1, unknown_wave: 1 } });
    assert.equal(group(aggregate, '@organisation').figures.n, 5);
  });

  it('reads scores in any key order or form, and refuses each faulty record for its first fault (random records)', () => {
    // The rules, construct by construct in the order of CONSTRUCTS: the release must count exactly these.
    const reasonFor = (scores) => {
      let known = 0;
      for (const c of CONSTRUCTS) {
        if (!Object.hasOwn(scores, c)) continue;
        known++;
        const score = scores[c];
        if (score === null || score === undefined) return 'missing_construct';
        if (typeof score !== 'number' || !Number.isFinite(score)) return 'invalid_type';
        if (score < 1 || score > 4) return 'out_of_range';
      }
      const keys = Object.keys(scores);
      if (known < CONSTRUCTS.length) return keys.some((key) => !CONSTRUCTS.includes(key)) ? 'unknown_construct' : 'missing_construct';
      return keys.length > known ? 'unknown_construct' : null;
    };
    const value = fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) },
      { weight: 3, arbitrary: fc.double({ min: 1, max: 4, noNaN: true }) },
      fc.constantFrom(0, 5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, '3', 2n),
    );
    const scores = fc
      .record({
        order: fc.shuffledSubarray([...CONSTRUCTS], { minLength: CONSTRUCTS.length, maxLength: CONSTRUCTS.length }),
        values: fc.array(value, { minLength: CONSTRUCTS.length, maxLength: CONSTRUCTS.length }),
        missing: fc.option(fc.constantFrom(...CONSTRUCTS), { freq: 8 }),
        extra: fc.option(fc.constantFrom('mood', 'toString', '0'), { freq: 8 }),
        bare: fc.boolean(),
      })
      .map(({ order, values, missing, extra, bare }) => {
        const out = bare ? Object.create(null) : {};
        order.forEach((c, k) => c !== missing && (out[c] = values[k]));
        if (extra !== null) out[extra] = 2;
        return out;
      });
    fc.assert(
      fc.property(fc.array(scores, { minLength: 5, maxLength: 40 }), (list) => {
        const records = list.map((s, k) => ({ id: k + 1, team: 'a', scores: s }));
        const expected = list.map(reasonFor);
        const counted = {};
        for (const reason of expected) if (reason) counted[reason] = (counted[reason] ?? 0) + 1;
        const valid = list.filter((_, k) => expected[k] === null);
        const { aggregate } = release(records, { release: 'r1', teams: TEAMS, minGroupSize: 5 });
        assert.deepEqual(aggregate.rejected, { count: list.length - valid.length, reasons: counted });
        const organisation = group(aggregate, '@organisation');
        if (valid.length < 5) return assert.equal(organisation.figures, undefined);
        assert.equal(organisation.figures.n, valid.length);
        for (const c of CONSTRUCTS) assert.equal(organisation.figures.means[c], Math.round((10 * valid.reduce((sum, s) => sum + s[c], 0)) / valid.length) / 10, c);
      }),
      { numRuns: 150 },
    );
  });

  it('releases only closed waves when the portal asks for that', () => {
    const waves = [{ id: 'w1', label: 'Voorjaar' }, { id: 'w2', label: 'Najaar', open: true }];
    const records = [...many(6, () => stored('a', 'w1')), ...many(6, () => stored('a', 'w2'))];
    const closedOnly = release(records, { release: 'r1', waves, policy: 'closed-waves' });
    assert.deepEqual(closedOnly.aggregate.waves.map((w) => w.id), ['w1']);
    assert.deepEqual(closedOnly.aggregate.pending, [{ id: 'w2', label: 'Najaar' }]);
    assert.deepEqual([...new Set(closedOnly.entries.map((e) => e.scope))], ['w1']);
    const live = release(records, { release: 'r1', waves, policy: 'live' });
    assert.deepEqual(live.aggregate.waves.map((w) => w.id), ['w1', 'w2']);
  });

  it('exports CSV and JSON with hidden groups as status only, safe in a spreadsheet', () => {
    const teams = [{ id: 'dept', label: '=Afdeling, "Noord"' }, { id: 'seven', parent: 'dept' }, { id: 'five', parent: 'dept' }, { id: 'four', parent: 'dept' }];
    const { aggregate } = release([...many(7, () => stored('seven')), ...many(5, () => stored('five')), ...many(4, () => stored('four'))], { release: 'r1', teams });
    const csv = aggregateToCsv(aggregate).trim().split('\r\n');
    assert.equal(csv[1].split(',').slice(0, 5).join(','), `,'@organisation,,,shown`);
    assert.equal(csv[2], `,dept,"'=Afdeling, ""Noord""",'@organisation,shown,16,100,0,0,0,0,1,4,4,4,1,1,4,4,4,4`);
    assert.equal(csv.find((row) => row.includes(',five,')), ',five,,dept,protected,,,,,,,,,,,,,,,,');
    assert.deepEqual(JSON.parse(aggregateToJson(aggregate)), aggregate);
  });
});

describe('what the report accepts as a released aggregate', () => {
  it('refuses a wave that lists a group before its parent, twice, or without the organisation first, as no release writes one', () => {
    const records = [...many(6, () => stored('a', 'w1')), ...many(6, () => stored('b', 'w1')), ...many(6, () => stored('a', 'w2'))];
    const { aggregate } = release(records, { release: 'r1', teams: TEAMS, waves: [{ id: 'w1' }, { id: 'w2' }] });
    const broken = [
      { ...aggregate, waves: [aggregate.waves[0], { ...aggregate.waves[1], groups: [...aggregate.waves[1].groups, aggregate.waves[1].groups[1]] }] },
      { ...aggregate, waves: [{ ...aggregate.waves[0], groups: [...aggregate.waves[0].groups].reverse() }] },
      { ...aggregate, waves: [{ ...aggregate.waves[0], groups: [aggregate.waves[0].groups[0], { ...aggregate.waves[0].groups[1], parent: 'b' }, aggregate.waves[0].groups[2]] }] },
    ];
    for (const doc of broken) {
      const parsed = parseWorkabilityAggregate(doc);
      assert.equal(parsed.ok, false);
      assert.ok(parsed.issues.some((i) => i.code === 'group_tree'), JSON.stringify(parsed.issues));
    }
    assert.equal(parseWorkabilityAggregate(aggregate).ok, true);
    // Waves of two releases under different hierarchies, side by side, are fine.
    assert.equal(parseWorkabilityAggregate({ ...aggregate, waves: [aggregate.waves[0], { ...aggregate.waves[1], groups: aggregate.waves[1].groups.slice(0, 2) }] }).ok, true);
  });
});

describe('what leaves the server', () => {
  it('starts no CSV cell like a formula, whatever the labels and keys (random hierarchies)', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,12}$/);
    const label = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ id: key, label }), { minLength: 1, maxLength: 6, selector: (t) => t.id }), key, (teams, wave) => {
        const records = teams.flatMap((t) => many(5, () => stored(t.id, wave)));
        const { aggregate } = release(records, { release: 'r1', teams, waves: [{ id: wave, label: '=SUM(A1)' }] });
        for (const row of aggregateToCsv(aggregate).trim().split('\r\n').slice(1)) {
          // A quoted cell may hold commas; what a spreadsheet reads first is the character after the quote.
          for (const cell of row.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''))) {
            assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@\t\r]/, row);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a __proto__ key anywhere in a detail, and leaves Object.prototype alone', () => {
    const text = JSON.stringify(detail()).replace('"answers":{', '"answers":{"__proto__":{"polluted":true},');
    for (const input of [text, JSON.parse(text)]) {
      const ingested = ingestWorkability(input, { teams: TEAMS, waves: WAVES });
      assert.equal(ingested.ok, false);
      assert.deepEqual(ingested.issues.map((i) => [i.path, i.code]), [['value.answers.__proto__', 'forbidden_key']]);
    }
    for (const id of ['constructor', 'toString', 'hasOwnProperty']) {
      const ingested = ingestWorkability({ ...detail(), value: { ...detail().value, answers: { ...detail().value.answers, [id]: 2 } } }, { teams: TEAMS, waves: WAVES });
      assert.deepEqual(ingested.issues.map((i) => [i.path, i.code]), [[`value.answers.${id}`, 'unknown_item']]);
    }
    assert.equal({}.polluted, undefined);
  });
});

describe('the release ledger', () => {
  it('holds back a team that grew from 10 to 11 answers in a live wave, and its parents, until 5 more arrived', () => {
    const records = [...many(10, () => stored('a', 'w1')), ...many(10, () => stored('b', 'w1'))];
    const first = release(records, { release: 'r1', teams: TEAMS, waves: WAVES });
    records.push(stored('a', 'w1', { ...easyScores(), stress: 4 }));
    const second = release(records, { release: 'r2', teams: TEAMS, waves: WAVES, ledger: first.entries });
    assert.deepEqual(second.aggregate.waves[0].groups.map((g) => [g.id, g.status, g.heldBy]), [
      ['@organisation', 'held', ['r1']],
      ['a', 'held', ['r1']],
      ['b', 'shown', undefined],
    ]);
    // The newcomer's zone cannot be had by subtraction: nothing of a or the organisation changed hands.
    assert.equal(JSON.stringify(second.aggregate).includes('"n":11'), false);
    records.push(...many(4, () => stored('a', 'w1')));
    const third = release(records, { release: 'r3', teams: TEAMS, waves: WAVES, ledger: [...first.entries, ...second.entries] });
    assert.equal(group(third.aggregate, 'a').figures.n, 15);
    assert.equal(group(third.aggregate, '@organisation').figures.n, 25);
  });

  it('holds back the new parent when the same answers come under another hierarchy (P − A would give B)', () => {
    // a 6, b 1, c 7, e 4 and one answer without a team: the organisation minus a and c leaves 6 people, so a and c are shown.
    const records = [...many(6, () => stored('a', 'w1')), stored('b', 'w1'), ...many(7, () => stored('c', 'w1')), ...many(4, () => stored('e', 'w1')), stored(undefined, 'w1')];
    const flat = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'e' }];
    const first = release(records, { release: 'r1', teams: flat, waves: WAVES });
    assert.deepEqual(first.aggregate.waves[0].groups.map((g) => g.status), ['shown', 'shown', 'too-few', 'shown', 'limited']);
    // Under a new parent P of a and b, P (7) alone passes every rule inside the release; beside release 1's a (6) it gives b.
    const nested = [{ id: 'p', label: 'Nieuwe afdeling' }, { id: 'a', parent: 'p' }, { id: 'b', parent: 'p' }, { id: 'c' }, { id: 'e' }];
    const second = release(records, { release: 'r2', teams: nested, waves: WAVES, ledger: first.entries });
    const p = group(second.aggregate, 'p');
    assert.equal(p.status, 'held');
    assert.deepEqual(p.heldBy, ['r1']);
    assert.equal(group(second.aggregate, 'b').figures, undefined);
  });

  it('keeps the highest minimum an earlier release of the wave used', () => {
    const records = many(12, () => stored('a', 'w1'));
    const first = release(records, { release: 'r1', waves: WAVES, minGroupSize: 10 });
    const second = release(records, { release: 'r2', waves: WAVES, minGroupSize: 5, ledger: first.entries });
    assert.equal(second.aggregate.minGroupSize, 10);
    assert.deepEqual(second.aggregate.warnings, [{ code: 'min_group_from_ledger', params: { given: 5, used: 10 } }]);
  });

  it('sets a release only against earlier releases of the same wave', () => {
    const w1 = many(10, () => stored('a', 'w1'));
    const first = release(w1, { release: 'r1', teams: TEAMS, waves: [{ id: 'w1' }, { id: 'w2' }] });
    const second = release([...w1, ...many(6, () => stored('a', 'w2'))], { release: 'r2', teams: TEAMS, waves: [{ id: 'w1' }, { id: 'w2' }], ledger: first.entries });
    assert.equal(group(second.aggregate, 'a', 1).figures.n, 6);
  });

  it('refuses a release key the ledger already has, and a ledger with unusable record keys', () => {
    const first = release(many(6, () => stored('a')), { release: 'r1' });
    assert.equal(releaseWorkability([], { release: 'r1', ledger: first.entries }).issues[0].code, 'duplicate_release');
    const refused = (entry) => {
      const result = releaseWorkability([], { release: 'r2', ledger: [first.entries[0], entry] });
      assert.equal(result.ok, false);
      return result.issues.map((issue) => issue.path);
    };
    assert.deepEqual(refused({ ...first.entries[0], records: [{}] }), ['ledger[1].records']);
    assert.deepEqual(refused({ ...first.entries[0], records: [1, ''] }), ['ledger[1].records']);
    assert.deepEqual(refused({ ...first.entries[0], minGroupSize: 3 }), ['ledger[1].minGroupSize']);
    assert.deepEqual(refused({ ...first.entries[0], release: 'not a key!', scope: 7 }), ['ledger[1].release', 'ledger[1].scope']);
    assert.deepEqual(refused('r1'), ['ledger[1]']);
    assert.equal(releaseWorkability([], { release: 'r2', ledger: {} }).issues[0].path, 'ledger');
  });
});
