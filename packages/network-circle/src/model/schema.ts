import { z } from 'zod/mini';
import { changeDetailSchema, completeDetailSchema, errorDetailSchema, isoDaySchema, localisedTextSchema, reservedIdIssue } from '@goesting/core/model';

/** Version of network-circle value documents and event details written by this code. */
export const NETWORK_SCHEMA_VERSION = 1;
export const NETWORK_WIDGET = 'network-circle';

/** Kinds of support that can flow between the client and a person, in both directions. */
export const SUPPORT_KINDS = ['emotional', 'practical', 'advice', 'company'] as const;
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'rarely'] as const;
export const QUALITIES = ['positive', 'mixed', 'stressful'] as const;
export const CONTACT_CONSENT = ['yes', 'ask', 'no'] as const;

export type SupportKind = (typeof SUPPORT_KINDS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Quality = (typeof QUALITIES)[number];
export type ContactConsent = (typeof CONTACT_CONSENT)[number];

const id = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/));

/**
 * Every id is refused when it is named like a member every plain object inherits: ring and
 * sector ids are keys of the indicators' records, and a back end may key people by id.
 */
const keyId = id.check(
  z.superRefine((value: string, ctx) => {
    const issue = reservedIdIssue(value, '');
    if (issue) ctx.addIssue({ code: 'custom', input: value, message: issue.message, params: { code: issue.code, id: value } });
  }),
);

/** The default sectors: life areas around the client; the last one is formal help. */
export const DEFAULT_SECTORS = ['family', 'friends', 'community', 'work', 'professionals'] as const;
/** The default rings, from the client outwards. */
export const DEFAULT_RINGS = ['very-close', 'close', 'further'] as const;

export const sectorSchema = z.object({
  id: keyId,
  /** Own label; default sectors have translated labels. */
  label: z.optional(localisedTextSchema),
  /** Whether the people here are professionals and services rather than the informal network. */
  formal: z.optional(z.boolean()),
});
export const ringSchema = z.object({ id: keyId, label: z.optional(localisedTextSchema) });

/** Rings and sectors of the drawing: 2–4 rings, 3–8 sectors. */
export const configSchema = z
  .object({
    rings: z.array(ringSchema).check(z.minLength(2), z.maxLength(4)),
    sectors: z.array(sectorSchema).check(z.minLength(3), z.maxLength(8)),
  })
  .check(
    z.superRefine((config, ctx) => {
      for (const list of ['rings', 'sectors'] as const) {
        const seen = new Set<string>();
        config[list].forEach((entry, index) => {
          if (seen.has(entry.id)) {
            ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `Duplicate id "${entry.id}".`, params: { code: 'duplicate_id', id: entry.id } });
          }
          seen.add(entry.id);
        });
      }
    }),
  );
export type NetworkConfig = z.infer<typeof configSchema>;

const supportSchema = z.array(z.enum(SUPPORT_KINDS));

/**
 * A person in the client's network. The label is a first name, initials or a role: there is no
 * surname field, so third persons stay minimised.
 */
export const personSchema = z.object({
  id: keyId,
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  sector: id,
  ring: id,
  /** Support the client receives from this person. */
  gives: supportSchema,
  /** Support the client gives this person. */
  receives: supportSchema,
  frequency: z.optional(z.enum(FREQUENCIES)),
  quality: z.optional(z.enum(QUALITIES)),
  /** Could help with the client's own plan. */
  canHelp: z.optional(z.boolean()),
  helpWith: z.optional(z.string().check(z.maxLength(500))),
  mayContact: z.optional(z.enum(CONTACT_CONSENT)),
  note: z.optional(z.string().check(z.maxLength(2000))),
});
export type Person = z.infer<typeof personSchema>;

/** The saved document: everyone in the circle. Resume from it; events carry it. */
export const valueSchema = z.object({
  schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
  people: z.array(personSchema).check(z.maxLength(2000)),
  completed: z.boolean(),
  date: z.optional(isoDaySchema),
});
export type NetworkValue = z.infer<typeof valueSchema>;

const count = z.int();
/** Descriptive figures about the circle; numbers only, no judgement. */
export const indicatorsSchema = z.object({
  total: count,
  bySector: z.record(z.string(), count),
  byRing: z.record(z.string(), count),
  bySectorAndRing: z.record(z.string(), z.record(z.string(), count)),
  informal: count,
  professional: count,
  reciprocal: z.array(z.string()),
  stressful: z.array(z.string()),
  helpers: z.array(z.string()),
  emptySectors: z.array(z.string()),
  carryingALot: z.array(z.string()),
});
export type NetworkIndicators = z.infer<typeof indicatorsSchema>;

export const historySchema = z.array(valueSchema);

export const changeEventSchema = changeDetailSchema(NETWORK_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(NETWORK_WIDGET, valueSchema, indicatorsSchema);
export const errorEventSchema = errorDetailSchema(NETWORK_WIDGET);

/** Every schema, by the file name the build writes it under (`dist/schemas/<name>.json`). */
export const networkCircleSchemas = {
  'network-circle-config': configSchema,
  'network-circle-value': valueSchema,
  'network-circle-indicators': indicatorsSchema,
  'network-circle-change-event': changeEventSchema,
  'network-circle-complete-event': completeEventSchema,
  'network-circle-error-event': errorEventSchema,
};
