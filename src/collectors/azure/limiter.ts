/**
 * Bounded concurrency shared by every Azure request of a scan: at most `max` tasks run at once,
 * the others wait in order. Tracks the peak so the benchmark and tests can check the bound held.
 */
export class Limiter {
  readonly max: number;
  private active = 0;
  private highest = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, got ${max}`);
    this.max = max;
  }

  get peak(): number {
    return this.highest;
  }

  get running(): number {
    return this.active;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    this.highest = Math.max(this.highest, this.active);
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter so `active` never dips and overshoots.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
