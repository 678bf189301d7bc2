import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { NetworkCircleMessages } from './messages.js';
import type { CircleNames } from './names.js';
import { draftFor, type Draft, type NetworkConfig, type Person } from './model/index.js';

/** What the person form needs to know about the circle now. */
export interface EditorContext {
  l: LocalizeController<NetworkCircleMessages>;
  config: NetworkConfig;
  people: readonly Person[];
  readonly: boolean;
  /** Whether the drawing (rather than the list) is shown, where the focus goes back to. */
  drawing: boolean;
  names: CircleNames;
}

/** What the person form does to the circle. */
export interface EditorActions {
  context(): EditorContext;
  /** Applies the new people as a user change, saying `announcement`. */
  change(people: Person[], announcement: string): void;
  /** Makes person `id` the drawing's tab stop. */
  choose(id: string): void;
  /** Focuses the element matching `selector` once the circle has rendered. */
  focusAfterRender(selector: string): void;
}

/**
 * The form to add or edit a person: its draft, whether the label is missing, and where the focus
 * goes when it opens or closes. Saving is done by the form itself (in the lazily loaded panels),
 * with these `actions`.
 */
export class PersonEditor {
  /** The person being added or edited; `undefined` while the form is closed. */
  draft?: Draft;
  /** Whether saving was tried without a label. */
  labelError = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly actions: EditorActions,
  ) {}

  /** Opens the form for `person`, or for someone new. */
  open(person?: Person): void {
    const { readonly, config } = this.actions.context();
    if (readonly) return;
    this.draft = draftFor(config, person);
    this.labelError = false;
    this.actions.focusAfterRender('#field-label');
    this.host.requestUpdate();
  }

  /** Closes the form without saving; the focus goes back to where it was opened from. */
  close(): void {
    const id = this.draft?.id;
    this.draft = undefined;
    this.actions.focusAfterRender(id && this.actions.context().drawing ? `[data-id="${id}"]` : id ? `#edit-${id}` : '#add');
    this.host.requestUpdate();
  }

  /** Closes the form and forgets the draft, without moving the focus. */
  clear(): void {
    this.draft = undefined;
  }

  update(patch: Partial<Draft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    this.host.requestUpdate();
  }

  /** Shows that saving needs a label. */
  missingLabel(): void {
    this.labelError = true;
    this.actions.focusAfterRender('#field-label');
    this.host.requestUpdate();
  }
}
