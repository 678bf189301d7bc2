import { z } from 'zod/mini';
import { toValidationIssues } from '@goesting/core/model';
import { MIN_GROUP_FLOOR, guardRelease, type GuardGroup, type LedgerEntry, type RecordId } from '@goesting/core/server';
import { ANSWER_MAX, ANSWER_MIN, CONSTRUCTS, INDICATORS, type Construct, type Indicator } from '../model/constructs.js';
import { boundsFor, strain } from '../model/score.js';
import { keySchema, teamSchema, thresholdsSchema, type WorkabilityTeam } from '../model/schema.js';
import type { Parsed } from '../model/parse.js';
import {
  AGGREGATE_SCHEMA_VERSION,
  ORGANISATION,
  type ConfigWarning,
  type GroupAggregate,
  type RejectReason,
  type WaveAggregate,
  type WorkabilityAggregate,
} from '../model/aggregate.js';

const ledgerEntrySchema = z.object({
  release: keySchema,
  scope: z.string().check(z.maxLength(64)),
  group: z.string().check(z.maxLength(64)),
  minGroupSize: z.int().check(z.gte(MIN_GROUP_FLOOR)),
  // Hundreds of thousands of keys: checked by hand below, faster than a schema per element.
  records: z.custom<unknown[]>((value) => Array.isArray(value), { message: 'Expected an array of record keys.' }),
});

/** What a release needs beside the stored records. */
export const releaseOptionsSchema = z.object({
  /** The new release's key, as the ledger will know it. */
  release: keySchema,
  teams: z.optional(z.array(teamSchema).check(z.maxLength(2000))),
  /** The waves in order; `open: true` for one still running. Records of other waves are not counted. */
  waves: z.optional(z.array(z.object({ id: keySchema, label: z.optional(z.string().check(z.maxLength(120))), open: z.optional(z.boolean()) })).check(z.maxLength(100))),
  /** At least 5; a lower whole number is raised to 5 with a warning. */
  minGroupSize: z.optional(z.int().check(z.gte(1))),
  thresholds: z.optional(thresholdsSchema),
  /** Every earlier release's entries; those of the same wave are set against this one. */
  ledger: z.optional(z.array(ledgerEntrySchema)),
  /** `live`: open waves are released too, guarded by the ledger. `closed-waves`: only closed waves. */
  policy: z.optional(z.enum(['live', 'closed-waves'])),
});
export type ReleaseOptions = z.input<typeof releaseOptionsSchema>;

/** A record as the portal stored it, with the database's key. */
export interface StoredWorkabilityRecord {
  id: RecordId;
  team?: string | null;
  wave?: string | null;
  scores: Record<Construct, number>;
}

export interface WorkabilityRelease {
  aggregate: WorkabilityAggregate;
  /** What the portal adds to its ledger: per shown group, the records it covered. */
  entries: LedgerEntry[];
}

const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const C = CONSTRUCTS.length;
const I = INDICATORS.length;
const CONSTRUCT_SET: ReadonlySet<string> = new Set(CONSTRUCTS);

/** Checks one stored record by hand (a release reads hundreds of thousands); refuses it with one reason. */
function checkRecord(input: unknown): { ok: true; id: RecordId; team?: string; wave?: string; scores: Float64Array } | { ok: false; reason: RejectReason } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'invalid_type' };
  const doc = input as Record<string, unknown>;
  const id = doc['id'];
  if (!(typeof id === 'string' && id.length > 0 && id.length <= 64) && !Number.isSafeInteger(id)) return { ok: false, reason: 'invalid_type' };
  const scores = doc['scores'] as Record<string, unknown> | null | undefined;
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return { ok: false, reason: 'invalid_type' };
  let known = 0;
  const values = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const construct = CONSTRUCTS[c]!;
    if (!Object.hasOwn(scores, construct)) continue;
    known++;
    const score = scores[construct];
    if (score === undefined || score === null) return { ok: false, reason: 'missing_construct' };
    if (typeof score !== 'number' || !Number.isFinite(score)) return { ok: false, reason: 'invalid_type' };
    if (score < ANSWER_MIN || score > ANSWER_MAX) return { ok: false, reason: 'out_of_range' };
    values[c] = score;
  }
  if (known < CONSTRUCTS.length) {
    return { ok: false, reason: Object.keys(scores).some((key) => !CONSTRUCT_SET.has(key)) ? 'unknown_construct' : 'missing_construct' };
  }
  if (Object.keys(scores).length > known) return { ok: false, reason: 'unknown_construct' };
  const keys: { team?: string; wave?: string } = {};
  for (const field of ['team', 'wave'] as const) {
    const key = doc[field];
    if (key === undefined || key === null) continue;
    if (typeof key !== 'string' || !KEY.test(key)) return { ok: false, reason: 'invalid_key' };
    keys[field] = key;
  }
  return { ok: true, id: id as RecordId, ...keys, scores: values };
}

interface TreeNode {
  id: string;
  label?: string;
  parent: number;
  depth: number;
}

/** The organisation with its teams as a tree, parent before child; unknown parents and cycles fall back to the organisation. */
function buildTree(teams: readonly WorkabilityTeam[], warnings: ConfigWarning[]): TreeNode[] {
  const byId = new Map<string, WorkabilityTeam>();
  for (const team of teams) {
    if (byId.has(team.id)) warnings.push({ code: 'duplicate_team', params: { team: team.id } });
    else byId.set(team.id, team);
  }
  const parentOf = (team: WorkabilityTeam): string => {
    if (!team.parent) return ORGANISATION;
    if (!byId.has(team.parent)) {
      warnings.push({ code: 'unknown_parent', params: { team: team.id, parent: team.parent } });
      return ORGANISATION;
    }
    // A cycle (a team above itself) would never reach the organisation: cut it there.
    const seen = new Set([team.id]);
    for (let p: string | null | undefined = team.parent; p; p = byId.get(p)?.parent) {
      if (seen.has(p)) {
        warnings.push({ code: 'team_cycle', params: { team: team.id } });
        return ORGANISATION;
      }
      seen.add(p);
    }
    return team.parent;
  };
  const childIds = new Map<string, string[]>([[ORGANISATION, []]]);
  for (const team of byId.values()) {
    const parent = parentOf(team);
    if (!childIds.has(parent)) childIds.set(parent, []);
    childIds.get(parent)!.push(team.id);
  }
  const nodes: TreeNode[] = [];
  // Depth-first without recursion: a deep hierarchy cannot overflow the stack.
  const stack: { id: string; parent: number; depth: number }[] = [{ id: ORGANISATION, parent: -1, depth: 0 }];
  while (stack.length) {
    const { id, parent, depth } = stack.pop()!;
    const label = byId.get(id)?.label;
    nodes.push({ id, ...(label ? { label } : {}), parent, depth });
    const index = nodes.length - 1;
    const children = childIds.get(id) ?? [];
    for (let k = children.length - 1; k >= 0; k--) stack.push({ id: children[k]!, parent: index, depth: depth + 1 });
  }
  return nodes;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (part: number, whole: number) => Math.round((100 * part) / whole);

/**
 * Releases the report of stored records: per wave and group % werkbaar, % in the problem zone per
 * indicator and the mean per topic, with every anonymity rule applied here, on the server: the
 * minimum group (at least 5; 3–4 limited insight), the differencing guard inside the release, and
 * the ledger, against which every group is checked before it is shown. A group that may not be
 * shown carries no figures at all. Returns the aggregate for HR and the entries the portal adds
 * to its ledger in the same transaction; invalid options are refused with reasons.
 */
export function releaseWorkability(records: readonly unknown[], options: ReleaseOptions): Parsed<WorkabilityRelease> {
  const parsed = releaseOptionsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, code: 'invalid-config', issues: toValidationIssues(parsed.error.issues) };
  const settings = parsed.data;
  const ledger = settings.ledger ?? [];
  const badLedger = ledger.findIndex((e) => !e.records.every((id) => (typeof id === 'string' && id.length <= 64) || Number.isSafeInteger(id)));
  if (badLedger >= 0) {
    return { ok: false, code: 'invalid-config', issues: [{ path: `ledger[${badLedger}].records`, code: 'invalid_type', message: 'Record keys are whole numbers or short strings.' }] };
  }
  if (ledger.some((e) => e.release === settings.release)) {
    return { ok: false, code: 'invalid-config', issues: [{ path: 'release', code: 'duplicate_release', message: 'The ledger already has a release with this key.', params: { release: settings.release } }] };
  }

  const warnings: ConfigWarning[] = [];
  const requested = settings.minGroupSize ?? MIN_GROUP_FLOOR;
  if (requested < MIN_GROUP_FLOOR) warnings.push({ code: 'min_group_raised', params: { given: requested, used: MIN_GROUP_FLOOR } });

  const valid: Exclude<ReturnType<typeof checkRecord>, { ok: false }>[] = [];
  const reasons: Partial<Record<RejectReason, number>> = {};
  const reject = (reason: RejectReason) => (reasons[reason] = (reasons[reason] ?? 0) + 1);
  for (const record of Array.isArray(records) ? records : []) {
    const checked = checkRecord(record);
    if (checked.ok) valid.push(checked);
    else reject(checked.reason);
  }

  const teams = settings.teams ?? [...new Set(valid.map((r) => r.team).filter((t): t is string => !!t))].sort().map((id) => ({ id }));
  const nodes = buildTree(teams, warnings);
  const nodeOf = new Map(nodes.map((node, i) => [node.id, i]));
  const redFrom = INDICATORS.map((c) => boundsFor(c, settings.thresholds).red);

  const waveList = settings.waves ?? [...new Set(valid.map((r) => r.wave ?? ''))].sort().map((id) => ({ id, open: false as boolean | undefined, label: undefined as string | undefined }));
  if (!waveList.length) waveList.push({ id: '', open: false, label: undefined });
  const byWave = new Map<string, typeof valid>(waveList.map((w) => [w.id, []]));
  for (const record of valid) {
    const list = byWave.get(record.wave ?? '');
    if (list) list.push(record);
    else reject('unknown_wave');
  }
  const releasable = waveList.filter((w) => settings.policy !== 'closed-waves' || !w.open);
  const pending = waveList.filter((w) => !releasable.includes(w)).map((w) => ({ id: w.id, ...(w.label ? { label: w.label } : {}) }));

  // One minimum for the whole release: the host's, raised to the highest that earlier releases of these waves used.
  const scopes = new Set(releasable.map((w) => w.id));
  const fromLedger = ledger.reduce((m, e) => (scopes.has(e.scope) ? Math.max(m, e.minGroupSize) : m), 0);
  const minGroupSize = Math.max(MIN_GROUP_FLOOR, requested, fromLedger);
  if (fromLedger > Math.max(MIN_GROUP_FLOOR, requested)) warnings.push({ code: 'min_group_from_ledger', params: { given: requested, used: fromLedger } });
  const entries: LedgerEntry[] = [];
  const waves = releasable.map((wave): WaveAggregate => {
    const list = byWave.get(wave.id)!;
    // Counts and sums per node, then rolled up from each team to the organisation; record keys per node for the guard.
    const n = new Float64Array(nodes.length);
    const werkbaar = new Float64Array(nodes.length);
    const sums = new Float64Array(nodes.length * C);
    const red = new Float64Array(nodes.length * I);
    const members: RecordId[][] = nodes.map(() => []);
    for (const record of list) {
      const node = (record.team !== undefined ? nodeOf.get(record.team) : undefined) ?? 0;
      n[node]!++;
      members[node]!.push(record.id);
      let problem = false;
      for (let c = 0; c < C; c++) {
        const score = record.scores[c]!;
        sums[node * C + c]! += score;
        if (c < I && strain(CONSTRUCTS[c]!, score) >= redFrom[c]!) {
          red[node * I + c]!++;
          problem = true;
        }
      }
      if (!problem) werkbaar[node]!++;
    }
    // Children come after their parent in `nodes`, so one backward pass rolls everything up.
    for (let i = nodes.length - 1; i > 0; i--) {
      const p = nodes[i]!.parent;
      n[p]! += n[i]!;
      werkbaar[p]! += werkbaar[i]!;
      for (let c = 0; c < C; c++) sums[p * C + c]! += sums[i * C + c]!;
      for (let c = 0; c < I; c++) red[p * I + c]! += red[i * I + c]!;
      const into = members[p]!;
      for (const id of members[i]!) into.push(id);
    }
    const groups: GuardGroup[] = nodes.map((node, i) => ({ id: node.id, parent: node.parent, records: members[i]! }));
    const guard = guardRelease(groups, { release: settings.release, scope: wave.id, minGroupSize, ledger: ledger as LedgerEntry[] });
    entries.push(...guard.entries);
    return {
      id: wave.id,
      ...(wave.label ? { label: wave.label } : {}),
      groups: nodes.map((node, i): GroupAggregate => {
        const decision = guard.decisions[i]!;
        const group: GroupAggregate = { id: node.id, ...(node.label ? { label: node.label } : {}), parent: node.parent < 0 ? null : nodes[node.parent]!.id, depth: node.depth, status: decision.status };
        if (decision.status === 'shown') {
          const count = n[i]!;
          group.figures = {
            n: count,
            werkbaarPct: pct(werkbaar[i]!, count),
            problemPct: Object.fromEntries(INDICATORS.map((c, k) => [c, pct(red[i * I + k]!, count)])) as Record<Indicator, number>,
            means: Object.fromEntries(CONSTRUCTS.map((c, k) => [c, round1(sums[i * C + k]! / count)])) as Record<Construct, number>,
          };
        }
        if (decision.protects) group.protects = decision.protects.map((s) => nodes[s]!.id);
        if (decision.within !== undefined) group.within = nodes[decision.within]!.id;
        if (decision.heldBy) group.heldBy = decision.heldBy;
        return group;
      }),
    };
  });

  const bounds = boundsFor('stress', { orange: settings.thresholds?.orange, red: settings.thresholds?.red });
  const rejected = Object.values(reasons).reduce((a, b) => a + b, 0);
  return {
    ok: true,
    data: {
      aggregate: {
        schemaVersion: AGGREGATE_SCHEMA_VERSION,
        release: settings.release,
        minGroupSize,
        thresholds: { ...bounds, ...(settings.thresholds?.constructs ? { constructs: settings.thresholds.constructs } : {}) },
        waves,
        pending,
        rejected: { count: rejected, reasons },
        warnings,
      },
      entries,
    },
  };
}
