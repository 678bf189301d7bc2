import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { GoestingElement } from './goesting-element.js';
import { emit } from './events.js';
import { parsedInput } from './parsed-input.js';
import { ORGANISATION } from './model/groups.js';
import { reservedIdIssue } from './model/json.js';
import type { Parsed } from './model/migrate.js';
import { FOCUS_PLAN_SCHEMA_VERSION, emptyFocusPlan, focusGroupSchema, parseFocusPlan, type FocusPlan } from './model/focus-plan.js';
import type { FocusPlanUpdate } from './focus-plan-view.js';

/** Reads `focus-group`: a team's key or `@organisation`; anything else is refused with `invalid-config`. */
function parseFocusGroup(input: unknown): Parsed<string> {
  const result = focusGroupSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const issue = typeof input === 'string' ? reservedIdIssue(input, 'focus-group') : undefined;
  return {
    ok: false,
    code: 'invalid-config',
    issues: [issue ?? { path: 'focus-group', code: 'invalid_format', message: 'Expected a team key (letters, digits, _ . : -) or @organisation.', params: { format: 'key' } }],
  };
}

/** The group a plan is for: its own `group`, else that of its points; `undefined` for a plan with neither. */
const planGroup = (plan: FocusPlan): string | undefined => plan.group ?? plan.points[0]?.group ?? plan.previous?.points[0]?.group;

/**
 * What every group report shares beyond its figures: the team's focus plan, from results to
 * action. A report declares what a focus point may be about (`focusTargetIds`) and renders the
 * plan with `focusPlanView`; the inputs, the text the user is still writing, and the
 * `goesting-change` after each edit live here, once.
 */
export abstract class GroupReportElement extends GoestingElement {
  /** The ids a focus point of this report may target: its topics or cells. */
  protected abstract readonly focusTargetIds: readonly string[];

  /**
   * The team's focus plan (a `FocusPlan` of `@goesting/core/model`), as an object or JSON text: the
   * one saved after the last `goesting-change`, for this report and `focus-group`. Reading it gives
   * the plan with the user's edits. A plan of an earlier wave is shown beside the change since and
   * can be carried into the wave shown. A plan that is not valid, is for another report or group,
   * or comes from a newer version is refused with the error state and `goesting-error`; the last
   * valid one stays. Setting it fires no `goesting-change`.
   */
  @parsedInput({ parse: (input: unknown, host: GroupReportElement) => host.parseFocusPlanInput(input), attribute: false })
  focusPlan?: FocusPlan;

  /**
   * The group the focus plan is for: a team's key, or `@organisation`. A group that shows no
   * figures in the wave shown gets no focus plan there; the report says so.
   */
  @parsedInput({ parse: parseFocusGroup, fallback: (host: GroupReportElement) => host.defaultFocusGroup(), attribute: 'focus-group' })
  focusGroup!: string;

  /** What the user wrote for the focus plan that the plan cannot take yet, by field. */
  @state() protected focusHeld: ReadonlyMap<string, string> = new Map();

  /** The focus group without `focus-group`: the whole organisation, unless a report knows better. */
  protected defaultFocusGroup(): string {
    return ORGANISATION;
  }

  /** Reads a focus plan for this report and group, its issues under `focusPlan`, so the error state says which input is wrong. */
  private parseFocusPlanInput(input: unknown): Parsed<FocusPlan> {
    const parsed = parseFocusPlan(input, { report: this.widget, group: this.focusGroup, targets: this.focusTargetIds });
    return parsed.ok ? parsed : { ...parsed, issues: parsed.issues.map((issue) => ({ ...issue, path: issue.path ? `focusPlan.${issue.path}` : 'focusPlan' })) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // What the user was writing belongs to the plan they wrote it in.
    if (changed.has('focusPlan') || changed.has('focusGroup')) this.focusHeld = new Map();
  }

  /** The plan shown for `wave`: the given one while it is for the focus group and holds anything, else a new one. */
  protected planFor(wave: string): FocusPlan {
    const plan = this.focusPlan;
    const group = this.focusGroup;
    const forGroup = plan && (planGroup(plan) ?? group) === group;
    return forGroup && (plan.points.length || plan.previous) ? plan : emptyFocusPlan(this.widget, group, wave);
  }

  /** Takes what the user did in the focus plan; a new plan is the user's edit, sent with `goesting-change`. */
  protected focusChanged(update: FocusPlanUpdate): void {
    if (update.held) this.focusHeld = update.held;
    if (update.plan) {
      // Written past the input's parse: the view only makes valid plans, and a user's edit must
      // not clear an error the host's own input caused.
      const input = this.inputState('focusPlan');
      input.value = update.plan;
      input.has = true;
      this.requestUpdate();
      emit(this, 'goesting-change', { widget: this.widget, schemaVersion: FOCUS_PLAN_SCHEMA_VERSION, value: update.plan } as never);
    }
    if (update.focus) this.focusAfterRender(update.focus);
    if (update.say) this.announce(update.say);
  }
}
