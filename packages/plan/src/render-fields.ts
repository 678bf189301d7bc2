import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PlanView } from './plan-view.js';
import type { PlanValue } from './model/schema.js';

/** One text field of the plan: label, optional help, a character counter, and too-long text kept on screen with a message. */
export interface TextFieldOptions {
  /** Key of the text in the element's overflow map. */
  key: string;
  id: string;
  label: string;
  help?: string;
  stored: string;
  max: number;
  apply: (doc: PlanValue, text: string) => PlanValue;
  /** A text area of this many rows; without it, a one-line input. */
  rows?: number;
}

export function textField(v: PlanView, o: TextFieldOptions): TemplateResult {
  const l = v.l;
  const text = v.overflow.get(o.key) ?? o.stored;
  const tooLong = text.length > o.max;
  const describedBy = `${o.help ? `${o.id}-help ` : ''}${o.id}-count`;
  const onInput = (e: Event) => v.editText(o.key, (e.target as HTMLInputElement | HTMLTextAreaElement).value, o.max, o.apply);
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.help ? html`<p class="hint" id="${o.id}-help">${o.help}</p>` : nothing}
    ${o.rows
      ? html`<textarea id=${o.id} rows=${o.rows} aria-describedby=${describedBy} aria-invalid=${tooLong ? 'true' : 'false'} .value=${live(text)} ?disabled=${v.disabled} @input=${onInput}></textarea>`
      : html`<input id=${o.id} type="text" aria-describedby=${describedBy} aria-invalid=${tooLong ? 'true' : 'false'} .value=${live(text)} ?disabled=${v.disabled} @input=${onInput} />`}
    <span class="counter ${tooLong ? 'too-long' : ''}" id="${o.id}-count">${tooLong ? l.t('tooLong', { count: text.length, max: o.max }) : l.t('characters', { count: text.length, max: o.max })}</span>
  </div>`;
}

/** A date field; an empty one takes the date away. */
export function dateField(v: PlanView, id: string, label: string, value: string | undefined, set: (day: string | undefined) => void, help?: string): TemplateResult {
  return html`<div class="field date">
    <label for=${id}>${label}</label>
    ${help ? html`<p class="hint" id="${id}-help">${help}</p>` : nothing}
    <input id=${id} type="date" aria-describedby=${help ? `${id}-help` : nothing} .value=${live(value ?? '')} ?disabled=${v.disabled}
      @change=${(e: Event) => set((e.target as HTMLInputElement).value || undefined)} />
  </div>`;
}
