import { z } from 'zod/mini';
import type { ValidationIssue } from './issues.js';
import type { Parsed } from './migrate.js';

/**
 * Perspectives: the same statements answered by more than one person, such as the client and the
 * professional. Each perspective is scored on its own and shown beside the others; nothing here
 * ever averages them. Where they differ by a set amount or more, the difference is marked as a
 * place to start the conversation, not as an error.
 */

/** The perspectives every widget knows, the client's first: the professional follows the client. */
export const DEFAULT_PERSPECTIVES = ['client', 'professional'] as const;
/** At most this many perspectives in one document (the client, the professional and two more, such as a family member). */
export const MAX_PERSPECTIVES = 4;

/** A perspective's id: lower-case letters, digits and `-`, at most 32 characters, never a built-in property name. */
export const perspectiveIdSchema = z.string().check(
  z.regex(/^[a-z][a-z0-9-]{0,31}$/),
  z.refine((id) => !(id in Object.prototype), { message: 'This id is a name JavaScript reserves.', params: { code: 'reserved_id' } }),
);

/** The answers of each perspective, by perspective id: at least one, at most {@link MAX_PERSPECTIVES}. */
export const perspectivesSchema = <V extends z.ZodMiniType>(entry: V) =>
  z.record(perspectiveIdSchema, entry).check(
    z.refine((entries) => Object.keys(entries).length >= 1, { message: 'At least one perspective.', params: { code: 'no_perspective' } }),
    z.refine((entries) => Object.keys(entries).length <= MAX_PERSPECTIVES, {
      message: `At most ${MAX_PERSPECTIVES} perspectives.`,
      params: { code: 'too_many_perspectives', maximum: MAX_PERSPECTIVES },
    }),
  );

/** One row of a comparison: an item or a score, with each perspective's value in the order asked. */
export interface PerspectiveRow {
  id: string;
  /** Each perspective's value, in order; `null` where that perspective has none. */
  values: { perspective: string; value: number | null }[];
  /** Highest minus lowest value, when at least two perspectives have one; otherwise `null`. Never an average. */
  difference: number | null;
  /** The perspective with the higher value, when two or more differ and one alone is highest. */
  higher: string | null;
  /** The difference is `threshold` or more: a place to start the conversation. */
  starter: boolean;
}

/**
 * Compares perspectives item by item (or score by score): `values[perspective][id]`, for each id
 * in `ids`, in the perspectives' `order`. A row's `difference` is the distance between the highest
 * and the lowest value; at `threshold` or more the row is a conversation starter. Values that are
 * not finite numbers count as missing; a `threshold` that is not a positive number marks nothing.
 */
export function comparePerspectives(
  ids: readonly string[],
  values: Readonly<Record<string, Readonly<Record<string, number | null | undefined>> | undefined>>,
  order: readonly string[],
  threshold: number,
): PerspectiveRow[] {
  const marks = Number.isFinite(threshold) && threshold > 0;
  return ids.map((id) => {
    const row = order.map((perspective) => {
      const value = Object.hasOwn(values, perspective) ? values[perspective]?.[id] : undefined;
      return { perspective, value: typeof value === 'number' && Number.isFinite(value) ? value : null };
    });
    const given = row.filter((entry): entry is { perspective: string; value: number } => entry.value !== null);
    if (given.length < 2) return { id, values: row, difference: null, higher: null, starter: false };
    const high = Math.max(...given.map((entry) => entry.value));
    const low = Math.min(...given.map((entry) => entry.value));
    const highest = given.filter((entry) => entry.value === high);
    const difference = high - low;
    return { id, values: row, difference, higher: difference > 0 && highest.length === 1 ? highest[0]!.perspective : null, starter: marks && difference >= threshold };
  });
}

/** A document that holds answers per perspective. */
export interface PerspectiveDocument {
  schemaVersion: number;
  perspectives: Record<string, unknown>;
}

/**
 * Merges documents that were filled in on different devices, one perspective each, into one.
 * Each is read with `parse` (JSON text or object; an older version is upgraded, a newer one refused).
 * `identity` names what must be the same in all of them, such as the question set and its version
 * or the client they are about: a difference is refused with the code `different_<name>`. A
 * perspective found in two documents is refused with `perspective_twice`. The merged document is
 * read with `parse` again, so it meets every rule of one document. Never throws.
 */
export function mergePerspectives<D extends PerspectiveDocument>(
  documents: readonly unknown[],
  parse: (input: unknown) => Parsed<D>,
  identity: (doc: D) => Readonly<Record<string, string | number | undefined>>,
  combine: (first: D, perspectives: D['perspectives']) => D = (first, perspectives) => ({ ...first, perspectives }),
): Parsed<D> {
  if (documents.length < 2) {
    return { ok: false, code: 'invalid-value', issues: [{ path: '', code: 'too_few_documents', message: 'Merging needs two documents or more.', params: { minimum: 2 } }] };
  }
  const parsed: D[] = [];
  const issues: ValidationIssue[] = [];
  let code: Extract<Parsed<D>, { ok: false }>['code'] = 'invalid-value';
  documents.forEach((input, i) => {
    const result = parse(input);
    if (result.ok) parsed.push(result.data);
    else {
      if (result.code === 'unsupported-version') code = result.code;
      issues.push(...result.issues.map((issue) => ({ ...issue, path: issue.path ? `[${i}].${issue.path}` : `[${i}]` })));
    }
  });
  if (issues.length) return { ok: false, code, issues };
  const first = parsed[0]!;
  const expected = identity(first);
  parsed.slice(1).forEach((doc, k) => {
    const found = identity(doc);
    for (const name of Object.keys(expected)) {
      if (found[name] === expected[name]) continue;
      issues.push({
        path: `[${k + 1}].${name}`,
        code: `different_${name}`,
        message: `This document is about another ${name} than the first: ${String(found[name] ?? 'none')} instead of ${String(expected[name] ?? 'none')}.`,
        params: { expected: String(expected[name] ?? ''), found: String(found[name] ?? '') },
      });
    }
  });
  const perspectives: Record<string, unknown> = {};
  const from: Record<string, number> = {};
  parsed.forEach((doc, i) => {
    for (const [perspective, entry] of Object.entries(doc.perspectives)) {
      if (Object.hasOwn(perspectives, perspective)) {
        issues.push({
          path: `[${i}].perspectives.${perspective}`,
          code: 'perspective_twice',
          message: `The perspective "${perspective}" is in document ${from[perspective]! + 1} and in document ${i + 1}.`,
          params: { perspective, first: from[perspective]! },
        });
      } else {
        perspectives[perspective] = entry;
        from[perspective] = i;
      }
    }
  });
  if (issues.length) return { ok: false, code: 'invalid-value', issues };
  return parse(combine(first, perspectives as D['perspectives']));
}

/** The schema of a {@link PerspectiveRow}, for event and result schemas. */
export const perspectiveRowSchema = z.object({
  id: z.string(),
  values: z.array(z.object({ perspective: perspectiveIdSchema, value: z.nullable(z.number()) })),
  difference: z.nullable(z.number()),
  higher: z.nullable(perspectiveIdSchema),
  starter: z.boolean(),
});

/** The perspectives in the order they are shown: the client's first, then the professional's, then any others as they came. */
export function orderPerspectives(perspectives: readonly string[]): string[] {
  const known = DEFAULT_PERSPECTIVES.filter((p) => perspectives.includes(p));
  return [...known, ...perspectives.filter((p) => !(DEFAULT_PERSPECTIVES as readonly string[]).includes(p))];
}

/**
 * How the perspectives fill in: `together` on one screen, each answering every statement in turn;
 * `in-turn` on one device, one after the other, the first's answers out of the page until all are
 * done; `separate`, each on their own device, the host merging the documents.
 */
export const FILL_WAYS = ['together', 'in-turn', 'separate'] as const;
export type FillWay = (typeof FILL_WAYS)[number];

/** Whose turn it is: the first perspective of `order` that has not finished; `undefined` once all have. */
export function currentTurn(perspectives: Readonly<Record<string, { completed: boolean } | undefined>>, order: readonly string[]): string | undefined {
  return order.find((p) => !(Object.hasOwn(perspectives, p) && perspectives[p]?.completed));
}
