import type { GoestingSelfscan } from '../src/index.js';

export const $ = <T extends Element = HTMLElement>(el: GoestingSelfscan, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector as string) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: GoestingSelfscan, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The statements shown on the current step. */
export const items = (el: GoestingSelfscan) => $$<HTMLFieldSetElement>(el, 'fieldset.item:not(.energy)');

/** Clicks an answer (0 = never … 4 = always, 5 = not applicable) for every statement on the step. */
export async function answerStep(el: GoestingSelfscan, pick: (index: number) => number = () => 3): Promise<void> {
  items(el).forEach((fieldset, index) => fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')[pick(index)]!.click());
  await el.updateComplete;
}

export const buttonNamed = (el: GoestingSelfscan, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === name);

/** Answers every step by clicking and finishes, as a user with a mouse would. */
export async function completeByClicks(el: GoestingSelfscan, pick: (index: number) => number = () => 3): Promise<void> {
  for (let guard = 0; guard < 10 && !$(el, '.result'); guard++) {
    await answerStep(el, pick);
    const next = $(el, 'nav button.primary')!;
    next.click();
    await el.updateComplete;
  }
}

export { quietly } from '../../core/test/helpers.js';
