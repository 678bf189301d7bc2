/** Where the countdown reads the time and schedules its ticks; tests pass a fake one. */
export interface Clock {
  now(): number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every(ms, tick) {
    const handle = setInterval(tick, ms);
    return () => clearInterval(handle);
  },
};

export type CountdownState = 'idle' | 'running' | 'paused' | 'done';

/**
 * A pausable countdown for one intervision round. It keeps the remaining time from the clock's
 * readings, not from counting ticks, so a slow or throttled tab still ends on time.
 */
export class Countdown {
  state: CountdownState = 'idle';
  private remainingAtStart: number;
  private startedAt = 0;
  private stop?: () => void;

  constructor(
    readonly durationMs: number,
    private readonly clock: Clock,
    private readonly onChange: (countdown: Countdown) => void,
  ) {
    this.remainingAtStart = durationMs;
  }

  /** Milliseconds left. */
  get remaining(): number {
    if (this.state !== 'running') return this.remainingAtStart;
    return Math.max(0, this.remainingAtStart - (this.clock.now() - this.startedAt));
  }

  start(): void {
    if (this.state === 'running' || this.state === 'done') return;
    this.state = 'running';
    this.startedAt = this.clock.now();
    this.stop = this.clock.every(250, () => this.tick());
    this.onChange(this);
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.remainingAtStart = this.remaining;
    this.state = 'paused';
    this.halt();
    this.onChange(this);
  }

  reset(): void {
    this.halt();
    this.state = 'idle';
    this.remainingAtStart = this.durationMs;
    this.onChange(this);
  }

  /** Stops ticking without a state change (the widget left the page). */
  halt(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private tick(): void {
    if (this.remaining > 0) {
      this.onChange(this);
      return;
    }
    this.remainingAtStart = 0;
    this.state = 'done';
    this.halt();
    this.onChange(this);
  }
}

/** `m:ss` of a number of milliseconds, rounded up so "0:00" shows only at the end. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
