import type { LocalizeController } from '@goesting/core';
import type { PlanMessages } from './messages.js';
import type { Circle } from './model/parse.js';
import type { Offer } from './model/people.js';
import type { PlanDiff } from './model/review.js';
import type { PersonRole, PlanMode, PlanValue } from './model/schema.js';

/** What the plan's render functions show and what they may do: the element's state and its actions. */
export interface PlanView {
  l: LocalizeController<PlanMessages>;
  value: PlanValue;
  mode: PlanMode;
  disabled: boolean;
  circle?: Circle;
  /** People of the circle who may be asked to do something, "can help with my plan" first. */
  offers: Offer[];
  /** The host's own texts (`strings`), so parts that are kept between renders show a change of them. */
  texts?: object;
  /** The provider's texts, for the same reason. */
  providerTexts?: object;
  /** The plan's people to ask first, as the circle says. */
  askFirst: ReadonlySet<string>;
  /** The difference with the latest earlier version, when `history` holds one. */
  diff?: PlanDiff;
  /** The review's parts, once loaded (they are, whenever the plan is in review mode or has a history). */
  reviewView?: typeof import('./review-view.js');
  overload: number;
  reviewDays: number;
  /** Texts longer than allowed, by field key: kept on screen, not in the plan. */
  overflow: ReadonlyMap<string, string>;
  /** The name typed for a new person, per action or backup key, until it is added. */
  drafts: ReadonlyMap<string, { label: string; role: PersonRole }>;
  /** The participant whose copy is chosen for printing. */
  copyFor: string;
  /** A change of the plan that is not a text: a doer, a date, a status, an added or removed line. */
  edit(update: (doc: PlanValue) => PlanValue): void;
  /** A text edit of the field `key`: too long, it stays on screen only. */
  editText(key: string, text: string, max: number, apply: (doc: PlanValue, text: string) => PlanValue): void;
  /** Toggles a doer of an action or backup step; a circle offer first becomes a person of the plan. */
  toggleDoer(list: 'actions' | 'backup', id: string, doer: string | Offer, on: boolean): void;
  draftPerson(key: string, draft: { label: string; role: PersonRole } | undefined): void;
  addPerson(list: 'actions' | 'backup', id: string): void;
  addAction(): void;
  removeAction(id: string): void;
  moveAction(id: string, offset: -1 | 1): void;
  addBackup(): void;
  removeBackup(id: string): void;
  addGoal(): void;
  removeGoal(index: number): void;
  toggleConditions(on: boolean): void;
  handToCircle(personId: string): void;
  chooseCopy(who: string): void;
  finish(): void;
  print(who?: string): void;
  /** Downloads the plan as JSON, Markdown (or one participant's copy as Markdown) or iCalendar. */
  download(kind: 'json' | 'md' | 'ics', who?: string): void;
}
