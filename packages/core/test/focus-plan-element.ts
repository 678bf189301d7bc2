import { html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GoestingElement,
  emit,
  emptyFocusPlan,
  focusPlanStyles,
  focusPlanView,
  themeStyles,
  type FocusPlan,
  type FocusPlanUpdate,
  type FocusTarget,
  type LazyModule,
} from '@goesting/core';

/** Cells of the self-scan grid by id, as a team mirror names them. */
export const CELL_NAMES: Record<string, string> = {
  'hope.other': 'Hoop · de cliënt',
  'alliance.self': 'Werkalliantie · jezelf',
  'expertise.organisation': 'Vakmanschap · de organisatie',
  'reflection.environment': 'Reflectie · de omgeving',
};

/** A minimal group report on the core base that shows the focus plan, as the workability report and the team mirror do. */
export class FocusPlanTestElement extends GoestingElement {
  static override styles: CSSResultGroup = [themeStyles, focusPlanStyles];
  protected widget = 'focus-test';
  protected schemaVersion = 1;

  @property({ attribute: false }) plan: FocusPlan = emptyFocusPlan('focus-test', 'team-a', 'w2');
  @property({ attribute: false }) wave = 'w2';
  @property({ attribute: false }) waves: string[] = ['w1', 'w2'];
  @property({ attribute: false }) targets: FocusTarget[] = [
    { id: 'hope.other', kind: 'growth', cell: { pillar: 'hope', dimension: 'other' } },
    { id: 'alliance.self', kind: 'growth', cell: { pillar: 'alliance', dimension: 'self' } },
    { id: 'expertise.organisation', kind: 'strength' },
    { id: 'reflection.environment' },
  ];
  /** Released figures by wave and target; a target missing in a wave has none to show. */
  @property({ attribute: false }) figures: Record<string, Record<string, number>> = {
    w1: { 'hope.other': 2.4, 'alliance.self': 2.9, 'expertise.organisation': 4.1 },
    w2: { 'hope.other': 3.1, 'alliance.self': 2.6, 'expertise.organisation': 4.1, 'reflection.environment': 3.3 },
  };
  /** Whether points on a cell offer reflection and intervision cards. */
  @property({ type: Boolean }) cards = true;
  @state() private held: ReadonlyMap<string, string> = new Map();

  protected override modulesNeeded(): LazyModule<unknown>[] {
    return [focusPlanView];
  }

  private change(update: FocusPlanUpdate): void {
    if (update.held) this.held = update.held;
    if (update.plan) {
      this.plan = update.plan;
      emit(this, 'goesting-change', { widget: this.widget, schemaVersion: 1, value: update.plan });
    }
    if (update.focus) this.focusAfterRender(update.focus);
    if (update.say) this.announce(update.say);
  }

  protected renderContent() {
    const view = focusPlanView.value;
    if (!view) return nothing;
    const number = (value: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'auto' }).format(value);
    return html`${view.renderFocusPlan({
      l: this.l,
      plan: this.plan,
      group: 'team-a',
      wave: this.wave,
      waves: this.waves,
      targets: this.targets,
      names: { target: (id) => CELL_NAMES[id] ?? id, group: (id) => (id === 'team-a' ? 'Team Noord' : id), wave: (id) => ({ w1: 'Voorjaar', w2: 'Najaar' })[id] ?? id },
      figure: (target, wave) => this.figures[wave]?.[target] ?? null,
      formatFigure: (value) => number(value),
      formatChange: (change) => `${change > 0 ? '+' : '−'}${number(Math.abs(change))}`,
      held: this.held,
      change: (update) => this.change(update),
      ...(this.cards ? { reflect: (cell, purpose) => emit(this, 'goesting-reflect', { widget: this.widget, schemaVersion: 1, cell, purpose }) } : {}),
    })}`;
  }
}
FocusPlanTestElement.define('focus-plan-test-element');
