import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Catalogues, LocalizeController, Messages } from './localize.js';
import { downloadFile } from './export.js';
import { isCalendarDay, isoDay } from './model/text.js';
import {
  FOCUS_ACTION_STATUSES,
  FOCUS_PLAN_COLUMNS,
  MAX_FOCUS_ACTIONS,
  MAX_FOCUS_OWNER,
  MAX_FOCUS_POINTS,
  MAX_FOCUS_WHAT,
  MAX_FOCUS_WHY,
  carryFocusPlan,
  focusChange,
  focusPlanToCsv,
  focusPlanToMarkdown,
  type FocusAction,
  type FocusActionStatus,
  type FocusPlan,
  type FocusPlanLabels,
  type FocusPoint,
} from './model/focus-plan.js';
import type { GridCell, ReflectPurpose } from './model/reflect.js';
import nlBE, { type FocusPlanMessages } from './locales/focus-plan-nl-BE.js';

/** The texts of the focus plan's view: they come with this module, and a widget adds them to its own. */
export const messages: Catalogues<FocusPlanMessages> = {
  'nl-BE': nlBE,
  'nl-NL': () => import('./locales/focus-plan-nl-NL.js'),
  'fr-BE': () => import('./locales/focus-plan-fr-BE.js'),
  en: () => import('./locales/focus-plan-en.js'),
};

/** The roles offered for "who takes it up", as message keys (`focus.role.<key>`); the team may write any other. */
export const FOCUS_ROLES = ['teamcoach', 'teamLead', 'team', 'hr', 'colleague'] as const;

/** How a report marks a target: `growth` is offered first; every kind is named beside the target. */
export type FocusTargetKind = 'growth' | 'strength' | 'talk';

/** Something of the report the team may choose as a focus point now. */
export interface FocusTarget {
  /** The report's own id (a topic, a cell), which becomes the point's `target`. */
  id: string;
  kind?: FocusTargetKind;
  /** A cell of the pillar × dimension grid: a point on it can open reflection or intervision cards. */
  cell?: GridCell;
}

/** How the report names what a plan refers to. */
export interface FocusPlanNames {
  target(id: string): string;
  group(id: string): string;
  /** A wave by its key; `''` is results without a wave. */
  wave(id: string): string;
}

/** What the user did, for the report to take in one go. */
export interface FocusPlanUpdate {
  /** The plan after the user's edit: the report keeps it and sends `goesting-change`. */
  plan?: FocusPlan;
  /** The texts held back from the plan (see {@link FocusPlanContext.held}). */
  held?: ReadonlyMap<string, string>;
  /** A selector of the control to focus once the next render is done. */
  focus?: string;
  /** A sentence for screen readers, said politely. */
  say?: string;
}

/** What a report gives the view on every render. */
export interface FocusPlanContext {
  l: Pick<LocalizeController<Messages>, 'lookup' | 'date'>;
  plan: FocusPlan;
  /** The group the plan is for: new points are for it. */
  group: string;
  /** The wave the report shows now. */
  wave: string;
  /** Every wave of the report, oldest first: a plan of an earlier one is carried into `wave`. */
  waves: readonly string[];
  /** What may be chosen now, in the report's order; growth points are offered first. Empty when the group's figures may not be shown. */
  targets: readonly FocusTarget[];
  names: FocusPlanNames;
  /** A target's figure for the group in a wave, from released figures only; `null` when there is none to show. */
  figure(target: string, wave: string): number | null;
  /** A figure as text, such as "22 %" or "2,5". */
  formatFigure(value: number, target: string): string;
  /** A change between two waves as text, with its sign. */
  formatChange(change: number, target: string): string;
  /**
   * Texts the user wrote that the plan cannot take (too long, emptied, the new action being
   * written), by field: kept by the report between renders, so nothing typed is lost.
   */
  held: ReadonlyMap<string, string>;
  change(update: FocusPlanUpdate): void;
  /** Opens reflection cards or an intervision card on a cell; without it, no such buttons. */
  reflect?(cell: GridCell, purpose: ReflectPurpose): void;
}

type T = (key: string, params?: unknown) => string;

/** The key under which the view holds texts of one point: its group and target (neither holds `|`). */
const pointKey = (point: FocusPoint) => `${point.group}|${point.target}`;

/** `held` without the texts whose key starts with `prefix`. */
function dropHeld(held: ReadonlyMap<string, string>, prefix: string): Map<string, string> {
  return new Map([...held].filter(([key]) => !key.startsWith(prefix)));
}

const withPoint = (plan: FocusPlan, index: number, point: FocusPoint): FocusPlan => ({ ...plan, points: plan.points.map((p, i) => (i === index ? point : p)) });
const withAction = (point: FocusPoint, index: number, action: FocusAction): FocusPoint => ({ ...point, actions: point.actions.map((a, i) => (i === index ? action : a)) });

/** A new action id in `point`: `a` and one more than the highest number used. */
function nextActionId(point: FocusPoint): string {
  const numbers = point.actions.map((a) => /^a(\d+)$/.exec(a.id)?.[1]).map(Number).filter(Number.isFinite);
  return `a${Math.max(0, ...numbers) + 1}`;
}

/** `value` with `key` set, or left out when `text` is undefined. */
function setOptional<O extends object, K extends string>(value: O, key: K, text: string | undefined): O {
  const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
  return (text === undefined ? rest : { ...rest, [key]: text }) as O;
}

interface TextFieldOptions {
  /** The key of the text in `held`. */
  key: string;
  id: string;
  label: string;
  /** Said after the label to screen readers: which point, which action. */
  about: string;
  stored: string;
  max: number;
  /** What to say when the text is only spaces; without it, empty is fine. */
  missing?: string;
  rows?: number;
  list?: string;
  help?: string;
  /** The plan with the new text; without it, the text is a draft, kept in `held` only. */
  apply?(text: string): FocusPlan;
  /** The draft was offered once: say what is missing. */
  tried?: boolean;
}

/** A text field: a counter, and a text that does not fit kept on screen with a message, never cut. */
function textField(c: FocusPlanContext, t: T, o: TextFieldOptions): TemplateResult {
  const text = c.held.get(o.key) ?? o.stored;
  const tooLong = text.length > o.max;
  const blank = !!o.missing && text.trim() === '' && (o.apply ? c.held.has(o.key) : !!o.tried);
  const describedBy = [o.help ? `${o.id}-help` : '', `${o.id}-count`, blank ? `${o.id}-missing` : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) => {
    const value = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    const fits = value.length <= o.max && !(o.missing && value.trim() === '');
    const held = new Map(c.held);
    if (!o.apply || !fits) return c.change({ held: held.set(o.key, value) });
    c.change({ plan: o.apply(value), ...(held.delete(o.key) ? { held } : {}) });
  };
  const invalid = tooLong || blank ? 'true' : 'false';
  return html`<div class="field">
    <label for=${o.id}>${o.label}<span class="visually-hidden">${o.about}</span></label>
    ${o.help ? html`<p class="hint" id="${o.id}-help">${o.help}</p>` : nothing}
    ${o.rows
      ? html`<textarea id=${o.id} rows=${o.rows} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${live(text)} @input=${onInput}></textarea>`
      : html`<input id=${o.id} type="text" list=${o.list ?? nothing} aria-describedby=${describedBy} aria-invalid=${invalid} .value=${live(text)} @input=${onInput} />`}
    <span class="counter ${tooLong ? 'too-long' : ''}" id="${o.id}-count">${t(tooLong ? 'focus.tooLong' : 'focus.characters', { count: text.length, max: o.max })}</span>
    ${blank ? html`<span class="problem" id="${o.id}-missing">${o.apply ? t('focus.blankKept') : o.missing}</span>` : nothing}
    ${o.apply ? html`<p class="print-only">${text || t('focus.none')}</p>` : nothing}
  </div>`;
}

/** A date field; emptied, the date is taken away; a day that does not exist is kept on screen with a message. */
function dateField(c: FocusPlanContext, t: T, o: { key: string; id: string; label: string; about: string; stored: string | undefined; set(day: string | undefined): void }): TemplateResult {
  const shown = c.held.get(o.key) ?? o.stored ?? '';
  const bad = c.held.has(o.key) && !isCalendarDay(shown);
  const onChange = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    if (value !== '' && !isCalendarDay(value)) return c.change({ held: new Map(c.held).set(o.key, value) });
    const held = new Map(c.held);
    if (held.delete(o.key)) c.change({ held });
    o.set(value || undefined);
  };
  return html`<div class="field">
    <label for=${o.id}>${o.label}<span class="visually-hidden">${o.about}</span></label>
    <input id=${o.id} type="date" aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${o.id}-bad` : nothing} .value=${live(shown)} @change=${onChange} />
    ${bad ? html`<span class="problem" id="${o.id}-bad">${t('focus.badDate')}</span>` : nothing}
    <p class="print-only">${o.stored ? c.l.date(o.stored) : t('focus.none')}</p>
  </div>`;
}

function statusField(t: T, o: { id: string; about: string; status: FocusActionStatus; set(status: FocusActionStatus): void }): TemplateResult {
  return html`<div class="field">
    <label for=${o.id}>${t('focus.status')}<span class="visually-hidden">${o.about}</span></label>
    <select id=${o.id} @change=${(e: Event) => o.set((e.target as HTMLSelectElement).value as FocusActionStatus)}>
      ${FOCUS_ACTION_STATUSES.map((s) => html`<option value=${s} ?selected=${s === o.status}>${t(`focus.status.${s}`)}</option>`)}
    </select>
    <p class="print-only">${t(`focus.status.${o.status}`)}</p>
  </div>`;
}

/**
 * The focus plan of a group report: up to three focus points chosen from the report's targets,
 * each with why and its actions (what, the role that takes it up, the dates, the status once
 * carried), the points of the wave before beside the change since, and the plan as JSON, CSV or
 * Markdown. A plan of an earlier wave is shown beside the change and can be carried into the
 * wave shown now.
 */
export function renderFocusPlan(c: FocusPlanContext): TemplateResult {
  const t: T = (key, params) => c.l.lookup(key, params);
  const { plan } = c;
  const from = c.waves.indexOf(plan.wave);
  const earlier = from >= 0 && from < c.waves.indexOf(c.wave);
  let body: TemplateResult;
  if (plan.wave === c.wave) body = renderCurrent(c, t);
  else if (earlier) body = renderCarry(c, t);
  else body = html`<p class="other-wave">${t(from >= 0 ? 'focus.laterWave' : 'focus.unknownWave', { wave: c.names.wave(plan.wave) })}</p>`;
  return html`<section class="focus-plan" part="focus-plan" aria-labelledby="focus-title">
    <h3 id="focus-title" tabindex="-1">${t('focus.title')}</h3>
    <p>${t('focus.intro', { group: c.names.group(c.group), max: MAX_FOCUS_POINTS })}</p>
    ${body} ${renderFiles(c, t)}
    <datalist id="focus-roles">${FOCUS_ROLES.map((role) => html`<option value=${t(`focus.role.${role}`)}></option>`)}</datalist>
  </section>`;
}

/** The plan of the wave shown: its points, a way to choose another, and the previous wave's points. */
function renderCurrent(c: FocusPlanContext, t: T): TemplateResult {
  const { plan } = c;
  const previous = plan.previous;
  return html`${plan.points.length
      ? html`<ol class="focus-points">${plan.points.map((point, i) => renderPoint(c, t, point, i))}</ol>`
      : html`<p class="no-points">${t('focus.noPoints')}</p>`}
    ${renderChoose(c, t)}
    ${previous?.points.length
      ? renderEarlier(c, t, previous.wave, previous.points, (points) => ({ ...plan, previous: { ...previous, points } }), true)
      : nothing}`;
}

/** A plan of an earlier wave: its points beside the change since, and the way to start the plan of the wave shown. */
function renderCarry(c: FocusPlanContext, t: T): TemplateResult {
  const { plan } = c;
  const wave = c.names.wave(c.wave);
  const carry = () =>
    c.change({ plan: carryFocusPlan(plan, c.wave), held: new Map(), focus: c.targets.length ? '#focus-choose-select' : '#focus-title', say: t('focus.carried', { wave }) });
  return html`<p>${t('focus.carryNote', { from: c.names.wave(plan.wave), to: wave })}</p>
    ${plan.points.length ? renderEarlier(c, t, plan.wave, plan.points, (points) => ({ ...plan, points }), false) : nothing}
    <p><button type="button" class="primary" id="focus-carry" @click=${carry}>${t('focus.carry', { wave })}</button></p>`;
}

function renderPoint(c: FocusPlanContext, t: T, point: FocusPoint, index: number): TemplateResult {
  const { plan } = c;
  const label = c.names.target(point.target);
  const about = t('focus.ofPoint', { label });
  const key = pointKey(point);
  const id = `focus-p${index}`;
  const target = c.targets.find((x) => x.id === point.target);
  const now = c.figure(point.target, c.wave);
  const remove = () => {
    const points = plan.points.filter((_, i) => i !== index);
    const next = Math.min(index, points.length - 1);
    c.change({ plan: { ...plan, points }, held: dropHeld(c.held, `${key}|`), focus: next >= 0 ? `#focus-p${next}-title` : c.targets.length ? '#focus-choose-select' : '#focus-title', say: t('focus.pointRemoved', { label }) });
  };
  return html`<li class="focus-point" part="focus-point" data-target=${point.target}>
    <h4 id="${id}-title" tabindex="-1">${t('focus.point', { number: index + 1, label })}${target?.kind ? html` <span class="badge">${t(`focus.kind.${target.kind}`)}</span>` : nothing}</h4>
    <p class="figure">${t('focus.figure', { wave: c.names.wave(c.wave), figure: now === null ? t('focus.noFigure') : c.formatFigure(now, point.target) })}</p>
    ${textField(c, t, {
      key: `${key}|why`,
      id: `${id}-why`,
      label: t('focus.why'),
      about,
      stored: point.why ?? '',
      max: MAX_FOCUS_WHY,
      rows: 2,
      apply: (why) => withPoint(plan, index, setOptional(point, 'why', why === '' ? undefined : why)),
    })}
    <h5 id="${id}-actions">${t('focus.actionsTitle')}<span class="visually-hidden">${about}</span></h5>
    ${point.actions.length
      ? html`<ol class="focus-actions" aria-labelledby="${id}-actions">${point.actions.map((action, j) => renderAction(c, t, point, index, action, j))}</ol>`
      : html`<p>${t('focus.noActions')}</p>`}
    ${renderNewAction(c, t, point, index)}
    <div class="row-buttons no-print">
      ${target?.cell && c.reflect
        ? html`<button type="button" @click=${() => c.reflect!(target.cell!, 'reflection')}>${t('focus.reflect')}<span class="visually-hidden">${about}</span></button>
            <button type="button" @click=${() => c.reflect!(target.cell!, 'intervision')}>${t('focus.intervision')}<span class="visually-hidden">${about}</span></button>`
        : nothing}
      <button type="button" class="remove-point" @click=${remove}>${t('focus.removePoint')}<span class="visually-hidden">${about}</span></button>
    </div>
  </li>`;
}

function renderAction(c: FocusPlanContext, t: T, point: FocusPoint, index: number, action: FocusAction, j: number): TemplateResult {
  const { plan } = c;
  const label = c.names.target(point.target);
  const about = t('focus.ofAction', { number: j + 1, label });
  const key = `${pointKey(point)}|${action.id}`;
  const id = `focus-p${index}-a${j}`;
  const apply = (next: FocusAction) => withPoint(plan, index, withAction(point, j, next));
  const set = (field: 'due' | 'checkBack', day: string | undefined) => c.change({ plan: apply(setOptional(action, field, day)) });
  const remove = () => {
    const actions = point.actions.filter((_, k) => k !== j);
    const next = Math.min(j, actions.length - 1);
    c.change({
      plan: withPoint(plan, index, { ...point, actions }),
      held: dropHeld(c.held, `${key}|`),
      focus: next >= 0 ? `#focus-p${index}-a${next}-what` : `#focus-p${index}-new-what`,
      say: t('focus.actionRemoved', { label }),
    });
  };
  return html`<li class="focus-action" data-action=${action.id}>
    <fieldset>
      <legend>${t('focus.action', { number: j + 1 })}<span class="visually-hidden">${t('focus.ofPoint', { label })}</span></legend>
      ${textField(c, t, { key: `${key}|what`, id: `${id}-what`, label: t('focus.what'), about, stored: action.what, max: MAX_FOCUS_WHAT, missing: t('focus.whatMissing'), rows: 2, apply: (what) => apply({ ...action, what }) })}
      ${textField(c, t, { key: `${key}|owner`, id: `${id}-owner`, label: t('focus.owner'), about, stored: action.owner, max: MAX_FOCUS_OWNER, missing: t('focus.ownerMissing'), list: 'focus-roles', apply: (owner) => apply({ ...action, owner }) })}
      <div class="dates">
        ${dateField(c, t, { key: `${key}|due`, id: `${id}-due`, label: t('focus.due'), about, stored: action.due, set: (day) => set('due', day) })}
        ${dateField(c, t, { key: `${key}|checkBack`, id: `${id}-check`, label: t('focus.checkBack'), about, stored: action.checkBack, set: (day) => set('checkBack', day) })}
      </div>
      ${action.status ? statusField(t, { id: `${id}-status`, about, status: action.status, set: (status) => c.change({ plan: apply({ ...action, status }) }) }) : nothing}
      <div class="row-buttons no-print">
        <button type="button" class="remove-action" @click=${remove}>${t('focus.removeAction')}<span class="visually-hidden">${about}</span></button>
      </div>
    </fieldset>
  </li>`;
}

/** The action being written for a point: kept in `held` until it has what and who, then added. */
function renderNewAction(c: FocusPlanContext, t: T, point: FocusPoint, index: number): TemplateResult {
  if (point.actions.length >= MAX_FOCUS_ACTIONS) return html`<p class="hint">${t('focus.actionsFull', { max: MAX_FOCUS_ACTIONS })}</p>`;
  const label = c.names.target(point.target);
  const about = t('focus.ofPoint', { label });
  const key = `${pointKey(point)}|new`;
  const id = `focus-p${index}-new`;
  const tried = c.held.has(`${key}|tried`);
  const hold = (field: string, value: string | undefined) => {
    const held = new Map(c.held);
    if (value === undefined) held.delete(`${key}|${field}`);
    else held.set(`${key}|${field}`, value);
    c.change({ held });
  };
  const add = () => {
    const what = c.held.get(`${key}|what`) ?? '';
    const owner = c.held.get(`${key}|owner`) ?? '';
    const due = c.held.get(`${key}|due`);
    const checkBack = c.held.get(`${key}|checkBack`);
    const problem = [
      [what.trim() === '' || what.length > MAX_FOCUS_WHAT, `#${id}-what`],
      [owner.trim() === '' || owner.length > MAX_FOCUS_OWNER, `#${id}-owner`],
      [due !== undefined && !isCalendarDay(due), `#${id}-due`],
      [checkBack !== undefined && !isCalendarDay(checkBack), `#${id}-check`],
    ].find(([wrong]) => wrong)?.[1] as string | undefined;
    if (problem) return c.change({ held: new Map(c.held).set(`${key}|tried`, ''), focus: problem, say: t('focus.actionProblem') });
    const action: FocusAction = { id: nextActionId(point), what, owner, ...(due ? { due } : {}), ...(checkBack ? { checkBack } : {}) };
    c.change({
      plan: withPoint(c.plan, index, { ...point, actions: [...point.actions, action] }),
      held: dropHeld(c.held, `${key}|`),
      focus: `#${id}-what`,
      say: t('focus.actionAdded', { label }),
    });
  };
  return html`<fieldset class="focus-new">
    <legend>${t('focus.newAction')}<span class="visually-hidden">${about}</span></legend>
    ${textField(c, t, { key: `${key}|what`, id: `${id}-what`, label: t('focus.what'), about, stored: '', max: MAX_FOCUS_WHAT, missing: t('focus.whatMissing'), rows: 2, tried })}
    ${textField(c, t, { key: `${key}|owner`, id: `${id}-owner`, label: t('focus.owner'), about, stored: '', max: MAX_FOCUS_OWNER, missing: t('focus.ownerMissing'), list: 'focus-roles', help: t('focus.ownerHelp'), tried })}
    <div class="dates">
      ${dateField(c, t, { key: `${key}|due`, id: `${id}-due`, label: t('focus.due'), about, stored: undefined, set: (day) => hold('due', day) })}
      ${dateField(c, t, { key: `${key}|checkBack`, id: `${id}-check`, label: t('focus.checkBack'), about, stored: undefined, set: (day) => hold('checkBack', day) })}
    </div>
    <button type="button" id="${id}-add" @click=${add}>${t('focus.addAction')}<span class="visually-hidden">${about}</span></button>
  </fieldset>`;
}

/** The targets not chosen yet, growth points first and marked; closed with a plain note at three points. */
function renderChoose(c: FocusPlanContext, t: T): TemplateResult | typeof nothing {
  const { plan } = c;
  const chosen = new Set(plan.points.filter((p) => p.group === c.group).map((p) => p.target));
  const open = c.targets.filter((x) => !chosen.has(x.id));
  const full = plan.points.length >= MAX_FOCUS_POINTS;
  if (!full && !open.length) return c.targets.length ? html`<p class="hint">${t('focus.noTargets')}</p>` : nothing;
  const growth = open.filter((x) => x.kind === 'growth');
  const others = open.filter((x) => x.kind !== 'growth');
  const option = (x: FocusTarget) => {
    const figure = c.figure(x.id, c.wave);
    const text = t('focus.option', { label: c.names.target(x.id), figure: figure === null ? t('focus.noFigure') : c.formatFigure(figure, x.id) });
    return html`<option value=${x.id}>${text}${x.kind ? ` (${t(`focus.kind.${x.kind}`)})` : ''}</option>`;
  };
  const add = (e: Event) => {
    const select = (e.target as HTMLElement).closest('.focus-choose')!.querySelector('select')!;
    const target = select.value;
    if (!target) return;
    const label = c.names.target(target);
    const number = plan.points.length + 1;
    c.change({
      plan: { ...plan, points: [...plan.points, { group: c.group, target, actions: [] }] },
      focus: `#focus-p${number - 1}-title`,
      say: t('focus.pointAdded', { label, number, max: MAX_FOCUS_POINTS }),
    });
  };
  const described = full ? 'focus-limit' : nothing;
  return html`<div class="focus-choose">
      <div class="field">
        <label for="focus-choose-select">${t('focus.choose')}</label>
        <select id="focus-choose-select" ?disabled=${full} aria-describedby=${described}>
          ${growth.length
            ? html`<optgroup label=${t('focus.growthGroup')}>${growth.map(option)}</optgroup>${others.length ? html`<optgroup label=${t('focus.otherGroup')}>${others.map(option)}</optgroup>` : nothing}`
            : others.map(option)}
        </select>
      </div>
      <button type="button" id="focus-choose-add" ?disabled=${full} aria-describedby=${described} @click=${add}>${t('focus.addPoint')}</button>
    </div>
    ${full ? html`<p class="hint" id="focus-limit">${t('focus.limit', { max: MAX_FOCUS_POINTS })}</p>` : nothing}`;
}

/**
 * Points chosen in an earlier wave (`from`), each beside its figure then and now and the change,
 * with its actions and how far they are. With `keep`, a point can be taken into the plan of the
 * wave shown. `apply` gives the plan with these points changed.
 */
function renderEarlier(c: FocusPlanContext, t: T, from: string, points: readonly FocusPoint[], apply: (points: FocusPoint[]) => FocusPlan, keep: boolean): TemplateResult {
  const { plan } = c;
  const thenWave = c.names.wave(from);
  const nowWave = c.names.wave(c.wave);
  const full = plan.points.length >= MAX_FOCUS_POINTS;
  const figure = (value: number | null, target: string) => (value === null ? t('focus.noFigure') : c.formatFigure(value, target));
  return html`<section class="focus-previous" aria-labelledby="focus-earlier-title">
    <h4 id="focus-earlier-title">${t('focus.earlierTitle', { wave: thenWave })}</h4>
    <ul class="focus-earlier">
      ${points.map((point, i) => {
        const label = c.names.target(point.target);
        const about = t('focus.ofPoint', { label });
        const then = c.figure(point.target, from);
        const now = c.figure(point.target, c.wave);
        const change = focusChange(then, now);
        const kept = plan.points.some((p) => p.group === point.group && p.target === point.target);
        const take = () => {
          const copy: FocusPoint = { ...point, actions: point.actions.map((a) => ({ ...a, status: a.status ?? 'open' })) };
          c.change({ plan: { ...plan, points: [...plan.points, copy] }, focus: `#focus-p${plan.points.length}-title`, say: t('focus.kept', { label }) });
        };
        return html`<li data-target=${point.target}>
          <h5>${label}</h5>
          <dl class="change">
            <dt>${t('focus.then', { wave: thenWave })}</dt>
            <dd>${figure(then, point.target)}</dd>
            <dt>${t('focus.now', { wave: nowWave })}</dt>
            <dd>${figure(now, point.target)}</dd>
            <dt>${t('focus.change')}</dt>
            <dd class="focus-change">${change === null ? t('focus.changeUnknown') : change === 0 ? t('focus.changeNone') : c.formatChange(change, point.target)}</dd>
          </dl>
          ${point.why ? html`<p><strong>${t('focus.col.why')}:</strong> ${point.why}</p>` : nothing}
          ${point.actions.length
            ? html`<ul>
                ${point.actions.map(
                  (action, j) => html`<li>
                    <p>${action.what} <span class="role">(${action.owner})</span></p>
                    ${action.due || action.checkBack
                      ? html`<p class="dates">
                          ${action.due ? html`<span>${t('focus.due')}: ${c.l.date(action.due)}</span>` : nothing}
                          ${action.checkBack ? html`<span>${t('focus.checkBack')}: ${c.l.date(action.checkBack)}</span>` : nothing}
                        </p>`
                      : nothing}
                    ${statusField(t, {
                      id: `focus-e${i}-a${j}-status`,
                      about: t('focus.ofAction', { number: j + 1, label }),
                      status: action.status ?? 'open',
                      set: (status) => c.change({ plan: apply(points.map((p, k) => (k === i ? withAction(p, j, { ...action, status }) : p))) }),
                    })}
                  </li>`,
                )}
              </ul>`
            : nothing}
          ${keep
            ? kept
              ? html`<p class="hint">${t('focus.keptAlready')}</p>`
              : html`<p class="no-print">
                  <button type="button" class="keep" ?disabled=${full} aria-describedby=${full ? 'focus-limit' : nothing} @click=${take}>
                    ${t('focus.keep')}<span class="visually-hidden">${about}</span>
                  </button>
                </p>`
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The words of the exports, in the widget's language. */
function exportLabels(c: FocusPlanContext, t: T): FocusPlanLabels {
  return {
    title: t('focus.fileTitle'),
    columns: Object.fromEntries(FOCUS_PLAN_COLUMNS.map((column) => [column, t(`focus.col.${column}`)])) as FocusPlanLabels['columns'],
    previous: t('focus.previous'),
    target: (id) => c.names.target(id),
    group: (id) => c.names.group(id),
    wave: (id) => c.names.wave(id),
    status: (status) => t(`focus.status.${status}`),
    date: (day) => c.l.date(day),
    none: t('focus.none'),
  };
}

function renderFiles(c: FocusPlanContext, t: T): TemplateResult {
  const name = `${t('focus.fileName')}${c.plan.wave ? `-${c.plan.wave}` : ''}-${isoDay()}`;
  const download = (kind: 'json' | 'csv' | 'md') => {
    if (kind === 'json') downloadFile(`${name}.json`, JSON.stringify(c.plan, null, 2));
    else if (kind === 'csv') downloadFile(`${name}.csv`, focusPlanToCsv(c.plan, exportLabels(c, t)), 'text/csv');
    else downloadFile(`${name}.md`, focusPlanToMarkdown(c.plan, exportLabels(c, t)), 'text/markdown');
  };
  return html`<div class="focus-files no-print" part="focus-actions">
    <button type="button" @click=${() => download('json')}>${t('focus.exportJson')}</button>
    <button type="button" @click=${() => download('csv')}>${t('focus.exportCsv')}</button>
    <button type="button" @click=${() => download('md')}>${t('focus.exportMd')}</button>
    <button type="button" @click=${() => window.print()}>${t('focus.print')}</button>
  </div>`;
}

/**
 * The focus plan's place for a group that shows no figures in the wave shown (`known`), or is not
 * in it: why there is no plan here. Figures of a hidden group are never shown, so neither are points.
 */
export function renderFocusUnavailable(l: Pick<LocalizeController<Messages>, 'lookup'>, group: string, known: boolean): TemplateResult {
  const t: T = (key, params) => l.lookup(key, params);
  return html`<section class="focus-plan" part="focus-plan" aria-labelledby="focus-title">
    <h3 id="focus-title" tabindex="-1">${t('focus.title')}</h3>
    <p class="focus-unavailable">${t(known ? 'focus.hidden' : 'focus.missing', { group })}</p>
  </section>`;
}
