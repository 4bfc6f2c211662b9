import type { Page } from "./evidence-store.ts";

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";

export interface JobFailure {
  attempt: number;
  at: string;
  reason: string;
}

export interface Job<P = Record<string, unknown>> {
  id: string;
  kind: string;
  payload: P;
  status: JobStatus;
  dedupeKey: string | null;
  attempts: number;
  maxAttempts: number;
  runAfter: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  progress: Record<string, unknown>;
  result: Record<string, unknown> | null;
  /** The last failure's reason (every attempt's is in `failures`). */
  error: string | null;
  failures: JobFailure[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When someone asked to cancel the job (a running job stops at its next checkpoint), and who. */
  cancelRequestedAt: string | null;
  cancelledBy: string | null;
}

export interface EnqueueInput {
  kind: string;
  payload: Record<string, unknown>;
  /** At most one queued or running job per key: enqueueing again returns that job. */
  dedupeKey?: string | null;
  maxAttempts?: number;
  createdBy: string;
}

export interface JobListQuery {
  kinds?: string[];
  status?: JobStatus;
  limit: number;
  cursor?: string | null;
}

/**
 * Work that runs apart from the request that asked for it (imports, pulls), persisted so that it survives
 * a restart. A worker claims a job with a lease and keeps it alive; a job whose lease runs out (its worker
 * died) is claimed again, up to its maximum attempts. Every call that a worker makes names the worker and
 * succeeds only while it still holds the lease, so a worker that wakes after losing it changes nothing.
 */
export interface JobQueue {
  enqueue(input: EnqueueInput): Promise<{ job: Job; created: boolean }>;
  /** The next job of these kinds that is due (or whose lease expired), now leased to `worker`; else null. */
  claim(worker: string, kinds: readonly string[], leaseMs: number): Promise<Job | null>;
  /** Records progress and extends the lease; false when the worker no longer holds the job. */
  progress(id: string, worker: string, progress: Record<string, unknown>, leaseMs: number): Promise<boolean>;
  complete(id: string, worker: string, result: Record<string, unknown>): Promise<boolean>;
  /** A failed attempt: queued again at `retryAt`, or failed for good when `retryAt` is null. */
  fail(id: string, worker: string, reason: string, retryAt: Date | null): Promise<boolean>;
  /**
   * Cancels a job: a queued one at once (it will never run); a running one is marked, its worker stops at its
   * next checkpoint and records it `cancelled` (from then `progress` answers false). A finished job is
   * returned unchanged. Null when there is no such job.
   */
  cancel(id: string, by: string): Promise<Job | null>;
  /** The running jobs of these kinds and who holds each (to find holders that are provably dead). */
  runningHolders(kinds: readonly string[]): Promise<{ id: string; leaseOwner: string }[]>;
  /**
   * Ends the lease of a running job held by `owner` at once (its holder is provably dead), so the next
   * claim takes it up as it would after the lease ran out. False when the job is no longer `owner`'s.
   */
  expireLease(id: string, owner: string): Promise<boolean>;
  /** Whether someone asked to cancel this job (the worker's checkpoint between batches). */
  cancelRequested(id: string): Promise<boolean>;
  get(id: string): Promise<Job | null>;
  list(query: JobListQuery): Promise<Page<Job>>;
}
