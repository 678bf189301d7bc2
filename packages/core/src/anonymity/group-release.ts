import { z } from 'zod/mini';
import type { ValidationIssue } from '../model/issues.js';
import { KEY_PATTERN as KEY, ORGANISATION, keySchema, teamSchema, waveOptionSchema, type ConfigWarning, type GroupTeam } from '../model/groups.js';
import { MIN_GROUP_FLOOR, guardRelease, type GroupStatus, type GuardGroup, type LedgerEntry, type RecordId } from './release-guard.js';

/**
 * The release every group report makes of stored records, in one place: read the records, build
 * the hierarchy, split by wave, sum per group and roll the sums up to the organisation, then let
 * the guard decide per group (minimum group, limited insight, the differencing guard, the ledger).
 * A report only says how to read one record into numbers and how to turn a group's sums into its
 * figures; it never decides who may be seen.
 */

const isRecordId = (id: unknown): id is RecordId => (typeof id === 'string' && id.length > 0 && id.length <= 64) || Number.isSafeInteger(id);
const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length <= 64;

export const ledgerEntrySchema = z.object({
  release: keySchema,
  scope: z.string().check(z.maxLength(64)),
  group: z.string().check(z.maxLength(64)),
  minGroupSize: z.int().check(z.gte(MIN_GROUP_FLOOR)),
  records: z.custom<RecordId[]>((value) => Array.isArray(value) && value.every(isRecordId), {
    message: 'Expected an array of record keys: whole numbers or short strings.',
  }),
});

/** `ledgerEntrySchema`, by hand: what the ledger of a large organisation needs, thousands of entries with millions of keys. */
function isLedgerEntry(entry: unknown): entry is LedgerEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const e = entry as Record<string, unknown>;
  const records = e['records'];
  if (!(typeof e['release'] === 'string' && KEY.test(e['release']) && isShortText(e['scope']) && isShortText(e['group']))) return false;
  if (!(Number.isSafeInteger(e['minGroupSize']) && (e['minGroupSize'] as number) >= MIN_GROUP_FLOOR && Array.isArray(records))) return false;
  for (let k = 0; k < records.length; k++) if (!isRecordId(records[k])) return false;
  return true;
}

/**
 * Every earlier release's entries. Each entry is checked by hand, without copying it; only an entry
 * that fails goes through `ledgerEntrySchema`, so the host learns exactly what is wrong and where.
 */
const ledgerSchema = z.custom<LedgerEntry[]>((value) => Array.isArray(value), { message: 'Expected an array of ledger entries.' }).check(
  z.superRefine((ledger, ctx) => {
    ledger.forEach((entry, index) => {
      if (isLedgerEntry(entry)) return;
      const checked = ledgerEntrySchema.safeParse(entry);
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: [index, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
    });
  }),
);

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
  ledger: z.optional(ledgerSchema),
  /** `live`: open waves are released too, guarded by the ledger. `closed-waves`: only closed waves. */
  policy: z.optional(z.enum(['live', 'closed-waves'])),
};
export const groupReleaseOptionsSchema = z.object(groupReleaseOptionsShape);
export type GroupReleaseOptions = z.input<typeof groupReleaseOptionsSchema>;
/** The options after a report's schema, built on `groupReleaseOptionsShape`, has checked them. */
export type GroupReleaseSettings = z.output<typeof groupReleaseOptionsSchema>;

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

const NONE = -1;
const INVALID = -2;

/** Numbers the keys of one field (team, wave) in the order they are met; each new key is checked once. */
class KeyNumbers {
  readonly keys: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** The key's number, `NONE` when the field is empty, `INVALID` when it is not a key. */
  number(key: unknown): number {
    if (key === undefined || key === null) return NONE;
    if (typeof key !== 'string') return INVALID;
    let n = this.numbers.get(key);
    if (n === undefined) {
      if (!KEY.test(key)) return INVALID;
      n = this.keys.length;
      this.keys.push(key);
      this.numbers.set(key, n);
    }
    return n;
  }
}

/**
 * Releases a report of stored records under every anonymity rule: the minimum group (at least 5;
 * 3–4 limited insight), the differencing guard inside the release, and the ledger, against which
 * every group is checked before it is shown. A group that may not be shown carries no figures at
 * all. Each record is `{ id, team?, wave?, …the report's numbers }`; invalid records are counted
 * by reason and left out. `settings` are what the report's own options schema, built on
 * `groupReleaseOptionsShape`, returned: the options are checked once, by the report that reads them
 * (a ledger of a large organisation holds millions of keys; its entries are checked there). A
 * ledger that already names this release is refused with reasons.
 */
export function releaseGroups<F, Reason extends string>(
  records: readonly unknown[],
  settings: GroupReleaseSettings,
  spec: GroupReportSpec<F, Reason>,
): GroupReleaseResult<F, Reason> {
  const ledger = settings.ledger ?? [];
  if (ledger.some((e) => e.release === settings.release)) {
    return { ok: false, code: 'invalid-config', issues: [{ path: 'release', code: 'duplicate_release', message: 'The ledger already has a release with this key.', params: { release: settings.release } }] };
  }

  const warnings: ConfigWarning[] = [];
  const requested = settings.minGroupSize ?? MIN_GROUP_FLOOR;
  if (requested < MIN_GROUP_FLOOR) warnings.push({ code: 'min_group_raised', params: { given: requested, used: MIN_GROUP_FLOOR } });

  const reasons: Partial<Record<Reason | CommonReason, number>> = {};
  const reject = (reason: Reason | CommonReason) => (reasons[reason] = (reasons[reason] ?? 0) + 1);
  // The records that count, in parallel lists, their numbers side by side in one buffer: a release
  // reads hundreds of thousands of records, and an object or array per record costs more than the
  // reading. Teams and waves are numbered as they are first met, each checked once.
  const W = spec.width;
  const inputs = Array.isArray(records) ? records : [];
  const numbers = new Float64Array(inputs.length * W);
  const scratch = new Float64Array(W);
  const ids: RecordId[] = [];
  const teamOf = new Int32Array(inputs.length);
  const waveOf = new Int32Array(inputs.length);
  const teamKeys = new KeyNumbers();
  const waveKeys = new KeyNumbers();
  for (const input of inputs) {
    if (typeof input !== 'object' || input === null || Array.isArray(input) || !isRecordId((input as Record<string, unknown>)['id'])) {
      reject('invalid_type');
      continue;
    }
    const doc = input as Record<string, unknown>;
    const team = teamKeys.number(doc['team']);
    const wave = waveKeys.number(doc['wave']);
    if (team === INVALID || wave === INVALID) {
      reject('invalid_key');
      continue;
    }
    scratch.fill(0);
    const reason = spec.read(doc, scratch);
    if (reason) {
      reject(reason);
      continue;
    }
    numbers.set(scratch, ids.length * W);
    teamOf[ids.length] = team;
    waveOf[ids.length] = wave;
    ids.push(doc['id'] as RecordId);
  }

  const teams = settings.teams ?? [...new Set(Array.from(teamOf.subarray(0, ids.length)).filter((t) => t !== NONE))].map((t) => teamKeys.keys[t]!).sort().map((id) => ({ id }));
  const nodes = buildTree(teams, warnings);
  const nodeOf = new Map(nodes.map((node, i) => [node.id, i]));
  // Per numbered team its place in the tree; a team the hierarchy does not know counts for the organisation.
  const nodeOfTeam = teamKeys.keys.map((team) => nodeOf.get(team) ?? 0);

  const waveList: { id: string; label?: string | undefined; open?: boolean | undefined }[] =
    settings.waves ?? [...new Set(Array.from(waveOf.subarray(0, ids.length), (w) => (w === NONE ? '' : waveKeys.keys[w]!)))].sort().map((id) => ({ id }));
  if (!waveList.length) waveList.push({ id: '' });
  // Per wave, the positions of its records.
  const byWave = new Map<string, number[]>(waveList.map((w) => [w.id, []]));
  const listOfWave = waveKeys.keys.map((wave) => byWave.get(wave));
  const withoutWave = byWave.get('');
  for (let r = 0; r < ids.length; r++) {
    const list = waveOf[r] === NONE ? withoutWave : listOfWave[waveOf[r]!];
    if (list) list.push(r);
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
  const waves = releasable.map((wave): ReleasedWave<F> => {
    // Counts and sums per node, then rolled up from each team to the organisation; record keys per node for the guard.
    const n = new Float64Array(nodes.length);
    const sums = new Float64Array(nodes.length * W);
    const members: RecordId[][] = nodes.map(() => []);
    for (const r of byWave.get(wave.id)!) {
      const node = teamOf[r] === NONE ? 0 : nodeOfTeam[teamOf[r]!]!;
      n[node]!++;
      members[node]!.push(ids[r]!);
      const at = node * W;
      const from = r * W;
      for (let k = 0; k < W; k++) sums[at + k]! += numbers[from + k]!;
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
