import { z } from 'zod/mini';
import { PERSON_KINDS, changeDetailSchema, completeDetailSchema, errorDetailSchema, isoDaySchema, personDetailSchema, reservedIdIssue } from '@goesting/core/model';

/** Version of plan value documents and event details written by this code. */
export const PLAN_SCHEMA_VERSION = 1;
export const PLAN_WIDGET = 'plan';

/** Longest main question, goal, action text and "what is needed". */
export const MAX_SHORT_TEXT = 500;
/** Longest free text: strengths, worries, the backup agreement, the professional's conditions and the client's answer. */
export const MAX_LONG_TEXT = 2000;
/** Longest name: a first name, initials or a role. */
export const MAX_NAME = 80;
export const MAX_GOALS = 10;
export const MAX_PEOPLE = 100;
export const MAX_ACTIONS = 300;
/** The most people doing one action together. */
export const MAX_DOERS = 10;

/** The doer id of the client, in every plan. No person may have it. */
export const CLIENT = 'client';

/**
 * Who a person in the plan is: `network`, someone from the client's own network (family, friends,
 * neighbours, volunteers), or `professional`, a professional or a service.
 */
export const PERSON_ROLES = PERSON_KINDS;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** How an action stands at a review: gedaan, deels, nog niet, niet meer nodig. */
export const REVIEW_STATUSES = ['done', 'partly', 'not-yet', 'not-needed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** How the widget opens: `plan` (writing the plan) or `review` (going through it at the review date). */
export const PLAN_MODES = ['plan', 'review'] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

const keyId = z.string().check(
  z.regex(/^[A-Za-z0-9_.:-]{1,64}$/),
  z.superRefine((value: string, ctx) => {
    const issue = reservedIdIssue(value, '') ?? (value === CLIENT ? { message: `"${CLIENT}" is the client's own id.`, code: 'reserved_id' } : undefined);
    if (issue) ctx.addIssue({ code: 'custom', input: value, message: issue.message, params: { code: issue.code, id: value } });
  }),
);
const doerId = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,64}$/));
const shortText = z.string().check(z.maxLength(MAX_SHORT_TEXT));
const longText = z.string().check(z.maxLength(MAX_LONG_TEXT));

/**
 * Someone in the plan besides the client, as minimal as in the network circle: a first name,
 * initials or a role, never a surname field. `circle` is the id of the same person in the network
 * circle the plan was made with, when they came from there.
 */
export const personSchema = z.object({
  id: keyId,
  label: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  role: z.enum(PERSON_ROLES),
  circle: z.optional(doerId),
});
export type PlanPerson = z.infer<typeof personSchema>;

/** What an action came to at a review, with a short note. */
export const reviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  note: z.optional(shortText),
});
export type ActionReview = z.infer<typeof reviewSchema>;

/**
 * One action: what, who (the client `client` and/or people of the plan, by id; more than one is
 * "together"), by when, and what is needed. `review` is filled in at the review; `added` is the
 * day an action was added at a review.
 */
export const actionSchema = z.object({
  id: keyId,
  what: shortText,
  who: z.array(doerId).check(z.minLength(1), z.maxLength(MAX_DOERS)),
  by: z.optional(isoDaySchema),
  needs: z.optional(shortText),
  review: z.optional(reviewSchema),
  added: z.optional(isoDaySchema),
});
export type PlanAction = z.infer<typeof actionSchema>;

/** One line of the backup agreement, "if it goes differently": what, and who does it. */
export const backupSchema = z.object({
  id: keyId,
  what: shortText,
  who: z.array(doerId).check(z.minLength(1), z.maxLength(MAX_DOERS)),
});
export type BackupStep = z.infer<typeof backupSchema>;

/**
 * What a professional must add (safety, the law): always the professional's, shown apart from the
 * client's own text. `by` names who wrote it (a role); `answer` is the client's reply.
 */
export const conditionsSchema = z.object({
  text: longText,
  by: z.optional(z.string().check(z.maxLength(MAX_NAME))),
  answer: longText,
});
export type ProfessionalConditions = z.infer<typeof conditionsSchema>;

/** The saved plan: resume from it; events carry it; `history` is a list of earlier versions. */
export const valueSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  /** What I want: the one main question, in the client's words. */
  question: shortText,
  /** Smaller goals on the way (optional). */
  goals: z.array(shortText).check(z.maxLength(MAX_GOALS)),
  /** What goes well already: the client's strengths, and those of the people around them. */
  strengths: z.object({ own: longText, around: longText }),
  /** What worries me (optional). */
  worries: longText,
  people: z.array(personSchema).check(z.maxLength(MAX_PEOPLE)),
  actions: z.array(actionSchema).check(z.maxLength(MAX_ACTIONS)),
  backup: z.array(backupSchema).check(z.maxLength(MAX_GOALS * 2)),
  conditions: z.optional(conditionsSchema),
  /** The day the plan is made (or last reviewed), and the day it is looked at again. */
  date: z.optional(isoDaySchema),
  reviewDate: z.optional(isoDaySchema),
  /** The day of the review, once it is done. */
  reviewed: z.optional(isoDaySchema),
  completed: z.boolean(),
});
export type PlanValue = z.infer<typeof valueSchema>;

const count = z.int().check(z.gte(0));

/** How the open actions rest on the client, the network and professionals; an action done together counts for each. */
export const balanceSchema = z.object({
  total: count,
  open: count,
  client: count,
  network: count,
  professional: count,
  /** People from the network who carry many open actions, by id, most first. */
  overloaded: z.array(z.object({ id: z.string(), label: z.string(), actions: count })),
});
export type PlanBalance = z.infer<typeof balanceSchema>;

/** What `goesting-complete` reports beside the plan. */
export const resultSchema = z.object({
  balance: balanceSchema,
  reviewDate: z.optional(isoDaySchema),
  /** Review counts per status, once a review is done. */
  statuses: z.record(z.enum(REVIEW_STATUSES), count),
});
export type PlanResult = z.infer<typeof resultSchema>;

export const historySchema = z.array(valueSchema);

/** `goesting-person`: someone named in the plan who is not in the network circle, for the host to add there. */
export const personEventSchema = personDetailSchema(PLAN_WIDGET);

export const changeEventSchema = changeDetailSchema(PLAN_WIDGET, valueSchema);
export const completeEventSchema = completeDetailSchema(PLAN_WIDGET, valueSchema, resultSchema);
export const errorEventSchema = errorDetailSchema(PLAN_WIDGET);

/** Whether a circle person may be contacted: `yes`, `ask` first, or `no`. */
export const CONTACT_CONSENT = ['yes', 'ask', 'no'] as const;
export type ContactConsent = (typeof CONTACT_CONSENT)[number];

/** The sectors of a network circle whose people are professionals or services, unless the host says otherwise. */
export const DEFAULT_FORMAL_SECTORS: readonly string[] = ['professionals'];

/** A circle person's id: any id the circle allows, and never the name of a member every plain object inherits. */
const circleId = doerId.check(
  z.superRefine((value: string, ctx) => {
    const issue = reservedIdIssue(value, '');
    if (issue) ctx.addIssue({ code: 'custom', input: value, message: issue.message, params: { code: issue.code, id: value } });
  }),
);

/**
 * A person of the network circle as the plan reads them: only the fields it uses. Every other
 * field of the circle's person is allowed and ignored, so the plan keeps reading circles that grow
 * new fields.
 */
export const circlePersonSchema = z.looseObject({
  id: circleId,
  label: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  sector: doerId,
  canHelp: z.optional(z.boolean()),
  helpWith: z.optional(shortText),
  mayContact: z.optional(z.enum(CONTACT_CONSENT)),
});

/**
 * The network circle's value (`<goesting-network-circle>`'s `value`) as the plan reads it: its
 * people. The rest of the circle document is allowed and ignored.
 */
export const circleSchema = z.looseObject({
  people: z.array(circlePersonSchema).check(z.maxLength(2000)),
});

/** A person of the network circle, with the fields the plan uses. */
export interface CirclePerson {
  id: string;
  label: string;
  sector: string;
  canHelp?: boolean;
  helpWith?: string;
  mayContact?: ContactConsent;
}

/** The network circle as the plan reads it: its people, with the fields the plan uses. */
export interface Circle {
  people: CirclePerson[];
}
