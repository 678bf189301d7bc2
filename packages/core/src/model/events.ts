import { z } from 'zod/mini';

/** The event names of the contract, shared by every widget. */
export const GOESTING_EVENTS = ['goesting-change', 'goesting-complete', 'goesting-error'] as const;
export type GoestingEventName = (typeof GOESTING_EVENTS)[number];

/** What goes wrong with host input; the `code` of a `goesting-error` detail. */
export const ERROR_CODES = [
  'invalid-json',
  'invalid-instrument',
  'invalid-value',
  'invalid-history',
  'unsupported-version',
  'invalid-config',
  'storage-failed',
  'render-failed',
] as const;
export type GoestingErrorCode = (typeof ERROR_CODES)[number];

/** Plain English summary per error code: the `message` of a `goesting-error` detail, for logs and back ends. */
export const ERROR_SUMMARIES: Readonly<Record<GoestingErrorCode, string>> = {
  'invalid-json': 'The data given to this form is not valid JSON.',
  'invalid-instrument': 'The question list given to this form is not valid.',
  'invalid-value': 'The saved answers given to this form are not valid.',
  'invalid-history': 'The earlier results given to this form are not valid.',
  'unsupported-version': 'The saved answers come from a newer version of this form.',
  'invalid-config': 'A setting of this form is not valid.',
  'storage-failed': 'Your draft could not be kept on this device.',
  'render-failed': 'Something went wrong while showing this form.',
};

const issueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

/** Schema of every `goesting-error` detail, whichever widget sends it. */
export function errorDetailSchema<W extends string>(widget: W) {
  return z.object({
    widget: z.literal(widget),
    schemaVersion: z.number(),
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(issueSchema),
  });
}

/** Schema of a widget's `goesting-change` detail: the whole value document after the edit. */
export function changeDetailSchema<W extends string, V extends z.ZodMiniType>(widget: W, value: V) {
  return z.object({ widget: z.literal(widget), schemaVersion: z.number(), value });
}

/** Schema of a widget's `goesting-complete` detail: the value document and its scored result. */
export function completeDetailSchema<W extends string, V extends z.ZodMiniType, R extends z.ZodMiniType>(
  widget: W,
  value: V,
  result: R,
) {
  return z.object({ widget: z.literal(widget), schemaVersion: z.number(), value, result });
}
