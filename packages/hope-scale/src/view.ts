import { html, nothing, type TemplateResult } from 'lit';
import { choiceScale, pickText, type LocalizeController } from '@goesting/core';
import { hopeScaleMessages, type HopeScaleMessages } from './messages.js';
import { MAX_ANSWER_TEXT, isDefaultPack, type HopePack, type HopeResult, type HopeValue, type HopeVariant, type ScalingScale } from './model/index.js';

export const PROMPTS = ['why', 'next', 'notice'] as const;
export type Prompt = (typeof PROMPTS)[number];
/** Friendly, neutral marks for the youth answers: a circle filling up, never good or bad. */
const YOUTH_ICONS = ['○', '◔', '◑', '◕', '◉', '●'];

/** What the hope scale's views read from the element, taken anew at each render. */
export interface HopeView {
  readonly l: LocalizeController<HopeScaleMessages>;
  readonly value: HopeValue;
  readonly result: HopeResult;
  readonly pack: HopePack;
  readonly scales: ScalingScale[];
  readonly history: HopeValue[];
  readonly goal: boolean;
  readonly variant: HopeVariant;
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly complete: boolean;
  /** Applies a user's edit; `notify: false` while a slider is still moving. */
  edit(update: (doc: HopeValue) => HopeValue, notify?: boolean): void;
  /** Leaves the result to change the answers. */
  editAgain(): void;
}

/** A text the host gave (one string or one per locale), or the catalogue's `fallback`. */
export const hostText = (v: HopeView, value: string | Record<string, string> | undefined, fallback: string) =>
  value === undefined ? fallback : pickText(value, v.l.locale);

export const scaleQuestion = (v: HopeView, scale: ScalingScale) => hostText(v, scale.question, v.l.t('scaleQuestion'));

/** The follow-up question for a scale at `value`: why not lower, what one step up looks like, who would notice. */
export function promptLabel(v: HopeView, prompt: Prompt, value: number): string {
  const l = v.l;
  if (prompt === 'why') return l.t('promptWhy', { value });
  if (value === 10) return l.t('promptKeep');
  return prompt === 'next' ? l.t('promptNext', { next: value + 1 }) : l.t('promptNotice', { next: value + 1 });
}

/** The name of a subscale: the pack's label, else the catalogue's, else its id. */
export function subscaleName(v: HopeView, id: string): string {
  const subscale = v.pack.subscales.find((s) => s.id === id);
  if (subscale?.label) return pickText(subscale.label, v.l.locale);
  return `subscale.${id}` in hopeScaleMessages['nl-BE'] ? v.l.t(`subscale.${id}` as 'title') : id;
}

function answerLabel(v: HopeView, value: number): string {
  const labels = v.pack.scale.labels;
  if (labels?.[String(value)]) return pickText(labels[String(value)]!, v.l.locale);
  if (isDefaultPack(v.pack)) return v.l.t(`answer.${v.variant}.${value}` as 'title');
  return String(value);
}

function itemText(v: HopeView, text: string | Record<string, string>): string {
  if (typeof text === 'string' && isDefaultPack(v.pack) && text in hopeScaleMessages['nl-BE']) return v.l.t(text as 'title');
  return pickText(text, v.l.locale);
}

/** A 0–10 slider with its question, labelled ends and the number chosen; `set` takes each move (`notify` once it is let go). */
function range(v: HopeView, o: { id: string; question: string; value: number | undefined; low: string; high: string; set(value: number, notify: boolean): void }): TemplateResult {
  const l = v.l;
  const { id, value } = o;
  const valueText = value === undefined ? l.t('scaleUnset') : l.t('scaleValue', { value, max: 10 });
  return html`<label class="question" for=${id}>${o.question}</label>
    <p class="hint" id="${id}-hint">${l.t('scaleHint')}</p>
    <div class="range-row">
      <span class="end low" id="${id}-low">0: ${o.low}</span>
      <input
        id=${id}
        class=${value === undefined ? 'unset' : ''}
        type="range"
        min="0"
        max="10"
        step="1"
        .value=${String(value ?? 5)}
        aria-valuetext=${valueText}
        aria-describedby="${id}-hint ${id}-low ${id}-high"
        ?disabled=${v.disabled}
        @input=${(e: Event) => o.set(Number((e.target as HTMLInputElement).value), false)}
        @change=${(e: Event) => o.set(Number((e.target as HTMLInputElement).value), true)}
      />
      <span class="end high" id="${id}-high">10: ${o.high}</span>
    </div>
    <p class="value" aria-hidden="true">${value ?? '–'}</p>`;
}

/** One 0–10 scale with its follow-up questions. */
export function renderScaling(v: HopeView, scale: ScalingScale): TemplateResult {
  const l = v.l;
  const value = v.value.scales[scale.id];
  return html`<div class="scaling" part="scaling">
    ${range(v, {
      id: `scale-${scale.id}`,
      question: scaleQuestion(v, scale),
      value,
      low: hostText(v, scale.low, l.t('scaleLow')),
      high: hostText(v, scale.high, l.t('scaleHigh')),
      set: (n, notify) => v.edit((doc) => ({ ...doc, scales: { ...doc.scales, [scale.id]: n } }), notify),
    })}
    ${value === undefined ? nothing : PROMPTS.map((prompt) => renderPrompt(v, scale, prompt, value))}
  </div>`;
}

/**
 * The professional's own hope for the client's goal, after the client's part: a 0–10 scale of its
 * own, marked as theirs, never averaged with what the client chose.
 */
export function renderProfessional(v: HopeView): TemplateResult {
  const l = v.l;
  const goal = v.value.goal?.trim();
  return html`<section class="scaling professional" part="professional" aria-labelledby="professional-title">
    <h3 id="professional-title">${l.t('professionalTitle')}</h3>
    <p>${l.t('professionalIntro')}</p>
    ${range(v, {
      id: 'professional-hope',
      question: goal ? l.t('professionalQuestionGoal', { goal }) : l.t('professionalQuestion'),
      value: v.value.perspectives?.professional?.hope,
      low: l.t('scaleLow'),
      high: l.t('scaleHigh'),
      set: (n, notify) => v.edit((doc) => ({ ...doc, perspectives: { professional: { completed: false, hope: n } } }), notify),
    })}
  </section>`;
}

function renderPrompt(v: HopeView, scale: ScalingScale, prompt: Prompt, value: number): TemplateResult | typeof nothing {
  if (value === 10 && prompt === 'notice') return nothing;
  const key = `${scale.id}.${prompt}`;
  const text = v.value.followUps[key] ?? '';
  const id = `prompt-${scale.id}-${prompt}`;
  return html`<div class="field">
    <label for=${id}>${promptLabel(v, prompt, value)}</label>
    <textarea
      id=${id}
      rows="2"
      maxlength=${MAX_ANSWER_TEXT}
      aria-describedby="${id}-count"
      .value=${text}
      ?disabled=${v.disabled}
      @input=${(e: Event) => v.edit((doc) => ({ ...doc, followUps: { ...doc.followUps, [key]: (e.target as HTMLTextAreaElement).value } }))}
    ></textarea>
    <span class="counter" id="${id}-count">${v.l.t('characters', { count: text.length, max: MAX_ANSWER_TEXT })}</span>
  </div>`;
}

/** The goal and the pack's statements, each with its answer scale. */
export function renderGoalHope(v: HopeView): TemplateResult {
  const l = v.l;
  const pack = v.pack;
  const choices = Array.from({ length: pack.scale.max - pack.scale.min + 1 }, (_, i) => pack.scale.min + i);
  const youth = isDefaultPack(pack) && v.variant === 'youth';
  const open = pack.items.filter((item) => v.value.answers[item.id] === undefined).length;
  return html`${isDefaultPack(pack)
      ? html`<div class="goal field">
          <label for="goal">${l.t('goal')}</label>
          <input id="goal" type="text" maxlength=${MAX_ANSWER_TEXT} aria-describedby="goal-hint" .value=${v.value.goal ?? ''} ?disabled=${v.disabled}
            @input=${(e: Event) => v.edit((doc) => ({ ...doc, goal: (e.target as HTMLInputElement).value }))} />
          <span class="hint" id="goal-hint">${l.t('goalHint')}</span>
        </div>`
      : nothing}
    ${pack.items.map(
      (item) => html`<fieldset class="item" part="item" ?disabled=${v.disabled}>
        <legend>${itemText(v, item.text)}</legend>
        ${choiceScale({
          name: item.id,
          choices,
          current: v.value.answers[item.id],
          label: (value) => answerLabel(v, value),
          pick: (value) => v.edit((doc) => ({ ...doc, answers: { ...doc.answers, [item.id]: value } })),
          decorate: youth ? (value) => html`<span class="icon" aria-hidden="true">${YOUTH_ICONS[value - 1]}</span>` : undefined,
        })}
      </fieldset>`,
    )}
    <p role="status">${open ? l.t('openItems', { count: open }) : ''}</p>`;
}
