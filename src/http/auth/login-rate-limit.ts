import { LOGIN_ATTEMPTS_PER_WINDOW, LOGIN_WINDOW_MS } from "../../domain/auth/limits.ts";

/**
 * Fixed-window counts of login attempts per key (client address, account name), in this process's memory:
 * a restart forgets them, which the per-account lockout (stored) does not.
 */
export class LoginRateLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit = LOGIN_ATTEMPTS_PER_WINDOW,
    private readonly windowMs = LOGIN_WINDOW_MS,
  ) {}

  /** Counts one attempt under every key; the seconds to wait when any of them is over the limit, else 0. */
  hit(keys: string[], now: number): number {
    if (this.windows.size > 10_000) this.prune(now);
    let wait = 0;
    for (const key of keys) {
      const w = this.windows.get(key);
      if (!w || now - w.start >= this.windowMs) {
        this.windows.set(key, { start: now, count: 1 });
        continue;
      }
      w.count++;
      if (w.count > this.limit) wait = Math.max(wait, Math.ceil((w.start + this.windowMs - now) / 1000));
    }
    return wait;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
