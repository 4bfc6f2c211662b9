import type { AssessmentStore } from "../../ports/assessment-store.ts";
import type { JobQueue } from "../../ports/job-queue.ts";
import { ALL_SITUATIONS, enqueueRecompute } from "./recompute-jobs.ts";

const ALL = "00000000-0000-0000-0000-000000000000";
/** Changes are read again this far back: a write marks its situations before it commits. */
const MARGIN_MS = 60_000;

/**
 * Turns evidence changes into recompute jobs. The database marks the situations a write touches
 * (triggers on events, claims and sources: migration 0004), whoever wrote it: the evidence service, an
 * import job, `tocsin import`, a suggestion accepted. The worker calls `scan()` between jobs; each change
 * seen for the first time becomes a recompute job of its situation (the nil mark: of every situation).
 * A change is done with only once a job that had not started yet took it: a recompute already running
 * may have read the evidence before the change, so it is asked again at the next scan.
 */
export class AssessmentChangeWatcher {
  #since: string | null = null;
  /** situation -> the mark last handed to a job that had not started. */
  readonly #taken = new Map<string, string>();
  /** Changes whose recompute was running when they were seen: asked again at each scan. */
  readonly #pending = new Map<string, string>();
  #lastScan = 0;

  constructor(
    readonly store: Pick<AssessmentStore, "changedSince">,
    readonly queue: JobQueue,
    readonly options: { minIntervalMs?: number; log?: (line: string) => void } = {},
  ) {}

  /** Enqueues recomputes for the changes since the last scan; returns how many jobs it asked for. */
  async scan(): Promise<number> {
    this.#lastScan = Date.now();
    const { at, changes } = await this.store.changedSince(this.#since);
    this.#since = new Date(Date.parse(at) - MARGIN_MS).toISOString();
    for (const c of changes) {
      if (this.#taken.get(c.situationId) !== c.markedAt) this.#pending.set(c.situationId, c.markedAt);
    }
    let asked = 0;
    for (const [id, markedAt] of [...this.#pending]) {
      const target = id === ALL ? ALL_SITUATIONS : id;
      const r = await enqueueRecompute(this.queue, target, "tocsin:change-watcher");
      asked++;
      if (!r.accepted) continue;
      this.#pending.delete(id);
      this.#taken.set(id, markedAt);
      if (r.created) this.options.log?.(`evidence of ${target} changed: recompute job ${r.job.id} queued`);
    }
    // Marks older than the window are never read again: forget them.
    for (const [id, m] of this.#taken) if (Date.parse(m) < Date.parse(this.#since)) this.#taken.delete(id);
    return asked;
  }

  /** For the worker's loop: a scan at most every `minIntervalMs` (default 1 s); errors are logged. */
  tick = async (): Promise<void> => {
    if (Date.now() - this.#lastScan < (this.options.minIntervalMs ?? 1000)) return;
    try {
      await this.scan();
    } catch (error) {
      this.options.log?.(`change watcher: ${(error as Error).message}`);
    }
  };
}
