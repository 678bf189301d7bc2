import { z } from 'zod/mini';
import { isoDay, isoDaySchema, parseJsonInput, toValidationIssues, waveOptionsSchema, type ValidationIssue } from '@goesting/core/model';
import { CONSTRUCTS, itemsFor, type Construct } from '../model/constructs.js';
import { parseWorkabilityValue, type Parsed } from '../model/parse.js';
import { scoreWorkability } from '../model/score.js';
import { CHECK_WIDGET, keySchema, teamsSchema, thresholdsSchema, type WorkabilityRecord, type Zone } from '../model/schema.js';

/**
 * The codes of ingest's refusals beside zod's own (`path` says where): for a portal to show them in
 * its own words.
 */
export const INGEST_ISSUE_CODES = ['not_completed', 'unanswered', 'missing_team', 'unknown_team', 'unexpected_team', 'missing_wave', 'unknown_wave', 'closed_wave', 'unexpected_wave'] as const;
export type IngestIssueCode = (typeof INGEST_ISSUE_CODES)[number];

/** What the portal tells ingest: the teams an employee may choose, the waves open now, its thresholds. */
export const ingestOptionsSchema = z.object({
  /** With teams, every record needs one of them; without, records have no team. */
  teams: z.optional(teamsSchema),
  /**
   * With waves, every record needs one that is open: the same list a release takes, where
   * `open: false` marks a closed wave; a wave without `open` counts as open. Without waves,
   * records have no wave.
   */
  waves: z.optional(waveOptionsSchema),
  thresholds: z.optional(thresholdsSchema),
  /** The day to store; today by the server's clock when left out. Never the browser's. */
  day: z.optional(isoDaySchema),
});
export type IngestOptions = z.input<typeof ingestOptionsSchema>;

/** The parts of a `goesting-complete` detail that ingest reads. Its `result` is never trusted, only its keys. */
const envelopeSchema = z.object({
  widget: z.literal(CHECK_WIDGET),
  schemaVersion: z.number(),
  value: z.unknown(),
  result: z.optional(z.object({ team: z.optional(z.unknown()), wave: z.optional(z.unknown()) })),
});

const refuse = (code: 'invalid-value' | 'invalid-config', issues: ValidationIssue[]): Parsed<never> => ({ ok: false, code, issues });
const issue = (path: string, code: string, message: string, params?: Record<string, string | number>): ValidationIssue => ({ path, code, message, ...(params ? { params } : {}) });

/**
 * Turns one employee's `goesting-complete` detail into the minimal record a portal stores.
 *
 * The detail is validated, and the scores are worked out again from the answers with the model:
 * the `result` a browser sends is never trusted, so a forged result cannot skew a team. Every
 * statement must be answered; the team must be one of the portal's teams and the wave one of its
 * open waves. The record keeps the score and zone per topic, werkbaar, team, wave and the day by
 * the server's clock: no answers, no time of day, nothing about the person. Anything invalid is
 * refused whole, with reasons; nothing is half-stored.
 */
export function ingestWorkability(detail: unknown, options: IngestOptions = {}): Parsed<WorkabilityRecord> {
  const settings = ingestOptionsSchema.safeParse(options);
  if (!settings.success) return refuse('invalid-config', toValidationIssues(settings.error.issues));
  const { teams, waves, thresholds } = settings.data;

  const json = parseJsonInput(detail);
  if (!json.ok) return json;
  const envelope = envelopeSchema.safeParse(json.data);
  if (!envelope.success) return refuse('invalid-value', toValidationIssues(envelope.error.issues));
  const value = parseWorkabilityValue(envelope.data.value);
  if (!value.ok) return { ok: false, code: value.code, issues: value.issues.map((i) => ({ ...i, path: i.path ? `value.${i.path}` : 'value' })) };

  const problems: ValidationIssue[] = [];
  const unanswered = itemsFor(value.data.variant).filter((item) => value.data.answers[item.id] === undefined);
  if (!value.data.completed) problems.push(issue('value.completed', 'not_completed', 'The check was not completed.'));
  if (unanswered.length) problems.push(issue('value.answers', 'unanswered', `${unanswered.length} statement(s) not answered.`, { count: unanswered.length }));

  const key = (field: 'team' | 'wave', allowed: readonly { id: string; open?: boolean }[] | undefined): string | undefined => {
    const given = envelope.data.result?.[field];
    const path = `result.${field}`;
    if (!allowed) {
      if (given !== undefined) problems.push(issue(path, `unexpected_${field}`, `This portal has no ${field}s.`));
      return undefined;
    }
    if (given === undefined || given === null || given === '') {
      problems.push(issue(path, `missing_${field}`, `A ${field} is required.`));
      return undefined;
    }
    const known = keySchema.safeParse(given).success ? allowed.find((a) => a.id === given) : undefined;
    if (!known) {
      problems.push(issue(path, `unknown_${field}`, field === 'wave' ? 'Not one of the portal’s waves.' : 'Not one of the portal’s teams.', { [field]: String(given).slice(0, 64) }));
      return undefined;
    }
    if ('open' in known && known.open === false) {
      problems.push(issue(path, 'closed_wave', 'This wave is closed: no answers are taken any more.', { wave: known.id }));
      return undefined;
    }
    return known.id;
  };
  const team = key('team', teams);
  const wave = key('wave', waves);
  if (problems.length) return refuse('invalid-value', problems);

  const result = scoreWorkability(value.data, { ...(thresholds ? { thresholds } : {}) });
  const scores = {} as Record<Construct, number>;
  const zones = {} as Record<Construct, Zone>;
  for (const c of CONSTRUCTS) {
    scores[c] = result.scores[c]!;
    zones[c] = result.zones[c]!;
  }
  return {
    ok: true,
    data: { ...(team ? { team } : {}), ...(wave ? { wave } : {}), day: settings.data.day ?? isoDay(), scores, zones, werkbaar: result.werkbaar === true },
  };
}
