/**
 * Bounded concurrency shared by every Azure request of a scan: at most `max` tasks run at once.
 * Waiting tasks are grouped by key (the subscription a request reads) and a freed slot goes to the
 * groups in turn, in order within each: ARM's read limits are per subscription, so a scan that
 * queued one subscription's thousand reads ahead of the others spreads them instead of spending
 * that subscription's budget alone. Tracks the peak so the benchmark and tests can check the bound held.
 */
export class Limiter {
  readonly max: number;
  private active = 0;
  private highest = 0;
  /** Waiters per key; the Map's order is the rotation (a served key moves to the back). */
  private readonly waiting = new Map<string, Array<() => void>>();

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

  async run<T>(task: () => Promise<T>, key = ''): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.enqueue(key, resolve));
    else this.active += 1;
    this.highest = Math.max(this.highest, this.active);
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter so `active` never dips and overshoots.
      const next = this.dequeue();
      if (next) next();
      else this.active -= 1;
    }
  }

  private enqueue(key: string, resolve: () => void): void {
    const queue = this.waiting.get(key);
    if (queue) queue.push(resolve);
    else this.waiting.set(key, [resolve]);
  }

  /** The first waiter of the key whose turn it is. */
  private dequeue(): (() => void) | undefined {
    for (const [key, queue] of this.waiting) {
      const next = queue.shift();
      this.waiting.delete(key);
      if (queue.length) this.waiting.set(key, queue);
      return next;
    }
    return undefined;
  }
}
