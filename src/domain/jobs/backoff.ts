/**
 * When a failed job is tried again: exponential backoff from `baseMs` (attempt 1 waits baseMs, attempt 2
 * twice that, ...), capped, so a dataset server that is down is not hammered.
 */
export function retryDelayMs(attempt: number, baseMs = 30_000, capMs = 15 * 60_000): number {
  const n = Math.max(1, Math.floor(attempt));
  return Math.min(capMs, baseMs * 2 ** (n - 1));
}
