import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { guard } from 'lit/directives/guard.js';
import type { PlanView } from './plan-view.js';
import { dateField, textField } from './render-fields.js';
import { CLIENT, MAX_NAME, MAX_SHORT_TEXT, PERSON_ROLES, type BackupStep, type PersonRole, type PlanAction } from './model/schema.js';
import { updateAction, updateBackup } from './model/edits.js';
import { isOpen } from './model/balance.js';

/** The names of an action's doers, joined in plain words; on screen, with "ask first" where the circle says so. */
export function doerNames(v: PlanView, who: readonly string[], marks = true): string {
  const people = v.value.people;
  const names = who.map((id) => {
    const label = id === CLIENT ? v.l.t('me') : (people.find((p) => p.id === id)?.label ?? id);
    return marks && v.askFirst.has(id) ? `${label} (${v.l.t('askFirst')})` : label;
  });
  return names.length > 1 ? `${names.slice(0, -1).join(', ')}${v.l.t('and')}${names.at(-1)}` : (names[0] ?? '');
}

/**
 * The actions: a line each, the one being edited opened; in review mode each with its status. The
 * first `shown` are rendered: a long plan adds the rest after its first frame.
 */
export function renderActions(v: PlanView, open: string | undefined, toggle: (id: string) => void, shown: number): TemplateResult {
  const l = v.l;
  const actions = v.value.actions;
  return html`<section class="part actions-part" aria-labelledby="actions-title">
    <h3 id="actions-title">${l.t('actionsTitle')}</h3>
    <p class="hint">${l.t('actionsHelp')}</p>
    ${actions.length
      ? html`<ol class="action-list">
          ${actions.slice(0, shown).map((action, i) =>
            // An edit changes one action: the others are not rendered again unless something they show changed.
            guard([action, i, actions.length, open === action.id, v.mode, v.disabled, v.value.people, v.askFirst, v.reviewView, v.l.locale, v.texts, v.providerTexts, v.overflow, v.drafts, v.offers], () =>
              renderAction(v, action, i, open === action.id, toggle),
            ),
          )}
        </ol>`
      : html`<p class="empty-note">${l.t('noActions')}</p>`}
    <button type="button" id="add-action" ?disabled=${v.disabled} @click=${() => v.addAction()}>${l.t('addAction')}</button>
  </section>`;
}

function renderAction(v: PlanView, action: PlanAction, index: number, opened: boolean, toggle: (id: string) => void): TemplateResult {
  const l = v.l;
  const number = index + 1;
  const by = action.by ? l.date(action.by) : l.t('noDate');
  const review = action.review;
  return renderLine(v, {
    kind: 'action',
    id: action.id,
    label: l.t('action', { number }),
    what: action.what,
    closed: !!review && !isOpen(action),
    opened,
    toggle,
    summary: html`${l.t('who')} ${doerNames(v, action.who)} · ${l.t('by')} ${by}${action.added ? html` <span class="badge">${l.t('addedAtReview')}</span>` : nothing}${review ? html` <span class="badge status-${review.status}">${l.t(`status.${review.status}`)}</span>` : nothing}`,
    after: v.mode === 'review' ? (v.reviewView?.renderReview(v, action, number) ?? nothing) : nothing,
    editor: () => renderActionEditor(v, action, number, v.value.actions.length),
  });
}

/** A line of the actions or the backup agreement: a button that opens it, what it says in short, and its editor while open. */
function renderLine(
  v: PlanView,
  line: { kind: 'action' | 'backup'; id: string; label: string; what: string; closed?: boolean; opened: boolean; toggle: (id: string) => void; summary: unknown; after?: unknown; editor: () => TemplateResult },
): TemplateResult {
  const { kind, id, opened } = line;
  return html`<li class="${kind === 'action' ? 'action' : 'backup-step'} ${line.closed ? 'closed' : ''}" part=${kind === 'action' ? kind : nothing} data-action=${kind === 'action' ? id : nothing} data-backup=${kind === 'backup' ? id : nothing}>
    <h4 id="${kind}-${id}-title">
      <button type="button" class="disclosure" aria-expanded=${opened ? 'true' : 'false'} aria-controls=${opened ? `${kind}-${id}-editor` : nothing} @click=${() => line.toggle(id)}>
        <span class="number">${line.label}</span> <span class="what">${line.what || v.l.t('empty')}</span>
      </button>
    </h4>
    <p class="summary">${line.summary}</p>
    ${line.after ?? nothing}
    ${opened ? html`<div class="editor" id="${kind}-${id}-editor" role="group" aria-labelledby="${kind}-${id}-title">${line.editor()}</div>` : nothing}
  </li>`;
}

function renderActionEditor(v: PlanView, action: PlanAction, number: number, count: number): TemplateResult {
  const l = v.l;
  const id = action.id;
  return html`${textField(v, { key: `action:${id}:what`, id: `action-${id}-what`, label: l.t('what'), stored: action.what, max: MAX_SHORT_TEXT, apply: (doc, what) => updateAction(doc, id, { what }) })}
    ${renderWho(v, 'actions', id, action.who)}
    ${dateField(v, `action-${id}-by`, l.t('by'), action.by, (by) => v.edit((doc) => updateAction(doc, id, { by })))}
    ${textField(v, { key: `action:${id}:needs`, id: `action-${id}-needs`, label: l.t('needs'), stored: action.needs ?? '', max: MAX_SHORT_TEXT, apply: (doc, needs) => updateAction(doc, id, { needs }) })}
    <div class="row-buttons">
      <button type="button" ?disabled=${v.disabled || number === 1} @click=${() => v.moveAction(id, -1)}>${l.t('moveUp', { number })}</button>
      <button type="button" ?disabled=${v.disabled || number === count} @click=${() => v.moveAction(id, 1)}>${l.t('moveDown', { number })}</button>
      <button type="button" class="remove" ?disabled=${v.disabled} @click=${() => v.removeAction(id)}>${l.t('removeAction', { number })}</button>
    </div>`;
}

/** Who does it: the client, people of the plan, people of the circle, and someone new. */
export function renderWho(v: PlanView, list: 'actions' | 'backup', id: string, who: readonly string[]): TemplateResult {
  const l = v.l;
  const people = v.value.people;
  const key = `${list}:${id}`;
  const offers = v.offers.filter((offer) => !offer.person);
  const helpers = offers.filter((offer) => offer.canHelp);
  const others = offers.filter((offer) => !offer.canHelp);
  const box = (doer: string, label: TemplateResult | string, on: boolean, extra?: TemplateResult) =>
    html`<label class="option person"><input type="checkbox" .checked=${live(on)} @change=${(e: Event) => v.toggleDoer(list, id, doer, (e.target as HTMLInputElement).checked)} /> ${label}${extra ?? nothing}</label>`;
  const group = (title: string, items: TemplateResult[]) => (items.length ? html`<div class="people-group" role="group" aria-label=${title}><p class="group-title" aria-hidden="true">${title}</p>${items}</div>` : nothing);
  const draft = v.drafts.get(key) ?? { label: '', role: 'network' as PersonRole };
  return html`<fieldset class="who" ?disabled=${v.disabled} aria-describedby="${key}-who-help${who.length ? '' : ` ${key}-who-missing`}">
    <legend>${l.t('who')}</legend>
    <p class="hint" id="${key}-who-help">${l.t('whoHelp')}</p>
    ${box(CLIENT, l.t('me'), who.includes(CLIENT))}
    ${group(
      l.t('group.plan'),
      people.map((person) =>
        box(
          person.id,
          person.label,
          who.includes(person.id),
          html` <span class="role">(${l.t(`role.${person.role}`)})</span>${v.askFirst.has(person.id) ? html` <span class="tag ask">(${l.t('askFirst')})</span>` : nothing}`,
        ),
      ),
    )}
    ${group(l.t('group.canHelp'), helpers.map((offer) => renderOffer(v, list, id, offer)))}
    ${group(l.t('group.circle'), others.map((offer) => renderOffer(v, list, id, offer)))}
    <p class="hint missing" id="${key}-who-missing" ?hidden=${who.length > 0}>${l.t('noDoer')}</p>
    <div class="new-person">
      <div class="field">
        <label for="${key}-new-name">${l.t('newPersonName')}</label>
        <p class="hint" id="${key}-new-help">${l.t('newPersonHelp')}</p>
        <input id="${key}-new-name" type="text" maxlength=${MAX_NAME} aria-describedby="${key}-new-help" .value=${live(draft.label)}
          @input=${(e: Event) => v.draftPerson(key, { ...draft, label: (e.target as HTMLInputElement).value })}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              v.addPerson(list, id);
            }
          }} />
      </div>
      <div class="field">
        <label for="${key}-new-role">${l.t('role')}</label>
        <select id="${key}-new-role" .value=${live(draft.role)} @change=${(e: Event) => v.draftPerson(key, { ...draft, role: (e.target as HTMLSelectElement).value as PersonRole })}>
          ${PERSON_ROLES.map((role) => html`<option value=${role} ?selected=${role === draft.role}>${l.t(`role.${role}`)}</option>`)}
        </select>
      </div>
      <button type="button" @click=${() => v.addPerson(list, id)}>${l.t('addPerson')}</button>
    </div>
  </fieldset>`;
}

function renderOffer(v: PlanView, list: 'actions' | 'backup', id: string, offer: PlanView['offers'][number]): TemplateResult {
  const l = v.l;
  return html`<label class="option person">
    <input type="checkbox" .checked=${live(false)} @change=${(e: Event) => v.toggleDoer(list, id, offer, (e.target as HTMLInputElement).checked)} />
    ${offer.label}
    ${offer.ask ? html` <span class="tag ask">(${l.t('askFirst')})</span>` : nothing}
    ${offer.role === 'professional' ? html` <span class="role">(${l.t('role.professional')})</span>` : nothing}
    ${offer.helpWith ? html` <span class="hint">${l.t('canHelpWith', { what: offer.helpWith })}</span>` : nothing}
  </label>`;
}

/** The backup agreement: what, and who does it; a line each, like the actions, the one being edited opened. */
export function renderBackup(v: PlanView, open: string | undefined, toggle: (id: string) => void): TemplateResult {
  const l = v.l;
  return html`<section class="part backup" aria-labelledby="backup-title">
    <h3 id="backup-title">${l.t('backupTitle')}</h3>
    <p class="hint">${l.t('backupHelp')}</p>
    <ol class="backup-list">
      ${v.value.backup.map((step, i) => renderBackupStep(v, step, i + 1, open === step.id, toggle))}
    </ol>
    <button type="button" id="add-backup" ?disabled=${v.disabled} @click=${() => v.addBackup()}>${l.t('addBackup')}</button>
  </section>`;
}

function renderBackupStep(v: PlanView, step: BackupStep, number: number, opened: boolean, toggle: (id: string) => void): TemplateResult {
  const l = v.l;
  const id = step.id;
  return renderLine(v, {
    kind: 'backup',
    id,
    label: l.t('backupStep', { number }),
    what: step.what,
    opened,
    toggle,
    summary: html`${l.t('who')} ${doerNames(v, step.who)}`,
    editor: () =>
      html`${textField(v, { key: `backup:${id}`, id: `backup-${id}-what`, label: l.t('what'), stored: step.what, max: MAX_SHORT_TEXT, apply: (doc, what) => updateBackup(doc, id, { what }) })}
        ${renderWho(v, 'backup', id, step.who)}
        <button type="button" class="remove" ?disabled=${v.disabled} @click=${() => v.removeBackup(id)}>${l.t('removeBackup', { number })}</button>`,
  });
}
