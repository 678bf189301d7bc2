import { z } from 'zod/mini';
import { toValidationIssues, type ValidationIssue } from '../model/issues.js';
import { ORGANISATION, keySchema, teamSchema, waveOptionSchema, type ConfigWarning, type GroupTeam } from '../model/groups.js';
import { MIN_GROUP_FLOOR, guardRelease, type GroupStatus, type GuardGroup, type LedgerEntry, type RecordId } from './release-guard.js';

/**
 * The release every group report makes of stored records, in one place: read the records, build
 * the hierarchy, split by wave, sum per group and roll the sums up to the organisation, then let
 * the guard decide per group (minimum group, limited insight, the differencing guard, the ledger).
 * A report only says how to read one record into numbers and how to turn a group's sums into its
 * figures; it never decides who may be seen.
 */

export const ledgerEntrySchema = z.object({
  release: keySchema,
  scope: z.string().check(z.maxLength(64)),
  group: z.string().check(z.maxLength(64)),
  minGroupSize: z.int().check(z.gte(MIN_GROUP_FLOOR)),
  // Hundreds of thousands of keys: checked by hand in `releaseGroups`, faster than a schema per element.
  records: z.custom<unknown[]>((value) => Array.isArray(value), { message: 'Expected an array of record keys.' }),
});

/** What every release needs beside the stored records; a report may add its own settings. */
export const groupReleaseOptionsShape = {
  /** The new release's key, as the ledger will know it. */
  release: keySchema,
  teams: z.optional(z.array(teamSchema).check(z.maxLength(2000))),
  /** The waves in order; `open: true` for one still running. Records of other waves are not counted. */
  waves: z.optional(z.array(waveOptionSchema).check(z.maxLength(100))),
  /** At least 5; a lower whole number is raised to 5 with a warning. */
  minGroupSize: z.optional(z.int().check(z.gte(1))),
  /** Every earlier release's entries; those of the same wave are set against this one. */
  ledger: z.optional(z.array(ledgerEntrySchema)),
  /** `live`: open waves are released too, guarded by the ledger. `closed-waves`: only closed waves. */
  policy: z.optional(z.enum(['live', 'closed-waves'])),
};
export const groupReleaseOptionsSchema = z.object(groupReleaseOptionsShape);
export type GroupReleaseOptions = z.input<typeof groupReleaseOptionsSchema>;

/**
 * How one report reads records and makes figures. `width` numbers are summed per group: `read`
 * writes one record's numbers into `into` (all zero when it is called) or returns why the record
 * is not counted; `figures` turns a shown group's sums and count into the report's figures.
 */
export interface GroupReportSpec<F, Reason extends string> {
  width: number;
  read(record: Readonly<Record<string, unknown>>, into: Float64Array): Reason | null;
  figures(sums: Float64Array, n: number): F;
}

export interface ReleasedGroup<F> {
  id: string;
  label?: string;
  parent: string | null;
  depth: number;
  status: GroupStatus;
  figures?: F;
  protects?: string[];
  within?: string;
  heldBy?: string[];
}

export interface ReleasedWave<F> {
  id: string;
  label?: string;
  groups: ReleasedGroup<F>[];
}

/** The shared part of a released aggregate, and the ledger entries the portal stores with it. */
export interface GroupRelease<F, Reason extends string> {
  release: string;
  minGroupSize: number;
  waves: ReleasedWave<F>[];
  pending: { id: string; label?: string }[];
  rejected: { count: number; reasons: Partial<Record<Reason | CommonReason, number>> };
  warnings: ConfigWarning[];
  /** What the portal adds to its ledger, in the same transaction: per shown group, the records it covered. */
  entries: LedgerEntry[];
}

type CommonReason = 'invalid_type' | 'invalid_key' | 'unknown_wave';
export type GroupReleaseResult<F, Reason extends string> = { ok: true; data: GroupRelease<F, Reason> } | { ok: false; code: 'invalid-config'; issues: ValidationIssue[] };

const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const isRecordId = (id: unknown): id is RecordId => (typeof id === 'string' && id.length > 0 && id.length <= 64) || Number.isSafeInteger(id);

interface TreeNode {
  id: string;
  label?: string;
  parent: number;
  depth: number;
}

/** The organisation with its teams as a tree, parent before child; unknown parents and cycles fall back to the organisation. */
function buildTree(teams: readonly GroupTeam[], warnings: ConfigWarning[]): TreeNode[] {
  const byId = new Map<string, GroupTeam>();
  for (const team of teams) {
    if (byId.has(team.id)) warnings.push({ code: 'duplicate_team', params: { team: team.id } });
    else byId.set(team.id, team);
  }
  const parentOf = (team: GroupTeam): string => {
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

interface ReadRecord {
  id: RecordId;
  team?: string;
  wave: string;
  numbers: Float64Array;
}

/**
 * Releases a report of stored records under every anonymity rule: the minimum group (at least 5;
 * 3–4 limited insight), the differencing guard inside the release, and the ledger, against which
 * every group is checked before it is shown. A group that may not be shown carries no figures at
 * all. Each record is `{ id, team?, wave?, …the report's numbers }`; invalid options are refused
 * with reasons, invalid records are counted by reason and left out.
 */
export function releaseGroups<F, Reason extends string>(
  records: readonly unknown[],
  options: unknown,
  spec: GroupReportSpec<F, Reason>,
): GroupReleaseResult<F, Reason> {
  const parsed = groupReleaseOptionsSchema.safeParse(options);
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

  const reasons: Partial<Record<Reason | CommonReason, number>> = {};
  const reject = (reason: Reason | CommonReason) => (reasons[reason] = (reasons[reason] ?? 0) + 1);
  const valid: ReadRecord[] = [];
  for (const input of Array.isArray(records) ? records : []) {
    if (typeof input !== 'object' || input === null || Array.isArray(input) || !isRecordId((input as Record<string, unknown>)['id'])) {
      reject('invalid_type');
      continue;
    }
    const doc = input as Record<string, unknown>;
    const keys: { team?: string; wave?: string } = {};
    let badKey = false;
    for (const field of ['team', 'wave'] as const) {
      const key = doc[field];
      if (key === undefined || key === null) continue;
      if (typeof key !== 'string' || !KEY.test(key)) badKey = true;
      else keys[field] = key;
    }
    if (badKey) {
      reject('invalid_key');
      continue;
    }
    const numbers = new Float64Array(spec.width);
    const reason = spec.read(doc, numbers);
    if (reason) reject(reason);
    else valid.push({ id: doc['id'] as RecordId, ...(keys.team ? { team: keys.team } : {}), wave: keys.wave ?? '', numbers });
  }

  const teams = settings.teams ?? [...new Set(valid.map((r) => r.team).filter((t): t is string => !!t))].sort().map((id) => ({ id }));
  const nodes = buildTree(teams, warnings);
  const nodeOf = new Map(nodes.map((node, i) => [node.id, i]));

  const waveList: { id: string; label?: string | undefined; open?: boolean | undefined }[] = settings.waves ?? [...new Set(valid.map((r) => r.wave))].sort().map((id) => ({ id }));
  if (!waveList.length) waveList.push({ id: '' });
  const byWave = new Map<string, ReadRecord[]>(waveList.map((w) => [w.id, []]));
  for (const record of valid) {
    const list = byWave.get(record.wave);
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

  const W = spec.width;
  const entries: LedgerEntry[] = [];
  const waves = releasable.map((wave): ReleasedWave<F> => {
    // Counts and sums per node, then rolled up from each team to the organisation; record keys per node for the guard.
    const n = new Float64Array(nodes.length);
    const sums = new Float64Array(nodes.length * W);
    const members: RecordId[][] = nodes.map(() => []);
    for (const record of byWave.get(wave.id)!) {
      const node = (record.team !== undefined ? nodeOf.get(record.team) : undefined) ?? 0;
      n[node]!++;
      members[node]!.push(record.id);
      const at = node * W;
      for (let k = 0; k < W; k++) sums[at + k]! += record.numbers[k]!;
    }
    // Children come after their parent in `nodes`, so one backward pass rolls everything up.
    for (let i = nodes.length - 1; i > 0; i--) {
      const p = nodes[i]!.parent;
      n[p]! += n[i]!;
      for (let k = 0; k < W; k++) sums[p * W + k]! += sums[i * W + k]!;
      const into = members[p]!;
      for (const id of members[i]!) into.push(id);
    }
    const groups: GuardGroup[] = nodes.map((node, i) => ({ id: node.id, parent: node.parent, records: members[i]! }));
    const guard = guardRelease(groups, { release: settings.release, scope: wave.id, minGroupSize, ledger: ledger as LedgerEntry[] });
    entries.push(...guard.entries);
    return {
      id: wave.id,
      ...(wave.label ? { label: wave.label } : {}),
      groups: nodes.map((node, i): ReleasedGroup<F> => {
        const decision = guard.decisions[i]!;
        const group: ReleasedGroup<F> = { id: node.id, ...(node.label ? { label: node.label } : {}), parent: node.parent < 0 ? null : nodes[node.parent]!.id, depth: node.depth, status: decision.status };
        if (decision.status === 'shown') group.figures = spec.figures(sums.subarray(i * W, (i + 1) * W), n[i]!);
        if (decision.protects) group.protects = decision.protects.map((s) => nodes[s]!.id);
        if (decision.within !== undefined) group.within = nodes[decision.within]!.id;
        if (decision.heldBy) group.heldBy = decision.heldBy;
        return group;
      }),
    };
  });

  const rejected = Object.values<number | undefined>(reasons).reduce<number>((a, b) => a + (b ?? 0), 0);
  return { ok: true, data: { release: settings.release, minGroupSize, waves, pending, rejected: { count: rejected, reasons }, warnings, entries } };
}
