import { html, type TemplateResult } from 'lit';
import { choiceScale, type LocalizeController } from '@goesting/core';
import type { WorkabilityCheckMessages } from './messages.js';
import {
  INDICATORS,
  RISK_FACTORS,
  type Construct,
  type WorkabilityItem,
  type WorkabilityResult,
  type WorkabilityThresholds,
  type WorkabilityValue,
} from './model/index.js';

const ANSWERS = [1, 2, 3, 4] as const;

export type L = LocalizeController<WorkabilityCheckMessages>;

/** What the statements show and what the user does with them. */
export interface QuestionsView {
  l: L;
  value: WorkabilityValue;
  items: readonly WorkabilityItem[];
  disabled: boolean;
  /** Said in place of the count of open statements, after an attempt to finish too early. */
  notice: string;
  answer(id: string, answer: number): void;
  finish(): void;
}

/** What the personal result shows. */
export interface ResultView {
  l: L;
  value: WorkabilityValue;
  result: WorkabilityResult;
  thresholds: WorkabilityThresholds;
  readonly: boolean;
  edit(): void;
}

/** The statements per topic group, the progress line and the finish button. */
export function renderQuestions(v: QuestionsView): TemplateResult {
  const l = v.l;
  const open = v.items.filter((item) => v.value.answers[item.id] === undefined).length;
  const group = (title: string, constructs: readonly Construct[]) =>
    html`<h3>${title}</h3>
      ${v.items
        .filter((item) => constructs.includes(item.construct))
        .map(
          (item) => html`<fieldset class="item" part="item" data-item=${item.id} ?disabled=${v.disabled}>
            <legend>${l.t(`item.${item.id}` as 'title')}</legend>
            ${choiceScale({
              name: item.id,
              choices: ANSWERS,
              current: v.value.answers[item.id],
              label: (value) => l.t(`answer.${value}`),
              pick: (value) => v.answer(item.id, value),
            })}
          </fieldset>`,
        )}`;
  return html`<p>${l.t('intro')}</p>
    <p class="note">${l.t('privacy')}</p>
    ${group(l.t('indicatorsTitle'), INDICATORS)} ${group(l.t('risksTitle'), RISK_FACTORS)}
    <p role="status">${v.notice || (open ? l.t('openItems', { count: open }) : l.t('allAnswered'))}</p>
    <div class="actions no-print" part="actions">
      <button type="button" class="primary" ?disabled=${v.disabled} @click=${v.finish}>${l.t('finish')}</button>
    </div>`;
}

