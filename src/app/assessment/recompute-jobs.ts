import { SENSITIVITIES } from "../../domain/evidence/sensitivity.ts";
import type { JobQueue } from "../../ports/job-queue.ts";
import type { JobHandler } from "../jobs/job-worker.ts";
import type { AssessmentService } from "./assessment.service.ts";

export const RECOMPUTE_JOB = "assessment-recompute";
/** The payload's target for "every situation" (a source regraded, a bulk load, new rules). */
export const ALL_SITUATIONS = "all";
/** Who the stored snapshots name as their author. */
export const RECOMPUTE_ACTOR = "tocsin:recompute-on-change";

export interface RecomputePayload {
  situationId: string;
}

/** One pending recompute per situation: the job key. */
export function recomputeKey(target: string): string {
  return `${RECOMPUTE_JOB}:${target}`;
}

/**
 * Asks for a situation's (or every situation's) assessments to be recomputed. Coalesced: while a
 * recompute of the same target waits in the queue, this returns it. `accepted` is false when the job
 * with this key is already running: it may have read the evidence before the change, so the caller should
 * ask again once it ends (the change watcher does).
 */
export async function enqueueRecompute(queue: JobQueue, target: string, createdBy: string) {
  const { job, created } = await queue.enqueue({
    kind: RECOMPUTE_JOB,
    payload: { situationId: target },
    dedupeKey: recomputeKey(target),
    maxAttempts: 3,
    createdBy,
  });
  return { job, created, accepted: created || job.status === "queued" };
}

/**
 * The recompute job: for each clearance at which the situation is visible, its assessment as of today,
 * stored as a snapshot when the level or a stage moved (AssessmentService.refresh). Idempotent: a second
 * run on the same evidence stores nothing. Snapshots at public clearance feed the alerts' Atom feed.
 */
export function recomputeJobHandlers(engine: () => AssessmentService): Record<string, JobHandler> {
  const handler: JobHandler = async (job, ctx) => {
    const { situationId } = job.payload as unknown as RecomputePayload;
    const e = engine();
    const ids =
      situationId === ALL_SITUATIONS
        ? await e.situationIds({ actor: RECOMPUTE_ACTOR, clearance: "confidential" })
        : [situationId];
    const moved: { situationId: string; clearance: string; from: string | null; to: string }[] = [];
    let computed = 0;
    for (const [i, id] of ids.entries()) {
      if (ctx.signal.aborted) throw ctx.signal.reason ?? new Error("stopped");
      for (const clearance of SENSITIVITIES) {
        if (!(await e.store.situationVisible(id, clearance))) continue;
        const r = await e.refresh(id, { actor: RECOMPUTE_ACTOR, clearance });
        computed++;
        if (r.stored) moved.push({ situationId: id, clearance, from: r.from, to: r.to });
      }
      ctx.progress({ situations: ids.length, done: i + 1 });
    }
    return {
      situations: ids.length,
      computed,
      stored: moved.length,
      rules: e.rules.current.ref,
      // The first hundred, for the job's record; the assessments themselves are in the history.
      moved: moved.slice(0, 100),
    };
  };
  return { [RECOMPUTE_JOB]: handler };
}
