/**
 * Thrown (or given as an abort reason) when work stops because someone cancelled it, so that whoever catches
 * it records "cancelled" rather than a failure, and nothing retries it.
 */
export class CancelledError extends Error {
  override readonly name = "CancelledError";
  readonly retryable = false;
}

/** Whether `error`, or the reason of an aborted `signal`, is a cancellation. */
export function isCancellation(error: unknown, signal?: AbortSignal): boolean {
  return (
    error instanceof CancelledError || (signal?.aborted === true && signal.reason instanceof CancelledError)
  );
}
