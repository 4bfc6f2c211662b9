import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { retryDelayMs } from "../../domain/jobs/backoff.ts";
import { CancelledError, isCancellation } from "../../domain/jobs/cancelled.ts";
import { type Here, provablyDead } from "../../domain/jobs/lease-holder.ts";
import type { Clock } from "../../ports/clock.ts";
import type { Job, JobQueue } from "../../ports/job-queue.ts";

export interface JobContext {
  /** Records progress (written at most once a second, and always the last one before the job ends). */
  progress(p: Record<string, unknown>): void;
  /**
   * Aborted when the worker lost the job's lease (another worker may have it now), is stopping, or the job
   * was cancelled (the reason is then a CancelledError).
   */
  signal: AbortSignal;
  /**
   * For the handler to call between units of work (an import's batches): throws a CancelledError when
   * someone asked to cancel the job, so it stops there with every unit before it whole.
   */
  checkpoint(): Promise<void>;
}

/** The workers alive in this process, by id: a holder with this process's pid but absent here is dead. */
const LIVE_WORKERS = new Set<string>();

/** Whether a process runs on this host (signal 0 checks without sending; EPERM: it runs, as another user). */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** How often a polling worker looks again for jobs held by dead processes (it always does when it starts). */
const RECLAIM_EVERY_MS = 30_000;

export type JobHandler = (job: Job, ctx: JobContext) => Promise<Record<string, unknown>>;

export interface WorkerOptions {
  id?: string;
  leaseMs?: number;
  pollMs?: number;
  retryBaseMs?: number;
  log?: (line: string) => void;
  /** Whether an error is worth another attempt (default: yes, unless it says `retryable: false`). */
  retryable?: (error: unknown) => boolean;
  /** Called before each claim (the assessment change watcher turns evidence changes into jobs here). */
  tick?: () => Promise<void>;
  /** Where the worker runs, to tell which holders are provably dead (tests give another; default: here). */
  here?: Omit<Here, "liveWorkers">;
}

/**
 * Runs jobs from the queue: claims one, keeps its lease alive while the handler works, then records the
 * result, or the failure with a retry after an exponential backoff (or for good once the attempts are
 * spent or the error is not worth retrying). `tocsin worker` runs one; `tocsin serve` runs one in-process.
 */
export class JobWorker {
  readonly id: string;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #retryBaseMs: number;
  readonly #log: (line: string) => void;
  readonly #retryable: (error: unknown) => boolean;
  readonly #tick: (() => Promise<void>) | undefined;
  #stopping: AbortController | null = null;
  #loop: Promise<void> | null = null;
  #wake: (() => void) | null = null;
  readonly #here: Omit<Here, "liveWorkers">;
  #reclaimedAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly queue: JobQueue,
    readonly handlers: Readonly<Record<string, JobHandler>>,
    readonly clock: Clock,
    options: WorkerOptions = {},
  ) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.#leaseMs = options.leaseMs ?? 120_000;
    this.#pollMs = options.pollMs ?? 1000;
    this.#retryBaseMs = options.retryBaseMs ?? 30_000;
    this.#log = options.log ?? (() => {});
    this.#retryable = options.retryable ?? ((e) => (e as { retryable?: unknown })?.retryable !== false);
    this.#tick = options.tick;
    this.#here = options.here ?? { host: hostname(), pid: process.pid, isRunning: processRuns };
    LIVE_WORKERS.add(this.id);
  }

  /**
   * Ends at once the leases of running jobs whose holder is provably dead (same host, process gone: a killed
   * `tocsin serve` or worker), so they are taken up now rather than after their lease (120 s by default).
   * The dead holder cannot write any more (every queue call names the holder and checks the lease), and an
   * import taken up again skips the rows already stored, by their dataset ids. Returns the jobs released.
   */
  async reclaimDeadHolders(): Promise<number> {
    this.#reclaimedAt = Date.now();
    const here: Here = { ...this.#here, liveWorkers: LIVE_WORKERS };
    let released = 0;
    for (const job of await this.queue.runningHolders(Object.keys(this.handlers))) {
      if (!provablyDead(job.leaseOwner, here)) continue;
      if (await this.queue.expireLease(job.id, job.leaseOwner)) {
        released++;
        this.#log(`job ${job.id}: its holder ${job.leaseOwner} is gone (no such process): taken up now`);
      }
    }
    return released;
  }

  /** Claims and runs one job; returns it as stored afterwards, or null when nothing was due. */
  async runOnce(signal?: AbortSignal): Promise<Job | null> {
    await this.#tick?.().catch((e) => this.#log(`worker ${this.id}: ${(e as Error).message}`));
    if (Date.now() - this.#reclaimedAt >= RECLAIM_EVERY_MS) {
      await this.reclaimDeadHolders().catch((e) => this.#log(`worker ${this.id}: ${(e as Error).message}`));
    }
    const job = await this.queue.claim(this.id, Object.keys(this.handlers), this.#leaseMs);
    if (!job) return null;
    const handler = this.handlers[job.kind] as JobHandler;
    const lost = new AbortController();
    const onStop = () => lost.abort(new Error("the worker is stopping"));
    signal?.addEventListener("abort", onStop, { once: true });
    let last: Record<string, unknown> = job.progress;
    let written = 0;
    let writing: Promise<unknown> = Promise.resolve();
    const write = (p: Record<string, unknown>) => {
      writing = writing
        .then(() => this.queue.progress(job.id, this.id, p, this.#leaseMs))
        .then(async (held) => {
          if (held || lost.signal.aborted) return;
          // progress answers false once the job is cancelled, too: say which.
          const cancelled = await this.queue.cancelRequested(job.id);
          lost.abort(cancelled ? cancelledError(job.id) : new Error("the job's lease was lost"));
        })
        .catch((e) => this.#log(`job ${job.id}: progress not recorded: ${(e as Error).message}`));
      return writing;
    };
    // The heartbeat keeps the lease alive through long quiet stretches (a slow download).
    const beat = setInterval(() => void write(last), Math.max(50, Math.floor(this.#leaseMs / 3)));
    beat.unref();
    this.#log(`job ${job.id} (${job.kind}) attempt ${job.attempts}/${job.maxAttempts} started`);
    try {
      const result = await handler(job, {
        signal: lost.signal,
        checkpoint: async () => {
          if (lost.signal.aborted) throw lost.signal.reason;
          if (await this.queue.cancelRequested(job.id)) {
            lost.abort(cancelledError(job.id));
            throw lost.signal.reason;
          }
        },
        progress: (p) => {
          last = p;
          const now = Date.now();
          if (now - written >= 1000) {
            written = now;
            void write(p);
          }
        },
      });
      clearInterval(beat);
      await writing;
      await this.queue.progress(job.id, this.id, last, this.#leaseMs);
      const done = await this.queue.complete(job.id, this.id, result);
      this.#log(
        `job ${job.id} ${done ? "succeeded" : "finished, but its lease had been lost: result dropped"}`,
      );
    } catch (error) {
      clearInterval(beat);
      await writing;
      const reason = error instanceof Error ? error.message : String(error);
      const cancelled = isCancellation(error, lost.signal);
      const again = !cancelled && this.#retryable(error) && job.attempts < job.maxAttempts;
      const retryAt = again
        ? new Date(this.clock.now().getTime() + retryDelayMs(job.attempts, this.#retryBaseMs))
        : null;
      await this.queue.progress(job.id, this.id, last, this.#leaseMs).catch(() => false);
      await this.queue.fail(job.id, this.id, reason, retryAt);
      this.#log(
        cancelled
          ? `job ${job.id} cancelled`
          : `job ${job.id} failed (${reason})${retryAt ? `; retry at ${retryAt.toISOString()}` : ""}`,
      );
    } finally {
      signal?.removeEventListener("abort", onStop);
    }
    return this.queue.get(job.id);
  }

  /** Runs due jobs until none is left. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.runOnce()) n++;
    return n;
  }

  /** Polls for jobs until `stop()`. */
  start(): void {
    if (this.#loop) return;
    const stopping = new AbortController();
    this.#stopping = stopping;
    this.#loop = (async () => {
      while (!stopping.signal.aborted) {
        let ran: Job | null = null;
        try {
          ran = await this.runOnce(stopping.signal);
        } catch (error) {
          this.#log(`worker ${this.id}: ${(error as Error).message}`);
        }
        if (!ran && !stopping.signal.aborted) {
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, this.#pollMs);
            this.#wake = () => {
              clearTimeout(t);
              resolve();
            };
          });
          this.#wake = null;
        }
      }
    })();
  }

  /** Looks for work now rather than at the next poll (after an enqueue in the same process). */
  nudge(): void {
    this.#wake?.();
  }

  /** Stops polling and waits for the job in hand to end (its handler sees the abort). */
  async stop(): Promise<void> {
    this.#stopping?.abort();
    this.nudge();
    await this.#loop;
    this.#loop = null;
    LIVE_WORKERS.delete(this.id);
  }
}

function cancelledError(id: string): CancelledError {
  return new CancelledError(`job ${id} was cancelled: stopped at a batch boundary`);
}
