// The anonymity rules every group report shares live in one module (`releaseGroups` in
// `@goesting/core/server`). These properties run over random hierarchies and random sequences of
// releases for both reports: the workability report and the team mirror of the self-scan.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { releaseWorkability } from '@goesting/workability/server';
import { aggregateSchema, CONSTRUCTS } from '@goesting/workability/model';
import { releaseSelfscanTeam } from '@goesting/selfscan/server';
import { CELLS, PILLARS, teamAggregateSchema } from '@goesting/selfscan/model';

const workabilityScores = () => Object.fromEntries(CONSTRUCTS.map((c) => [c, ['stress', 'workload', 'emotional'].includes(c) ? 1 : 4]));
const selfscanNumbers = (k) => ({ cells: Object.fromEntries(CELLS.map((c, i) => [c, i % 5 === k % 5 ? null : 1 + ((i + k) % 5)])), energy: Object.fromEntries(PILLARS.map((p, i) => [p, 1 + ((i + k) % 5)])), talk: k % 3 ? [] : [CELLS[k % CELLS.length]] });

/** Both reports, each with how to store one person's numbers and its own aggregate schema. */
const REPORTS = [
  { name: 'the workability report', release: releaseWorkability, numbers: () => ({ scores: workabilityScores() }), schema: aggregateSchema },
  { name: 'the team mirror', release: releaseSelfscanTeam, numbers: selfscanNumbers, schema: teamAggregateSchema },
];

/**
 * What a reader holding every release can single out, worked out from the definition rather than
 * the guard's code: people in exactly the same published groups form one class; any sum a reader
 * can derive is a sum over whole classes. Returns the sizes of the classes with at least one group.
 */
function classesOf(published) {
  const signature = new Map();
  published.forEach((entry, k) => {
    for (const id of entry.records) signature.set(id, `${signature.get(id) ?? ''}|${k}`);
  });
  const sizes = new Map();
  for (const sig of signature.values()) sizes.set(sig, (sizes.get(sig) ?? 0) + 1);
  return sizes;
}

/** A random hierarchy of up to 10 teams: some under the organisation, some under an earlier team. */
const hierarchy = fc.array(fc.nat(9), { minLength: 1, maxLength: 10 }).map((parents) =>
  parents.map((p, i) => ({ id: `t${i}`, ...(p < i && p % 3 !== 0 ? { parent: `t${p}` } : {}) })),
);
const step = fc.record({
  // New answers since the last release: a team index (or none) each, in one of two waves.
  arrivals: fc.array(fc.record({ team: fc.option(fc.nat(9), { nil: undefined, freq: 6 }), wave: fc.constantFrom('w1', 'w1', 'w2') }), { maxLength: 25 }),
  teams: fc.option(hierarchy, { nil: undefined, freq: 2 }),
  minGroupSize: fc.constantFrom(undefined, 5, 6, 7),
});
const WAVES = [{ id: 'w1', open: true }, { id: 'w2', open: true }];

for (const report of REPORTS) {
  describe(`the release ledger of ${report.name}, over random hierarchies and sequences of releases`, () => {
    it('never lets anyone holding all releases of a wave single out fewer people than the minimum', () => {
      fc.assert(
        fc.property(hierarchy, fc.array(step, { minLength: 1, maxLength: 6 }), (initial, steps) => {
          let teams = initial;
          const records = [];
          const ledger = [];
          let id = 0;
          steps.forEach((s, k) => {
            if (s.teams) teams = s.teams;
            for (const a of s.arrivals) records.push({ id: ++id, ...(a.team !== undefined && a.team < teams.length ? { team: teams[a.team].id } : {}), wave: a.wave, ...report.numbers(id) });
            const released = report.release(records, { release: `r${k}`, teams, waves: WAVES, ...(s.minGroupSize ? { minGroupSize: s.minGroupSize } : {}), ledger });
            assert.equal(released.ok, true);
            const { aggregate, entries } = released.data;
            assert.equal(report.schema.safeParse(aggregate).success, true, 'the aggregate passes its own schema');
            for (const [w, wave] of aggregate.waves.entries()) {
              // Every shown figure is true and at least the minimum; hidden groups carry none.
              for (const g of wave.groups) {
                const entry = entries.find((e) => e.group === g.id && e.scope === WAVES[w].id);
                assert.equal(!!g.figures, !!entry);
                if (g.figures) assert.ok(g.figures.n >= aggregate.minGroupSize && g.figures.n === entry.records.length);
              }
            }
            for (const wave of WAVES) {
              const earlier = ledger.filter((e) => e.scope === wave.id);
              const before = classesOf(earlier);
              const now = [...earlier, ...entries.filter((e) => e.scope === wave.id)];
              for (const [sig, size] of classesOf(now)) {
                // A class this release left exactly as earlier releases made it is not this release's doing.
                const parts = sig.split('|').slice(1).map(Number);
                const old = parts.filter((i) => i < earlier.length).map((i) => `|${i}`).join('');
                if (old && before.get(old) === size) continue;
                assert.ok(size >= aggregate.minGroupSize, `release r${k}, ${wave.id}: a class of ${size} (${sig}) can be singled out`);
              }
            }
            ledger.push(...entries);
          });
        }),
        { numRuns: 150 },
      );
    });
  });
}

describe('one set of rules for both reports', () => {
  it('decides every group alike in both reports, for the same people in the same hierarchy and releases', () => {
    fc.assert(
      fc.property(hierarchy, fc.array(step, { minLength: 1, maxLength: 4 }), (initial, steps) => {
        let teams = initial;
        const people = [];
        const ledgers = REPORTS.map(() => []);
        let id = 0;
        steps.forEach((s, k) => {
          if (s.teams) teams = s.teams;
          for (const a of s.arrivals) people.push({ id: ++id, ...(a.team !== undefined && a.team < teams.length ? { team: teams[a.team].id } : {}), wave: a.wave });
          const decisions = REPORTS.map((report, r) => {
            const released = report.release(people.map((p) => ({ ...p, ...report.numbers(p.id) })), { release: `r${k}`, teams, waves: WAVES, ...(s.minGroupSize ? { minGroupSize: s.minGroupSize } : {}), ledger: ledgers[r] });
            ledgers[r].push(...released.data.entries);
            const { aggregate } = released.data;
            return {
              minGroupSize: aggregate.minGroupSize,
              groups: aggregate.waves.map((w) => w.groups.map(({ figures, ...g }) => ({ ...g, n: figures?.n }))),
              entries: released.data.entries,
            };
          });
          assert.deepEqual(decisions[1], decisions[0]);
        });
      }),
      { numRuns: 100 },
    );
  });
});
