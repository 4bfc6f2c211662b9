import type { AssessmentStore } from "../../ports/assessment-store.ts";
import type { JobQueue } from "../../ports/job-queue.ts";
import { ALL_SITUATIONS, enqueueRecompute } from "./recompute-jobs.ts";

const ALL = "00000000-0000-0000-0000-000000000000";
/** A watcher's first scan takes marks this recent as changes (older ones were seen by whoever ran before). */
const FIRST_SCAN_MS = 10 * 60_000;

/**
 * Turns evidence changes into recompute jobs. The database marks the situations a write touches
 * (triggers on events, claims and sources: migration 0004), whoever wrote it: the evidence service, an
 * import job, `tocsin import`, a suggestion accepted. The worker calls `scan()` between jobs; each new
 * version of a mark becomes a recompute job of its situation (the nil mark: of every situation).
 *
 * Versions, not times (migration 0011): a mark is stamped inside the writer's transaction, before it
 * commits, and becomes visible only at the commit, however long after; a version the watcher has not seen
 * is a change whenever it appears. A change is done with only once a job that had not started yet took
 * it: a recompute already running may have read the evidence before the change, so it is asked again at
 * the next scan.
 */
export class AssessmentChangeWatcher {
  /** situation -> the mark's version last seen. */
  readonly #seen = new Map<string, number>();
  #started = false;
  /** Changes not yet handed to a job that had not started: asked again at each scan. */
  readonly #pending = new Set<string>();
  #lastScan = 0;

  constructor(
    readonly store: Pick<AssessmentStore, "changeMarks">,
    readonly queue: JobQueue,
    readonly options: { minIntervalMs?: number; log?: (line: string) => void } = {},
  ) {}

  /** Enqueues recomputes for the changes since the last scan; returns how many jobs it asked for. */
  async scan(): Promise<number> {
    this.#lastScan = Date.now();
    const { at, marks } = await this.store.changeMarks();
    const recent = Date.parse(at) - FIRST_SCAN_MS;
    for (const m of marks) {
      const changed = this.#started
        ? this.#seen.get(m.situationId) !== m.version
        : Date.parse(m.markedAt) > recent;
      this.#seen.set(m.situationId, m.version);
      if (changed) this.#pending.add(m.situationId);
    }
    this.#started = true;
    let asked = 0;
    for (const id of [...this.#pending]) {
      const target = id === ALL ? ALL_SITUATIONS : id;
      const r = await enqueueRecompute(this.queue, target, "tocsin:change-watcher");
      asked++;
      if (!r.accepted) continue;
      this.#pending.delete(id);
      if (r.created) this.options.log?.(`evidence of ${target} changed: recompute job ${r.job.id} queued`);
    }
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
