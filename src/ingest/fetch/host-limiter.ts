// Politeness: at most N requests in flight to one host, and a minimum gap between the starts
// of two requests to it, whatever the number of feeds and pages being fetched at once.

export interface HostLimiterOptions {
  /** Requests in flight to one host. Default 2. */
  perHost?: number;
  /** Gap between the starts of two requests to one host. Default 1000 ms. */
  minDelayMs?: number;
}

interface HostState {
  active: number;
  lastStart: number;
  queue: Array<(release: () => void) => void>;
  timer?: NodeJS.Timeout;
}

export class HostLimiter {
  readonly perHost: number;
  readonly minDelayMs: number;
  private readonly hosts = new Map<string, HostState>();

  constructor(options: HostLimiterOptions = {}) {
    this.perHost = Math.max(1, options.perHost ?? 2);
    this.minDelayMs = Math.max(0, options.minDelayMs ?? 1000);
  }

  /** Waits for a slot on the host; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void> {
    const key = host.toLowerCase();
    let state = this.hosts.get(key);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, queue: [] };
      this.hosts.set(key, state);
    }
    const promise = new Promise<() => void>((resolve) => state.queue.push(resolve));
    this.pump(key, state);
    return promise;
  }

  /** Runs fn inside a slot on the host. */
  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire(host);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private pump(key: string, state: HostState): void {
    while (state.queue.length > 0 && state.active < this.perHost && state.timer === undefined) {
      const wait = state.lastStart + this.minDelayMs - Date.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = undefined;
          this.pump(key, state);
        }, wait);
        return;
      }
      const next = state.queue.shift()!;
      state.active++;
      state.lastStart = Date.now();
      let released = false;
      next(() => {
        if (released) return;
        released = true;
        state.active--;
        this.pump(key, state);
      });
    }
    if (state.active === 0 && state.queue.length === 0 && state.timer === undefined &&
        Date.now() - state.lastStart >= this.minDelayMs && this.hosts.get(key) === state) {
      this.hosts.delete(key);
    }
  }
}

/** Shared by every fetch that does not bring its own limiter. */
export const defaultHostLimiter = new HostLimiter();
