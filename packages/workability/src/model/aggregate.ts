import { ANSWER_MAX, ANSWER_MIN, CONSTRUCTS, INDICATORS, type Construct, type Indicator } from './constructs.js';
import { boundsFor, strain } from './score.js';
import { CHECK_WIDGET, WORKABILITY_SCHEMA_VERSION, type WorkabilityTeam, type WorkabilityThresholds, type WorkabilityWave } from './schema.js';

/** No group smaller than this is ever shown with numbers; a host may raise it, never lower it. */
export const MIN_GROUP_FLOOR = 5;
/** Groups from this size up to the minimum get a qualitative "limited insight" entry, without numbers. */
export const LIMITED_INSIGHT_FROM = 3;
/** The whole organisation: the root of every hierarchy. Not a valid team key, so it never clashes. */
export const ORGANISATION = '@organisation';

export const REJECT_REASONS = ['invalid_type', 'unknown_construct', 'missing_construct', 'out_of_range', 'invalid_key'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** One accepted response: a score per construct, the team and wave keys. */
export interface ResponseRecord {
  team?: string;
  wave?: string;
  scores: Record<Construct, number>;
}

const KEY = /^[A-Za-z0-9_.:-]{1,64}$/;
const CONSTRUCT_SET: ReadonlySet<string> = new Set(CONSTRUCTS);

/**
 * Checks one response: a check result, or a whole `goesting-complete` detail of the check. Anything
 * else is refused with one reason, so the report can count it as rejected instead of averaging it in.
 */
export function validateResponse(input: unknown): { ok: true; record: ResponseRecord } | { ok: false; reason: RejectReason } {
  let doc = input as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, reason: 'invalid_type' };
  if (doc['widget'] === CHECK_WIDGET && typeof doc['result'] === 'object') doc = doc['result'] as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null) return { ok: false, reason: 'invalid_type' };
  const scores = doc['scores'] as Record<string, unknown> | null | undefined;
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return { ok: false, reason: 'invalid_type' };
  for (const key of Object.keys(scores)) if (!CONSTRUCT_SET.has(key)) return { ok: false, reason: 'unknown_construct' };
  for (const construct of CONSTRUCTS) {
    const score = scores[construct];
    if (score === undefined || score === null) return { ok: false, reason: 'missing_construct' };
    if (typeof score !== 'number' || !Number.isFinite(score)) return { ok: false, reason: 'invalid_type' };
    if (score < ANSWER_MIN || score > ANSWER_MAX) return { ok: false, reason: 'out_of_range' };
  }
  const record: ResponseRecord = { scores: scores as Record<Construct, number> };
  for (const field of ['team', 'wave'] as const) {
    const key = doc[field];
    if (key === undefined || key === null) continue;
    if (typeof key !== 'string' || !KEY.test(key)) return { ok: false, reason: 'invalid_key' };
    record[field] = key;
  }
  return { ok: true, record };
}

export type GroupStatus = 'shown' | 'limited' | 'too-few' | 'protected' | 'empty';

/** The figures of a group that may be shown: only ever present for status `shown`. */
export interface GroupFigures {
  n: number;
  /** % of respondents with no indicator in the red zone (whole number). */
  werkbaarPct: number;
  /** % of respondents in the red zone, per indicator (whole numbers). */
  problemPct: Record<Indicator, number>;
  /** Mean score per construct, 1–4 in the construct's own direction (one decimal). */
  means: Record<Construct, number>;
}

export interface GroupAggregate {
  id: string;
  label?: string;
  /** `null` for the organisation. */
  parent: string | null;
  depth: number;
  /**
   * `shown`: figures present. `limited`: 3 up to the minimum, a qualitative entry only. `too-few`:
   * 1 or 2. `protected`: large enough, but hidden because showing it beside its parent and
   * siblings would reveal a smaller group by subtraction. `empty`: no answers.
   */
  status: GroupStatus;
  figures?: GroupFigures;
  /** For `protected`: the small groups this one protects (empty: answers without a team inside the parent). */
  protects?: string[];
  /** For `protected`: the shown group the subtraction would start from. */
  within?: string;
}

export interface WaveAggregate {
  /** `''` for responses without a wave. */
  id: string;
  label?: string;
  /** The organisation first, then its teams depth-first in the order given. */
  groups: GroupAggregate[];
}

export interface ConfigWarning {
  code: 'min_group_raised' | 'unknown_parent' | 'duplicate_team' | 'team_cycle';
  params: Record<string, string | number>;
}

/** Everything the report shows and exports: aggregates only, never a response. */
export interface WorkabilityAggregate {
  schemaVersion: number;
  minGroupSize: number;
  thresholds: { orange: number; red: number; constructs?: WorkabilityThresholds['constructs'] };
  waves: WaveAggregate[];
  rejected: { count: number; reasons: Partial<Record<RejectReason, number>> };
  warnings: ConfigWarning[];
}

export interface AggregateOptions {
  teams?: readonly WorkabilityTeam[];
  waves?: readonly WorkabilityWave[];
  /** At least {@link MIN_GROUP_FLOOR}; a lower value is raised to it with a warning. */
  minGroupSize?: number;
  thresholds?: WorkabilityThresholds;
}

/** The minimum group size in force, and a warning when the host asked for less than the floor. */
export function effectiveMinGroupSize(requested: unknown): { size: number; warning?: ConfigWarning } {
  if (requested === undefined || requested === null) return { size: MIN_GROUP_FLOOR };
  const n = typeof requested === 'number' ? requested : Number(requested);
  if (!Number.isFinite(n) || n < MIN_GROUP_FLOOR) {
    return { size: MIN_GROUP_FLOOR, warning: { code: 'min_group_raised', params: { given: String(requested), used: MIN_GROUP_FLOOR } } };
  }
  return { size: Math.ceil(n) };
}

interface Node {
  id: string;
  label?: string;
  parent: number;
  depth: number;
  children: number[];
}

/** The organisation with its teams as a tree; unknown parents and cycles fall back to the organisation. */
function buildTree(teams: readonly WorkabilityTeam[] | undefined, records: readonly ResponseRecord[], warnings: ConfigWarning[]): Node[] {
  const list: WorkabilityTeam[] = teams?.length ? [...teams] : [...new Set(records.map((r) => r.team).filter((t): t is string => !!t))].sort().map((id) => ({ id }));
  const byId = new Map<string, WorkabilityTeam>();
  for (const team of list) {
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
    for (let p: string | undefined = team.parent; p; p = byId.get(p)?.parent) {
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
  const nodes: Node[] = [];
  const visit = (id: string, parent: number, depth: number) => {
    const index = nodes.length;
    const label = byId.get(id)?.label;
    nodes.push({ id, ...(label ? { label } : {}), parent, depth, children: [] });
    if (parent >= 0) nodes[parent]!.children.push(index);
    for (const child of childIds.get(id) ?? []) visit(child, index, depth + 1);
  };
  visit(ORGANISATION, -1, 0);
  return nodes;
}

const C = CONSTRUCTS.length;
const I = INDICATORS.length;
const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (part: number, whole: number) => Math.round((100 * part) / whole);

/** Counts and sums per node for one wave, rolled up from each team to the organisation. */
function sumUp(nodes: Node[], records: readonly ResponseRecord[], indexOf: Map<string, number>, redFrom: number[]) {
  const n = new Float64Array(nodes.length);
  const werkbaar = new Float64Array(nodes.length);
  const sums = new Float64Array(nodes.length * C);
  const red = new Float64Array(nodes.length * I);
  for (const record of records) {
    const node = (record.team !== undefined ? indexOf.get(record.team) : undefined) ?? 0;
    n[node]!++;
    let problem = false;
    for (let c = 0; c < C; c++) {
      const score = record.scores[CONSTRUCTS[c]!];
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
  }
  return { n, werkbaar, sums, red };
}

/**
 * Decides which groups may show numbers. First every group below the minimum is hidden (3 up to
 * the minimum as limited insight, fewer as too few). Then the differencing guard: a shown group
 * minus the shown groups directly below it (its nearest shown descendants) is a figure anyone can
 * work out; that remainder must be empty or at least the minimum. While it is not, the smallest
 * nearest shown descendant is hidden too (status `protected`), which adds its own remainder. All
 * derivable figures are then sums of such remainders, so none concerns fewer people than the minimum.
 */
function suppress(nodes: Node[], n: Float64Array, min: number) {
  const status: GroupStatus[] = nodes.map((_, i) => (n[i] === 0 ? 'empty' : n[i]! < min ? (n[i]! >= LIMITED_INSIGHT_FROM ? 'limited' : 'too-few') : 'shown'));
  const protects = new Map<number, { small: number[]; within: number }>();
  const frontier = (a: number): number[] => {
    const out: number[] = [];
    const stack = [...nodes[a]!.children];
    while (stack.length) {
      const i = stack.pop()!;
      if (status[i] === 'shown') out.push(i);
      else stack.push(...nodes[i]!.children);
    }
    return out;
  };
  const remainder = (a: number) => frontier(a).reduce((r, d) => r - n[d]!, n[a]!);
  const smallHidden = (a: number): number[] => {
    const out: number[] = [];
    const stack = [...nodes[a]!.children];
    while (stack.length) {
      const i = stack.pop()!;
      if (status[i] === 'shown') continue;
      if (n[i]! > 0 && n[i]! < min) out.push(i);
      stack.push(...nodes[i]!.children);
    }
    return out;
  };
  for (let a = nodes.length - 1; a >= 0; a--) {
    if (status[a] !== 'shown') continue;
    for (let r = remainder(a); r > 0 && r < min; r = remainder(a)) {
      const small = smallHidden(a);
      const candidates = frontier(a).sort((x, y) => n[x]! - n[y]! || x - y);
      const pick = candidates.find((d) => remainder(d) > 0) ?? candidates[0]!;
      status[pick] = 'protected';
      protects.set(pick, { small, within: a });
    }
  }
  return { status, protects };
}

/**
 * Aggregates responses into the report's figures, per wave and per group, with anonymity enforced
 * here rather than in the view: groups that may not be shown carry no numbers at all. Invalid
 * responses are counted as rejected, by reason, and never averaged in.
 */
export function aggregateWorkability(responses: readonly unknown[], options: AggregateOptions = {}): WorkabilityAggregate {
  const warnings: ConfigWarning[] = [];
  const { size: min, warning } = effectiveMinGroupSize(options.minGroupSize);
  if (warning) warnings.push(warning);
  const records: ResponseRecord[] = [];
  const reasons: Partial<Record<RejectReason, number>> = {};
  let rejected = 0;
  for (const response of Array.isArray(responses) ? responses : []) {
    const checked = validateResponse(response);
    if (checked.ok) records.push(checked.record);
    else {
      rejected++;
      reasons[checked.reason] = (reasons[checked.reason] ?? 0) + 1;
    }
  }
  const nodes = buildTree(options.teams, records, warnings);
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const redFrom = INDICATORS.map((c) => boundsFor(c, options.thresholds).red);

  const waveIds = (options.waves ?? []).map((w) => w.id);
  const found = new Set(records.map((r) => r.wave ?? ''));
  for (const id of [...found].sort()) if (!waveIds.includes(id)) waveIds.push(id);
  if (!waveIds.length) waveIds.push('');
  const byWave = new Map<string, ResponseRecord[]>(waveIds.map((id) => [id, []]));
  for (const record of records) byWave.get(record.wave ?? '')!.push(record);

  const waves = waveIds.map((id): WaveAggregate => {
    const { n, werkbaar, sums, red } = sumUp(nodes, byWave.get(id)!, indexOf, redFrom);
    const { status, protects } = suppress(nodes, n, min);
    const label = options.waves?.find((w) => w.id === id)?.label;
    return {
      id,
      ...(label ? { label } : {}),
      groups: nodes.map((node, i): GroupAggregate => {
        const group: GroupAggregate = { id: node.id, ...(node.label ? { label: node.label } : {}), parent: node.parent < 0 ? null : nodes[node.parent]!.id, depth: node.depth, status: status[i]! };
        if (status[i] === 'shown') {
          const count = n[i]!;
          group.figures = {
            n: count,
            werkbaarPct: pct(werkbaar[i]!, count),
            problemPct: Object.fromEntries(INDICATORS.map((c, k) => [c, pct(red[i * I + k]!, count)])) as Record<Indicator, number>,
            means: Object.fromEntries(CONSTRUCTS.map((c, k) => [c, round1(sums[i * C + k]! / count)])) as Record<Construct, number>,
          };
        }
        const guard = protects.get(i);
        if (status[i] === 'protected' && guard) {
          group.protects = guard.small.map((s) => nodes[s]!.id);
          group.within = nodes[guard.within]!.id;
        }
        return group;
      }),
    };
  });

  const bounds = boundsFor('stress', { orange: options.thresholds?.orange, red: options.thresholds?.red });
  return {
    schemaVersion: WORKABILITY_SCHEMA_VERSION,
    minGroupSize: min,
    thresholds: { ...bounds, ...(options.thresholds?.constructs ? { constructs: options.thresholds.constructs } : {}) },
    waves,
    rejected: { count: rejected, reasons },
    warnings,
  };
}
