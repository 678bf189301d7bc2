import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '@goesting/core';
import type { NetworkCircleMessages } from './messages.js';
import type { CircleNames } from './names.js';
import { CENTRE, cellAt, cellPath, type NetworkConfig, type Person, type Point } from './model/index.js';

/** A person picked up with the keyboard: where they would land now, and where they came from. */
export interface Grab {
  id: string;
  ring: string;
  sector: string;
  from: { ring: string; sector: string };
}

interface Drag {
  id: string;
  pointerId: number;
  start: Point;
  moved: boolean;
  node: SVGGElement;
}

/** What moving people needs to know about the circle now. */
export interface MoveContext {
  l: LocalizeController<NetworkCircleMessages>;
  config: NetworkConfig;
  people: readonly Person[];
  /** Whether the user may change the circle now (not read-only, not disabled). */
  editable: boolean;
  names: CircleNames;
}

/** What moving people does to the circle. */
export interface MoveActions {
  context(): MoveContext;
  /** Makes person `id` the drawing's tab stop and, unless `now` is false, focuses them after the render. */
  focusPerson(id: string, now?: boolean): void;
  movePerson(id: string, ring: string, sector: string): void;
  openEditor(person: Person): void;
  removePerson(id: string): void;
  announce(text: string): void;
  undo(): void;
  redo(): void;
}

/** The element the drawing is in. */
export type MoveHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Moving people in the drawing, with the pointer (drag and drop, a click opens the person) and
 * with the keyboard (arrows choose a person; Space picks them up, arrows move them, Enter or Space
 * puts them down, Escape cancels; Enter opens, Delete removes), and taking changes back with
 * Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y (Cmd on a Mac) anywhere in the widget.
 */
export class MoveController implements ReactiveController {
  /** The person picked up with the keyboard, if any. */
  grab?: Grab;
  private drag?: Drag;

  constructor(
    private readonly host: MoveHost,
    private readonly actions: MoveActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onShortcut);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onShortcut);
    this.drag = undefined;
  }

  private readonly onShortcut = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0];
    // Text fields keep their own undo.
    if ((target instanceof HTMLInputElement && target.type === 'text') || target instanceof HTMLTextAreaElement) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.actions.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.actions.redo();
    else return;
    event.preventDefault();
  };

  /** Forgets a pick-up, for instance when the circle is reset. */
  clear(): void {
    this.grab = undefined;
    this.drag = undefined;
  }

  private get target(): Element | null {
    return this.host.renderRoot.querySelector('path.target');
  }

  private toDrawing(event: PointerEvent): Point {
    const matrix = this.host.renderRoot.querySelector<SVGSVGElement>('svg.drawing')?.getScreenCTM();
    if (!matrix) return { x: CENTRE, y: CENTRE };
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  private cellOf(point: Point, config: NetworkConfig) {
    return cellAt(point, config.rings.length, config.sectors.length);
  }

  onPointerDown(event: PointerEvent, person: Person): void {
    if (!this.actions.context().editable || event.button !== 0) return;
    const node = event.currentTarget as SVGGElement;
    try {
      node.setPointerCapture(event.pointerId);
    } catch {
      // A pointer that is already gone cannot be captured; moves still reach the drawing.
    }
    this.drag = { id: person.id, pointerId: event.pointerId, start: this.toDrawing(event), moved: false, node };
    this.actions.focusPerson(person.id, false);
  }

  /** Moves the dragged node and the target highlight directly, without a render: smooth with many people. */
  onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const point = this.toDrawing(event);
    if (!drag.moved && Math.hypot(point.x - drag.start.x, point.y - drag.start.y) < 6) return;
    drag.moved = true;
    drag.node.setAttribute('transform', `translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`);
    drag.node.classList.add('dragging');
    const { config } = this.actions.context();
    const cell = this.cellOf(point, config);
    this.target?.setAttribute('d', cell ? cellPath(cell.ring, cell.sector, config.rings.length, config.sectors.length) : '');
  }

  onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const { config, people } = this.actions.context();
    const person = people.find((p) => p.id === drag.id);
    if (!person) return;
    this.endDrag(drag);
    if (!drag.moved) {
      this.actions.openEditor(person);
      return;
    }
    const cell = this.cellOf(this.toDrawing(event), config);
    if (cell) this.actions.movePerson(person.id, config.rings[cell.ring]!.id, config.sectors[cell.sector]!.id);
    // Back to the computed position (also when dropped on the client or the same cell).
    this.host.requestUpdate();
  }

  onPointerCancel(): void {
    if (!this.drag) return;
    this.endDrag(this.drag);
    this.host.requestUpdate();
  }

  private endDrag(drag: Drag): void {
    this.drag = undefined;
    this.target?.setAttribute('d', '');
    drag.node.classList.remove('dragging');
  }

  /** Keys on a person in the drawing; `order` is the order the arrow keys go through. */
  onKey(event: KeyboardEvent, person: Person, order: readonly Person[]): void {
    if (this.grab?.id === person.id) this.onGrabbedKey(event, person, this.grab);
    else this.onChoosingKey(event, person, order);
  }

  private onGrabbedKey(event: KeyboardEvent, person: Person, grab: Grab): void {
    const { l, names, config } = this.actions.context();
    const rings = config.rings.map((r) => r.id);
    const sectors = config.sectors.map((s) => s.id);
    const ring = rings.indexOf(grab.ring);
    const sector = sectors.indexOf(grab.sector);
    const clamp = (index: number) => rings[Math.max(0, Math.min(rings.length - 1, index))]!;
    const around = (index: number) => sectors[(index + sectors.length) % sectors.length]!;
    const moves: Record<string, () => Grab | undefined> = {
      ArrowUp: () => ({ ...grab, ring: clamp(ring - 1) }),
      ArrowDown: () => ({ ...grab, ring: clamp(ring + 1) }),
      ArrowLeft: () => ({ ...grab, sector: around(sector - 1) }),
      ArrowRight: () => ({ ...grab, sector: around(sector + 1) }),
      Enter: () => this.drop(grab),
      ' ': () => this.drop(grab),
      Escape: () => {
        this.actions.announce(l.t('moveCancelled', { name: person.label }));
        return undefined;
      },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.grab = move();
    if (this.grab && event.key.startsWith('Arrow')) {
      this.actions.announce(l.t('movedTo', { name: person.label, sector: names.sector(this.grab.sector), ring: names.ring(this.grab.ring) }));
    }
    this.actions.focusPerson(person.id);
    this.host.requestUpdate();
  }

  private onChoosingKey(event: KeyboardEvent, person: Person, order: readonly Person[]): void {
    const { l, editable } = this.actions.context();
    const index = order.indexOf(person);
    const focus = (next: Person | undefined) => next && this.actions.focusPerson(next.id);
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        focus(order[(index + 1) % order.length]);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        focus(order[(index - 1 + order.length) % order.length]);
        break;
      case 'Home':
        focus(order[0]);
        break;
      case 'End':
        focus(order[order.length - 1]);
        break;
      case ' ':
        if (!editable) return;
        this.grab = { id: person.id, ring: person.ring, sector: person.sector, from: { ring: person.ring, sector: person.sector } };
        this.actions.announce(l.t('grabbed', { name: person.label }));
        this.host.requestUpdate();
        break;
      case 'Enter':
        this.actions.openEditor(person);
        break;
      case 'Delete':
      case 'Backspace':
        if (editable) this.actions.removePerson(person.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  /** Puts the picked-up person down where they are now; returns the (ended) pick-up. */
  private drop(grab: Grab): undefined {
    if (grab.ring !== grab.from.ring || grab.sector !== grab.from.sector) this.actions.movePerson(grab.id, grab.ring, grab.sector);
    return undefined;
  }
}
