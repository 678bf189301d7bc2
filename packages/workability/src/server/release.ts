import { z } from 'zod/mini';
import { toValidationIssues } from '@goesting/core/model';
import { groupReleaseOptionsShape, releaseGroups, type GroupReportSpec, type LedgerEntry, type RecordId } from '@goesting/core/server';
import { ANSWER_MAX, ANSWER_MIN, CONSTRUCTS, INDICATORS, type Construct, type Indicator } from '../model/constructs.js';
import { boundsFor, strain } from '../model/score.js';
import { thresholdsSchema, type WorkabilityThresholds } from '../model/schema.js';
import type { Parsed } from '../model/parse.js';
import { AGGREGATE_SCHEMA_VERSION, type GroupFigures, type RejectReason, type WorkabilityAggregate } from '../model/aggregate.js';

/** What a release needs beside the stored records: the shared settings of every group report, and the thresholds. */
export const releaseOptionsSchema = z.object({ ...groupReleaseOptionsShape, thresholds: z.optional(thresholdsSchema) });
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

const C = CONSTRUCTS.length;
const I = INDICATORS.length;
const CONSTRUCT_SET: ReadonlySet<string> = new Set(CONSTRUCTS);
const CONSTRUCT_INDEX: ReadonlyMap<string, number> = new Map(CONSTRUCTS.map((c, i) => [c, i]));
const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (part: number, whole: number) => Math.round((100 * part) / whole);

type ReadReason = Exclude<RejectReason, 'invalid_key' | 'unknown_wave'>;

/**
 * Reads a record's scores into `into`. The common case, a plain object holding exactly the
 * constructs with valid scores, is read in one pass over its keys (`fast`: nothing was added to
 * `Object.prototype`, so for…in lists only the object's own keys); anything else is read again
 * construct by construct, so a record with several faults is always refused for the first of them.
 */
function readScores(scores: Record<string, unknown>, into: Float64Array, fast: boolean): ReadReason | null {
  if (fast && Object.getPrototypeOf(scores) === Object.prototype) {
    let read = 0;
    let whole = true;
    for (const key in scores) {
      const c = CONSTRUCT_INDEX.get(key);
      const score = scores[key];
      if (c === undefined || typeof score !== 'number' || !(score >= ANSWER_MIN && score <= ANSWER_MAX)) {
        whole = false;
        break;
      }
      into[c] = score;
      read++;
    }
    // Every key a construct, none twice: C keys are exactly the C constructs.
    if (whole && read === C) return null;
    into.fill(0, 0, C);
  }
  let known = 0;
  for (let c = 0; c < C; c++) {
    const construct = CONSTRUCTS[c]!;
    if (!Object.hasOwn(scores, construct)) continue;
    known++;
    const score = scores[construct];
    if (score === undefined || score === null) return 'missing_construct';
    if (typeof score !== 'number' || !Number.isFinite(score)) return 'invalid_type';
    if (score < ANSWER_MIN || score > ANSWER_MAX) return 'out_of_range';
    into[c] = score;
  }
  if (known < C) return Object.keys(scores).some((key) => !CONSTRUCT_SET.has(key)) ? 'unknown_construct' : 'missing_construct';
  if (Object.keys(scores).length > known) return 'unknown_construct';
  return null;
}

/**
 * The workability report's numbers per record: the score per construct, whether each indicator is
 * in the red zone, and whether the work is werkbaar (no indicator red). Checked by hand: a release
 * reads hundreds of thousands of records.
 */
function workabilitySpec(thresholds: WorkabilityThresholds | undefined): GroupReportSpec<GroupFigures, Exclude<RejectReason, 'invalid_type' | 'invalid_key' | 'unknown_wave'> | 'invalid_type'> {
  const redFrom = INDICATORS.map((c) => boundsFor(c, thresholds).red);
  const fast = Object.keys(Object.prototype).length === 0;
  return {
    // scores (C), red per indicator (I), werkbaar (1)
    width: C + I + 1,
    read(doc, into) {
      const scores = doc['scores'] as Record<string, unknown> | null | undefined;
      if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return 'invalid_type';
      const rejected = readScores(scores, into, fast);
      if (rejected) return rejected;
      let problem = false;
      for (let c = 0; c < I; c++) {
        if (strain(CONSTRUCTS[c]!, into[c]!) >= redFrom[c]!) {
          into[C + c] = 1;
          problem = true;
        }
      }
      into[C + I] = problem ? 0 : 1;
      return null;
    },
    figures(sums, n) {
      return {
        n,
        werkbaarPct: pct(sums[C + I]!, n),
        problemPct: Object.fromEntries(INDICATORS.map((c, k) => [c, pct(sums[C + k]!, n)])) as Record<Indicator, number>,
        means: Object.fromEntries(CONSTRUCTS.map((c, k) => [c, round1(sums[k]! / n)])) as Record<Construct, number>,
      };
    },
  };
}

/**
 * Releases the report of stored records: per wave and group % werkbaar, % in the problem zone per
 * indicator and the mean per topic. Every anonymity rule is core's `releaseGroups`, the one module
 * every group report uses: the minimum group (at least 5; 3–4 limited insight), the differencing
 * guard inside the release, and the ledger. Returns the aggregate for HR and the entries the portal
 * adds to its ledger in the same transaction; invalid options are refused with reasons.
 */
export function releaseWorkability(records: readonly unknown[], options: ReleaseOptions): Parsed<WorkabilityRelease> {
  const parsed = releaseOptionsSchema.safeParse(options);
  if (!parsed.success) return { ok: false, code: 'invalid-config', issues: toValidationIssues(parsed.error.issues) };
  const thresholds = parsed.data.thresholds;
  const released = releaseGroups(records, parsed.data, workabilitySpec(thresholds));
  if (!released.ok) return released;
  const { entries, ...shared } = released.data;
  const bounds = boundsFor('stress', { orange: thresholds?.orange, red: thresholds?.red });
  return {
    ok: true,
    data: {
      aggregate: {
        schemaVersion: AGGREGATE_SCHEMA_VERSION,
        release: shared.release,
        minGroupSize: shared.minGroupSize,
        thresholds: { ...bounds, ...(thresholds?.constructs ? { constructs: thresholds.constructs } : {}) },
        waves: shared.waves,
        pending: shared.pending,
        rejected: shared.rejected,
        warnings: shared.warnings,
      },
      entries,
    },
  };
}
