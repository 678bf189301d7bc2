import { unusedId } from './parse.js';
import { CLIENT, DEFAULT_FORMAL_SECTORS, MAX_NAME, type BackupStep, type Circle, type PersonRole, type PlanAction, type PlanPerson, type PlanValue } from './schema.js';

/** Someone from the network circle who may be asked to do something in the plan. */
export interface Offer {
  /** The person's id in the circle. */
  circle: string;
  label: string;
  /** `professional` when their sector is a formal one, else `network`. */
  role: PersonRole;
  /** Whether the circle marks them as "can help with my plan". */
  canHelp: boolean;
  /** What they could help with, in the circle's words. */
  helpWith?: string;
  /** Whether the client must ask first before contacting them. */
  ask: boolean;
  /** Their id in the plan, when they are in it already. */
  person?: string;
}

/** Whether a doer id is the client's own. */
export function isClient(id: string): boolean {
  return id === CLIENT;
}

/**
 * The people of the circle who may be asked to do something: never those who may not be
 * contacted; first those who can help with the plan, then the rest, each group by label.
 * People whose sector is in `formalSectors` are professionals. No circle offers no one.
 */
export function offeredPeople(circle: Circle | undefined, plan: PlanValue, formalSectors: readonly string[] = DEFAULT_FORMAL_SECTORS): Offer[] {
  if (!circle) return [];
  const linked = new Map(plan.people.filter((p) => p.circle !== undefined).map((p) => [p.circle!, p.id]));
  const offers = circle.people
    .filter((person) => person.mayContact !== 'no')
    .map((person): Offer => {
      const id = linked.get(person.id);
      return {
        circle: person.id,
        label: person.label,
        role: formalSectors.includes(person.sector) ? 'professional' : 'network',
        canHelp: person.canHelp === true,
        ...(person.helpWith ? { helpWith: person.helpWith } : {}),
        ask: person.mayContact === 'ask',
        ...(id === undefined ? {} : { person: id }),
      };
    });
  return offers.sort((a, b) => Number(b.canHelp) - Number(a.canHelp) || a.label.localeCompare(b.label));
}

/**
 * The plan with the person of an offer from the circle, and their plan id: the plan person
 * already linked to that circle person when there is one (the plan is then unchanged), else a new
 * one with the circle's label and role.
 */
export function personFromOffer(plan: PlanValue, offer: Offer): { plan: PlanValue; id: string } {
  const existing = plan.people.find((p) => p.circle === offer.circle);
  if (existing) return { plan, id: existing.id };
  const id = unusedId(plan, 'person');
  const person: PlanPerson = { id, label: offer.label.trim().slice(0, MAX_NAME) || offer.circle, role: offer.role, circle: offer.circle };
  return { plan: { ...plan, people: [...plan.people, person] }, id };
}

/**
 * The plan with someone named by the user (a first name, initials or a role), and their id. The
 * label is trimmed; a person with the same label and role (in any case) is reused, and then the
 * plan is unchanged. An empty label adds no one and gives the id `''`.
 */
export function addPerson(plan: PlanValue, label: string, role: PersonRole): { plan: PlanValue; id: string } {
  const name = label.trim().slice(0, MAX_NAME);
  if (!name) return { plan, id: '' };
  const lower = name.toLowerCase();
  const existing = plan.people.find((p) => p.role === role && p.label.trim().toLowerCase() === lower);
  if (existing) return { plan, id: existing.id };
  const id = unusedId(plan, 'person');
  return { plan: { ...plan, people: [...plan.people, { id, label: name, role }] }, id };
}

/**
 * How the plan's people stand against the circle: `removed`, people from the circle who are no
 * longer in it; `notInCircle`, people from the network who never came from the circle (the host
 * may add them there); `noContact`, people from the circle who now may not be contacted. Without
 * a circle, all three are empty.
 */
export function circleStatus(plan: PlanValue, circle: Circle | undefined): { removed: PlanPerson[]; notInCircle: PlanPerson[]; noContact: PlanPerson[] } {
  if (!circle) return { removed: [], notInCircle: [], noContact: [] };
  const inCircle = new Map(circle.people.map((person) => [person.id, person]));
  return {
    removed: plan.people.filter((p) => p.circle !== undefined && !inCircle.has(p.circle)),
    notInCircle: plan.people.filter((p) => p.role === 'network' && p.circle === undefined),
    noContact: plan.people.filter((p) => p.circle !== undefined && inCircle.get(p.circle)?.mayContact === 'no'),
  };
}

/** Ids of the plan's people whom the circle says the client should ask first before contacting them. */
export function askFirst(plan: PlanValue, circle: Circle | undefined): Set<string> {
  if (!circle) return new Set();
  const ask = new Set(circle.people.filter((person) => person.mayContact === 'ask').map((person) => person.id));
  return new Set(plan.people.filter((p) => p.circle !== undefined && ask.has(p.circle)).map((p) => p.id));
}

/** The name shown for a doer: `clientLabel` for the client, the person's label, or the id itself for someone not in the plan. */
export function doerLabel(plan: PlanValue, id: string, clientLabel: string): string {
  if (isClient(id)) return clientLabel;
  return plan.people.find((p) => p.id === id)?.label ?? id;
}

/** Ids of everyone who gets a copy: the client first, then each person with an action or a backup step, in the order of the plan's people. */
export function participants(plan: PlanValue): string[] {
  const doers = new Set([...plan.actions, ...plan.backup].flatMap((step) => step.who));
  return [CLIENT, ...plan.people.filter((p) => doers.has(p.id)).map((p) => p.id)];
}

/** The actions and backup steps of one participant's copy: their own first, then the others', each in plan order. */
export function copyFor(plan: PlanValue, who: string): { own: PlanAction[]; others: PlanAction[]; ownBackup: BackupStep[]; otherBackup: BackupStep[] } {
  const mine = (step: { who: readonly string[] }) => step.who.includes(who);
  return {
    own: plan.actions.filter(mine),
    others: plan.actions.filter((a) => !mine(a)),
    ownBackup: plan.backup.filter(mine),
    otherBackup: plan.backup.filter((b) => !mine(b)),
  };
}
