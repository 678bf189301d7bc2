import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { NetworkCircleMessages } from './messages.js';
import type { CircleNames } from './names.js';
import type { PersonEditor } from './person-editor.js';
import { CONTACT_CONSENT, FREQUENCIES, QUALITIES, SUPPORT_KINDS, personFromDraft, savePerson, type Draft, type NetworkConfig, type NetworkDiff, type NetworkValue } from './model/index.js';

/**
 * The list view and the person form of `<goesting-network-circle>`: a module of their own,
 * loaded when first needed, so showing the drawing downloads less.
 */

/** What the list and the form need from the element. */
export interface PanelHost {
  l: LocalizeController<NetworkCircleMessages>;
  config: NetworkConfig;
  doc: NetworkValue;
  readonly: boolean;
  names: CircleNames;
  editor: PersonEditor;
  removePerson(id: string): void;
}

export function renderList(host: PanelHost, diff: NetworkDiff | undefined): TemplateResult {
  const l = host.l;
  const added = new Set(diff?.added);
  const moved = new Map(diff?.moved.map((m) => [m.id, m.from]));
  if (!host.doc.people.length) return html`<p class="empty" part="list">${l.t('emptyCircle')}</p>`;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="list-caption" part="list">
    <table class="people-list">
      <caption id="list-caption">${l.t('listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${l.t('columnName')}</th>
          <th scope="col">${l.t('columnSector')}</th>
          <th scope="col">${l.t('columnRing')}</th>
          <th scope="col">${l.t('columnGives')}</th>
          <th scope="col">${l.t('columnReceives')}</th>
          <th scope="col">${l.t('columnQuality')}</th>
          <th scope="col">${l.t('columnFrequency')}</th>
          <th scope="col">${l.t('columnPlan')}</th>
          <th scope="col">${l.t('columnContact')}</th>
          ${diff ? html`<th scope="col">${l.t('columnChange')}</th>` : nothing}
          ${host.readonly ? nothing : html`<th scope="col">${l.t('columnActions')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${host.doc.people.map(
          (p) => html`<tr>
            <th scope="row">${host.names.person(p)}</th>
            <td>${host.names.sector(p.sector)}</td>
            <td>${host.names.ring(p.ring)}</td>
            <td>${host.names.support(p.gives) || '–'}</td>
            <td>${host.names.support(p.receives) || '–'}</td>
            <td><span class="quality-mark ${p.quality ?? ''}" aria-hidden="true"></span>${p.quality ? l.t(`quality.${p.quality}`) : '–'}</td>
            <td>${p.frequency ? l.t(`frequency.${p.frequency}`) : '–'}</td>
            <td>${p.canHelp ? p.helpWith || l.t('yes') : '–'}</td>
            <td>${p.mayContact ? l.t(`mayContact.${p.mayContact}`) : '–'}</td>
            ${diff
              ? html`<td>
                  ${added.has(p.id)
                    ? l.t('changeAdded')
                    : moved.has(p.id)
                      ? l.t('changeMoved', { from: `${host.names.sector(moved.get(p.id)!.sector)}, ${host.names.ring(moved.get(p.id)!.ring)}` })
                      : '–'}
                </td>`
              : nothing}
            ${host.readonly
              ? nothing
              : html`<td class="row-actions">
                  <button type="button" id="edit-${p.id}" aria-label=${l.t('editPerson', { name: p.label })} @click=${() => host.editor.open(p)}>${l.t('edit')}</button>
                  <button type="button" aria-label="${l.t('remove')}: ${p.label}" @click=${() => host.removePerson(p.id)}>${l.t('remove')}</button>
                </td>`}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Saves the form as a user change, or points at the label while it is empty. */
function save(editor: PersonEditor, event: Event): void {
  event.preventDefault();
  const person = editor.draft && personFromDraft(editor.draft);
  if (!person) return editor.missingLabel();
  const { l, people, names, drawing } = editor.actions.context();
  const saved = savePerson(people, person);
  editor.clear();
  editor.actions.choose(person.id);
  editor.actions.change(
    saved.people,
    saved.added ? l.t('added', { name: person.label }) : l.t('movedTo', { name: person.label, sector: names.sector(person.sector), ring: names.ring(person.ring) }),
  );
  editor.actions.focusAfterRender(drawing ? `[data-id="${person.id}"]` : `#edit-${person.id}`);
}

export function renderEditor(host: PanelHost, draft: Draft): TemplateResult {
  const l = host.l;
  const config = host.config;
  const checkboxes = (field: 'gives' | 'receives') =>
    SUPPORT_KINDS.map(
      (kind) => html`<label class="check">
        <input
          type="checkbox"
          .checked=${draft[field].includes(kind)}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            host.editor.update({ [field]: on ? [...draft[field].filter((k) => k !== kind), kind] : draft[field].filter((k) => k !== kind) });
          }}
        />
        ${l.t(`support.${kind}`)}
      </label>`,
    );
  const select = <T extends string>(id: string, label: string, options: readonly T[], value: T | undefined, text: (v: T) => string, pick: (v: T | undefined) => void, optional = true) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => pick(((e.target as HTMLSelectElement).value || undefined) as T | undefined)}>
        ${optional ? html`<option value="" ?selected=${value === undefined}>${l.t('notSaid')}</option>` : nothing}
        ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${text(o)}</option>`)}
      </select>
    </div>`;
  return html`<form class="editor" part="editor" aria-labelledby="editor-title" @submit=${(e: Event) => save(host.editor, e)} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && host.editor.close()} novalidate>
    <h3 id="editor-title">${draft.id ? l.t('editPerson', { name: draft.label }) : l.t('newPerson')}</h3>
    <div class="field">
      <label for="field-label">${l.t('fieldLabel')}</label>
      <input
        id="field-label"
        type="text"
        maxlength="80"
        autocomplete="off"
        aria-describedby="field-label-hint ${host.editor.labelError ? 'field-label-error' : ''}"
        aria-invalid=${host.editor.labelError ? 'true' : 'false'}
        .value=${draft.label}
        @input=${(e: Event) => host.editor.update({ label: (e.target as HTMLInputElement).value })}
      />
      <span id="field-label-hint" class="hint">${l.t('fieldLabelHint')}</span>
      ${host.editor.labelError ? html`<span id="field-label-error" class="field-error">${l.t('labelRequired')}</span>` : nothing}
    </div>
    ${select('field-sector', l.t('fieldSector'), config.sectors.map((s) => s.id), draft.sector, (id) => host.names.sector(id), (v) => v && host.editor.update({ sector: v }), false)}
    ${select('field-ring', l.t('fieldRing'), config.rings.map((r) => r.id), draft.ring, (id) => host.names.ring(id), (v) => v && host.editor.update({ ring: v }), false)}
    <fieldset><legend>${l.t('fieldGives')}</legend>${checkboxes('gives')}</fieldset>
    <fieldset><legend>${l.t('fieldReceives')}</legend>${checkboxes('receives')}</fieldset>
    ${select('field-frequency', l.t('fieldFrequency'), FREQUENCIES, draft.frequency, (v) => l.t(`frequency.${v}`), (v) => host.editor.update({ frequency: v }))}
    ${select('field-quality', l.t('fieldQuality'), QUALITIES, draft.quality, (v) => l.t(`quality.${v}`), (v) => host.editor.update({ quality: v }))}
    <label class="check"><input type="checkbox" .checked=${draft.canHelp ?? false} @change=${(e: Event) => host.editor.update({ canHelp: (e.target as HTMLInputElement).checked })} />
      ${l.t('fieldCanHelp')}</label>
    ${draft.canHelp
      ? html`<div class="field">
          <label for="field-help">${l.t('fieldHelpWith')}</label>
          <input id="field-help" type="text" maxlength="500" .value=${draft.helpWith ?? ''} @input=${(e: Event) => host.editor.update({ helpWith: (e.target as HTMLInputElement).value })} />
        </div>`
      : nothing}
    ${select('field-contact', l.t('fieldMayContact'), CONTACT_CONSENT, draft.mayContact, (v) => l.t(`mayContact.${v}`), (v) => host.editor.update({ mayContact: v }))}
    <div class="field">
      <label for="field-note">${l.t('fieldNote')}</label>
      <textarea id="field-note" maxlength="2000" rows="2" .value=${draft.note ?? ''} @input=${(e: Event) => host.editor.update({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
    </div>
    <div class="editor-actions">
      <button type="submit" class="primary">${l.t('save')}</button>
      <button type="button" @click=${() => host.editor.close()}>${l.t('cancel')}</button>
      ${draft.id
        ? html`<button type="button" @click=${() => {
            host.editor.close();
            host.removePerson(draft.id!);
          }}>${l.t('remove')}</button>`
        : nothing}
    </div>
  </form>`;
}
