import { z } from 'zod/mini';

/**
 * `goesting-person`: a widget hands the host someone the user named who is not in the client's
 * network circle, so the host can add them there. Like `goesting-reflect`, it sits beside the three
 * events every widget sends; only widgets that name people send it.
 */
export const GOESTING_PERSON_EVENT = 'goesting-person';

/** Whether someone is from the client's own network or a professional or service. */
export const PERSON_KINDS = ['network', 'professional'] as const;

/** The person handed over: as minimal as in the circle, a first name, initials or a role. */
export const personDetailPersonSchema = z.object({
  id: z.string(),
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  role: z.enum(PERSON_KINDS),
});
export type PersonDetailPerson = z.infer<typeof personDetailPersonSchema>;

/** Schema of a `goesting-person` detail sent by `widget`. */
export function personDetailSchema<W extends string>(widget: W) {
  return z.object({ widget: z.literal(widget), schemaVersion: z.number(), person: personDetailPersonSchema });
}
