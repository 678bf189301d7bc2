import { z } from 'zod/mini';
import { isoDay, isoDaySchema, keySchema, parseJsonInput, teamsSchema, toValidationIssues, waveOptionsSchema, type Parsed, type ValidationIssue } from '@goesting/core/model';
import { CELLS, SELFSCAN_VARIANTS, defaultInstrument, instrumentKey, type CellId } from '../model/instrument.js';
import { PILLARS } from '../model/instrument-types.js';
import { parseSelfscanValue } from '../model/migrate.js';
import { SELFSCAN_WIDGET, instrumentSchema, type SelfscanInstrument } from '../model/schema.js';
import { scoreSelfscan } from '../model/score.js';
import type { TeamRecord } from '../model/team.js';

/** The codes of ingest's refusals beside zod's own (`path` says where), for a portal to show them in its own words. */
export const SELFSCAN_INGEST_ISSUE_CODES = ['not_completed', 'unknown_instrument', 'nothing_scored', 'missing_team', 'unknown_team', 'unexpected_team', 'missing_wave', 'unknown_wave', 'closed_wave', 'unexpected_wave'] as const;
export type SelfscanIngestIssueCode = (typeof SELFSCAN_INGEST_ISSUE_CODES)[number];

/**
 * What the portal tells ingest. The team and the wave come from the portal itself (the signed-in
 * professional's team, the wave it runs now), never from the browser; `teams` and `waves` are the
 * lists they must belong to.
 */
export const selfscanIngestOptionsSchema = z.object({
  /** The professional's team, as the portal knows it. Required when there are teams. */
  team: z.optional(keySchema),
  teams: z.optional(teamsSchema),
  /** The wave the answers belong to. Required when there are waves; it must be open. */
  wave: z.optional(keySchema),
  /** The same list a release takes: `open: false` marks a closed wave; a wave without `open` counts as open. */
  waves: z.optional(waveOptionsSchema),
  /** The portal's own question lists beside the default quick and full lists. */
  instruments: z.optional(z.array(instrumentSchema).check(z.maxLength(20))),
  /** The day to store; today by the server's clock when left out. Never the browser's. */
  day: z.optional(isoDaySchema),
});
export type SelfscanIngestOptions = z.input<typeof selfscanIngestOptionsSchema>;

/** The parts of a `goesting-complete` detail that ingest reads. Its `result` is never read: the scores are made here. */
const envelopeSchema = z.object({ widget: z.literal(SELFSCAN_WIDGET), schemaVersion: z.number(), value: z.unknown() });

const refuse = (code: 'invalid-value' | 'invalid-config', issues: ValidationIssue[]): Parsed<never> => ({ ok: false, code, issues });
const issue = (path: string, code: SelfscanIngestIssueCode, message: string, params?: Record<string, string | number>): ValidationIssue => ({ path, code, message, ...(params ? { params } : {}) });

/**
 * Turns one professional's self-scan `goesting-complete` detail into the minimal record a portal
 * stores for the team mirror.
 *
 * The answers are validated against the question list they were made with, and scored again here
 * with the model: the `result` a browser sends is never read, so a forged result cannot skew a
 * team. The scan must be completed, with at least one cell scored. The record keeps per cell the
 * score, the energy per pillar, the cells the person wants to talk about, the team and wave the
 * portal gave, and the day by the server's clock: no answers, no free text, no time of day,
 * nothing about the person. Anything invalid is refused whole, with reasons; nothing is half-stored.
 */
export function ingestSelfscan(detail: unknown, options: SelfscanIngestOptions = {}): Parsed<TeamRecord> {
  const settings = selfscanIngestOptionsSchema.safeParse(options);
  if (!settings.success) return refuse('invalid-config', toValidationIssues(settings.error.issues));
  const { team, teams, wave, waves, instruments = [] } = settings.data;

  const config: ValidationIssue[] = [];
  if (teams && !team) config.push(issue('team', 'missing_team', 'This portal has teams: give the professional’s team.'));
  if (teams && team && !teams.some((t) => t.id === team)) config.push(issue('team', 'unknown_team', 'Not one of the portal’s teams.', { team }));
  if (!teams && team) config.push(issue('team', 'unexpected_team', 'Give the list of teams with a team.'));
  if (waves && !wave) config.push(issue('wave', 'missing_wave', 'This portal has waves: give the wave.'));
  if (!waves && wave) config.push(issue('wave', 'unexpected_wave', 'Give the list of waves with a wave.'));
  const known = waves && wave ? waves.find((w) => w.id === wave) : undefined;
  if (waves && wave && !known) config.push(issue('wave', 'unknown_wave', 'Not one of the portal’s waves.', { wave }));
  if (known && known.open === false) config.push(issue('wave', 'closed_wave', 'This wave is closed: no answers are taken any more.', { wave: known.id }));
  if (config.length) return refuse('invalid-config', config);

  const json = parseJsonInput(detail);
  if (!json.ok) return json;
  const envelope = envelopeSchema.safeParse(json.data);
  if (!envelope.success) return refuse('invalid-value', toValidationIssues(envelope.error.issues));

  // The list the answers were made with: one of the portal's, or a default list. A quick scan is scored as a quick scan.
  const key = (envelope.data.value as { instrument?: unknown } | null)?.instrument;
  const lists: SelfscanInstrument[] = [...instruments, ...SELFSCAN_VARIANTS.map((v) => defaultInstrument(v))];
  const instrument = lists.find((i) => instrumentKey(i) === key);
  if (!instrument) return refuse('invalid-value', [issue('value.instrument', 'unknown_instrument', 'Made with a question list this portal does not know.', { instrument: String(key).slice(0, 130) })]);
  const value = parseSelfscanValue(envelope.data.value, instrument);
  if (!value.ok) return { ok: false, code: value.code, issues: value.issues.map((i) => ({ ...i, path: i.path ? `value.${i.path}` : 'value' })) };
  if (!value.data.completed) return refuse('invalid-value', [issue('value.completed', 'not_completed', 'The self-scan was not completed.')]);

  const result = scoreSelfscan(instrument, value.data);
  const cells = Object.fromEntries(CELLS.map((c) => [c, result.cells.find((s) => s.cell === c)?.mean ?? null])) as Record<CellId, number | null>;
  if (CELLS.every((c) => cells[c] === null)) return refuse('invalid-value', [issue('value.answers', 'nothing_scored', 'Too few statements were answered to score any part.')]);
  const cellOfItem = new Map(instrument.items.map((item) => [item.id, `${item.pillar}.${item.dimension}` as CellId]));
  const talk = CELLS.filter((c) => result.flagged.some((id) => cellOfItem.get(id) === c));
  const energy = Object.fromEntries(PILLARS.flatMap((p) => (value.data.energy[p] === undefined ? [] : [[p, value.data.energy[p]]])));
  return {
    ok: true,
    data: { ...(team ? { team } : {}), ...(wave ? { wave } : {}), day: settings.data.day ?? isoDay(), cells, energy, talk },
  };
}
