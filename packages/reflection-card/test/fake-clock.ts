import type { Clock } from '../src/model/index.js';

/** A clock that only moves when the test says so. */
export class FakeClock implements Clock {
  time = 0;
  private readonly ticks = new Set<() => void>();
  now = () => this.time;
  every(_ms: number, tick: () => void) {
    this.ticks.add(tick);
    return () => void this.ticks.delete(tick);
  }
  advance(ms: number) {
    this.time += ms;
    for (const tick of [...this.ticks]) tick();
  }
  get running() {
    return this.ticks.size;
  }
}
