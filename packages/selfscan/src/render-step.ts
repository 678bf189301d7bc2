import { html, nothing, type TemplateResult } from 'lit';
import { choiceScale, pickText, type LocalizeController } from '@goesting/core';
import type { SelfscanMessages } from './messages.js';
import { DIMENSIONS, answerOf, type PillarId, type SelfscanAnswer, type SelfscanInstrument, type SelfscanItem, type SelfscanValue } from './model/index.js';

const SCALE = [1, 2, 3, 4, 5, 'na'] as const;
const ENERGY = [1, 2, 3, 4, 5] as const;

/** What one step of the scan shows and where the user's choices go. */
export interface StepView {
  l: LocalizeController<SelfscanMessages>;
  instrument: SelfscanInstrument;
  value: SelfscanValue;
  /** The pillars, one per step, and the index of the one shown. */
  steps: readonly PillarId[];
  step: number;
  answered: number;
  disabled: boolean;
  /** Whether the user is asked to confirm finishing with statements still open. */
  confirmingFinish: boolean;
  itemText(item: SelfscanItem): string;
  answer(item: SelfscanItem, answer: SelfscanAnswer): void;
  flag(item: SelfscanItem, flagged: boolean): void;
  rateEnergy(pillar: PillarId, energy: number): void;
  goTo(step: number): void;
  /** Finish, or with open statements ask first (`force` finishes anyway). */
  finish(force: boolean): void;
  keepGoing(): void;
}

function renderHeader(v: StepView): TemplateResult {
  const total = v.instrument.items.length;
  const answered = v.answered;
  return html`<header part="header">
    <h2 class="title">${v.instrument.title ? pickText(v.instrument.title, v.l.locale) : v.l.t('title')}</h2>
    <p class="intro">${v.l.t('intro')}</p>
    <div class="progress">
      <label for="progress">${v.l.t('progress', { answered, total })}</label>
      <progress id="progress" part="progress" max=${total} .value=${answered}></progress>
    </div>
  </header>`;
}

/** The header with progress, then the statements of one pillar by dimension, its energy question and the navigation. */
export function renderStep(v: StepView): TemplateResult {
  const l = v.l;
  const pillar = v.steps[v.step]!;
  const items = v.instrument.items.filter((i) => i.pillar === pillar);
  const last = v.step === v.steps.length - 1;
  return html`${renderHeader(v)}
    <section class="step" aria-labelledby="step-heading">
      <h3 id="step-heading" tabindex="-1">
        <span class="step-count">${l.t('step', { step: v.step + 1, total: v.steps.length })}</span>
        <span class="step-title">${l.t(`pillar.${pillar}`)}</span>
      </h3>
      <p class="pillar-intro">${l.t(`pillarIntro.${pillar}`)}</p>
      ${DIMENSIONS.map((dimension) => {
        const group = items.filter((i) => i.dimension === dimension);
        if (!group.length) return nothing;
        return html`<div class="dimension">
          <h4>${l.t(`dimension.${dimension}`)}</h4>
          ${group.map((item) => renderItem(v, item))}
        </div>`;
      })}
      ${renderEnergy(v, pillar)}
    </section>
    ${v.confirmingFinish
      ? html`<div class="confirm" role="group" aria-labelledby="open-items">
          <p id="open-items" tabindex="-1">${l.t('openItems', { count: v.instrument.items.length - v.answered })}</p>
          <button type="button" @click=${() => v.keepGoing()}>${l.t('keepGoing')}</button>
          <button type="button" class="primary" @click=${() => v.finish(true)}>${l.t('finishAnyway')}</button>
        </div>`
      : nothing}
    <nav class="navigation no-print" part="navigation" aria-label=${l.t('title')}>
      <button type="button" ?disabled=${v.step === 0} @click=${() => v.goTo(v.step - 1)}>${l.t('previous')}</button>
      ${last
        ? html`<button type="button" class="primary" ?disabled=${v.disabled} @click=${() => v.finish(false)}>${l.t('finish')}</button>`
        : html`<button type="button" class="primary" @click=${() => v.goTo(v.step + 1)}>${l.t('next')}</button>`}
    </nav>`;
}

function renderItem(v: StepView, item: SelfscanItem): TemplateResult {
  const l = v.l;
  return html`<fieldset class="item" part="item" ?disabled=${v.disabled}>
    <legend id=${`legend-${item.id}`}>${v.itemText(item)}</legend>
    ${choiceScale({
      name: item.id,
      choices: SCALE,
      current: answerOf(v.value.answers, item.id),
      label: (answer) => l.t(`scale.${answer}`),
      pick: (answer) => v.answer(item, answer),
      className: (answer) => (answer === 'na' ? 'na' : ''),
    })}
    <label class="flag" part="flag">
      <input type="checkbox" .checked=${v.value.flags.includes(item.id)} @change=${(e: Event) => v.flag(item, (e.target as HTMLInputElement).checked)} />
      <span>${l.t('flag')}</span>
    </label>
  </fieldset>`;
}

function renderEnergy(v: StepView, pillar: PillarId): TemplateResult {
  const l = v.l;
  return html`<fieldset class="item energy" part="energy" ?disabled=${v.disabled} aria-describedby="energy-hint">
    <legend>${l.t('energyQuestion', { pillar: l.t(`pillar.${pillar}`) })}</legend>
    <p id="energy-hint" class="hint">${l.t('energyHint')}</p>
    ${choiceScale({ name: `energy-${pillar}`, choices: ENERGY, current: v.value.energy[pillar], label: (energy) => l.t(`energy.${energy}`), pick: (energy) => v.rateEnergy(pillar, energy) })}
  </fieldset>`;
}
