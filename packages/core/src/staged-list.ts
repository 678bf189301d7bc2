import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Shows a long list a part at a time: the first items in the widget's first frame, the rest a
 * step at a time after each paint. A long document then appears at once and the page stays
 * responsive while the rest is added. The widget renders `limit(total)` items, and what comes
 * after the list once it is `done`; its `updateComplete` waits for `settled`, so a host that
 * awaits it finds everything in place.
 *
 * Anything the user does to the list should call `all()` first: an edit never waits for a line.
 */
export class StagedList implements ReactiveController {
  /** How many items are in the page now; `Infinity` once the whole list is. */
  private count: number;
  private total = 0;
  private pending?: { frame: number; timer: ReturnType<typeof setTimeout> | undefined };
  private waiting: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly first = 25,
    private readonly step = 50,
  ) {
    this.count = first;
    host.addController(this);
  }

  /** Starts again from the first items: for a whole new list, such as a document the host sets. */
  restart(): void {
    this.cancel();
    this.count = this.first;
  }

  /** Puts the whole list in the page with the next render. */
  all(): void {
    this.cancel();
    if (this.count === Infinity) return;
    this.count = Infinity;
    this.host.requestUpdate();
  }

  /** How many of a list of `total` items to render now. */
  limit(total: number): number {
    this.total = total;
    return Math.min(total, this.count);
  }

  /** Whether the last `limit()` gave every item: what comes after the list may be rendered too. */
  get done(): boolean {
    return this.count >= this.total;
  }

  /** Resolves once every item is in the page. */
  get settled(): Promise<void> {
    return this.count === Infinity ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  hostUpdated(): void {
    if (this.count >= this.total) {
      this.count = Infinity;
      const waiting = this.waiting;
      this.waiting = [];
      for (const resolve of waiting) resolve();
    } else if (!this.pending) {
      // After the next paint; a page in the background paints no frames, so a timer goes on there.
      const pending = { frame: 0, timer: undefined as ReturnType<typeof setTimeout> | undefined };
      const next = () => {
        if (this.pending !== pending) return;
        this.cancel();
        this.count += this.step;
        this.host.requestUpdate();
      };
      pending.frame = requestAnimationFrame(() => setTimeout(next));
      pending.timer = setTimeout(next, 100);
      this.pending = pending;
    }
  }

  hostDisconnected(): void {
    // Out of the page nothing is painted: the rest comes at once, and nobody waits in vain.
    this.all();
  }

  private cancel(): void {
    if (!this.pending) return;
    cancelAnimationFrame(this.pending.frame);
    clearTimeout(this.pending.timer);
    this.pending = undefined;
  }
}
