import { html, nothing, type TemplateResult } from 'lit';
import { choiceScale, type LocalizeController, type PerspectivesViewModule } from '@goesting/core';
import type { AllianceCheckMessages } from './messages.js';
import { ALLIANCE_ANSWERS, ALLIANCE_STATEMENTS, type AllianceResult, type AllianceValue, type AllianceVariant } from './model/index.js';

type PerspectivesModule = PerspectivesViewModule;

/** What the alliance check's views read from the element, taken anew at each render. */
export interface AllianceView {
  readonly l: LocalizeController<AllianceCheckMessages>;
  readonly value: AllianceValue;
  readonly result: AllianceResult;
  readonly history: readonly AllianceValue[];
  readonly variant: AllianceVariant;
  readonly fill: 'together' | 'in-turn' | 'separate';
  readonly disabled: boolean;
  readonly readonly: boolean;
  answer(perspective: string, statement: string, value: number): void;
  /** Marks these perspectives as done. */
  finish(who: readonly string[]): void;
  /** Leaves the result to change the answers. */
  editAgain(): void;
  /** Asks the host for a reflection card on working alliance × the other. */
  reflect(): void;
}

/** A statement in the words of one perspective: the client's about "my social worker", the professional's about "my client". */
export function statementText(v: AllianceView, perspective: string, id: string): string {
  return v.l.t(`statement.${perspective === 'professional' ? 'professional' : 'client'}.${id}` as 'title');
}

export const answerLabel = (v: AllianceView, value: number) => v.l.t(`answer.${value}` as 'title');

/**
 * The statements for the perspectives answering now (`who`): one of them, or all of them together,
 * each in their own words and with their own answer scale, the client's first.
 */
export function renderFill(v: AllianceView, perspectives: PerspectivesModule, who: readonly string[]): TemplateResult {
  const l = v.l;
  const statements = ALLIANCE_STATEMENTS[v.variant];
  const together = who.length > 1;
  const intro = together ? 'intro.together' : v.fill === 'in-turn' ? 'intro.inTurn' : who[0] === 'professional' ? 'intro.professional' : 'intro.client';
  const open = who.reduce((count, p) => count + statements.filter((s) => v.value.perspectives[p]?.answers[s.id as 'goals-1'] === undefined).length, 0);
  return html`<h3 id="fill-title" tabindex="-1">${together ? l.t('togetherTitle') : l.lookup('turn', { who: perspectives.perspectiveName(l, who[0]!) })}</h3>
    <p>${l.t(intro as 'title')}</p>
    <ol class="statements">
      ${statements.map(
        (statement, i) => html`<li class="statement">
          ${together ? html`<h4 id="statement-${statement.id}">${l.t('statementNumber', { number: i + 1, count: statements.length })}</h4>` : ''}
          ${who.map(
            (p) => html`<fieldset class="item" part="item" ?disabled=${v.disabled} aria-describedby=${together ? `statement-${statement.id}` : nothing}>
              <legend>${together ? l.lookup('perspective.statement', { who: perspectives.perspectiveName(l, p), text: statementText(v, p, statement.id) }) : statementText(v, p, statement.id)}</legend>
              ${choiceScale({
                name: `${p}-${statement.id}`,
                choices: ALLIANCE_ANSWERS,
                current: v.value.perspectives[p]?.answers[statement.id as 'goals-1'],
                label: (value) => answerLabel(v, value),
                pick: (value) => v.answer(p, statement.id, value),
              })}
            </fieldset>`,
          )}
        </li>`,
      )}
    </ol>
    <p role="status" class="open">${open ? l.t('unanswered', { count: open }) : ''}</p>
    <div class="actions no-print" part="actions">
      <button type="button" class="primary" ?disabled=${v.disabled} @click=${() => v.finish(who)}>
        ${v.fill === 'in-turn' && !together ? l.t('finishTurn', { who: perspectives.perspectiveName(l, who[0]!) }) : l.t('finish')}
      </button>
    </div>`;
}
