import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Job, JobQueue, JobStatus } from "../../ports/job-queue.ts";
import { loadModel } from "./model-store.ts";
import { SCREENING_JOB, type ScreeningJobPayload, screeningJobHandlers } from "./screening-jobs.ts";
import { screeningUploadsDir, sweepScreeningUploads, UPLOAD_RETENTION_MS } from "./screening-uploads.ts";

// INVENTED posts.
const POSTS = "Market day in Vessenport was quiet.\nThe Oskeri are rats and vermin.\n";

function payload(dataDir: string, name: string): ScreeningJobPayload {
  const file = join(screeningUploadsDir(dataDir), name);
  mkdirSync(screeningUploadsDir(dataDir), { recursive: true });
  writeFileSync(file, POSTS);
  return {
    file,
    fileSha256: "0".repeat(64),
    fileSize: POSTS.length,
    format: "text",
    resultFile: join(dataDir, "screenings", `${name}.text.jsonl`),
    actor: "test",
  };
}

/** A queue that knows only which jobs are queued or running (what the sweep asks). */
function queueWith(active: { status: JobStatus; payload: ScreeningJobPayload }[]): JobQueue {
  return {
    list: async (q: { status?: JobStatus; kinds?: string[] }) => ({
      items: active
        .filter((j) => j.status === q.status && q.kinds?.includes(SCREENING_JOB))
        .map((j) => ({ kind: SCREENING_JOB, status: j.status, payload: j.payload }) as unknown as Job),
      nextCursor: null,
    }),
  } as unknown as JobQueue;
}

const ctx = { progress: () => {}, signal: new AbortController().signal, checkpoint: async () => {} };
const run = (p: ScreeningJobPayload) =>
  (
    screeningJobHandlers(() => loadModel())[SCREENING_JOB] as NonNullable<
      ReturnType<typeof screeningJobHandlers>[string]
    >
  )({ id: "j", payload: p } as unknown as Job, ctx);

describe("screening uploads: removed when done, swept after their retention", () => {
  test("a job that succeeds removes its input and keeps its results; a retry after that counts the results", async () => {
    const data = mkdtempSync(join(tmpdir(), "tocsin-screen-up-"));
    const p = payload(data, "a");
    const first = await run(p);
    assert.equal(first.posts, 2);
    assert.ok(!existsSync(p.file), "the input is removed");
    assert.equal(readFileSync(p.resultFile, "utf8").trim().split("\n").length, 2, "the results stay");
    const again = await run(p);
    assert.deepEqual(again, first, "claimed again after the input went: the same counts, from the results");
  });

  test("an input of an older job outside the uploads folder is never removed", async () => {
    const data = mkdtempSync(join(tmpdir(), "tocsin-screen-up-"));
    const file = join(data, "imports", "legacy.data");
    mkdirSync(join(data, "imports"), { recursive: true });
    writeFileSync(file, POSTS);
    await run({ ...payload(data, "b"), file });
    assert.ok(existsSync(file), "DATA/imports may be shared with an import of the same bytes");
  });

  test("the sweep removes old inputs no queued or running job needs, and nothing younger", async () => {
    const data = mkdtempSync(join(tmpdir(), "tocsin-screen-up-"));
    const failed = payload(data, "failed");
    const queued = payload(data, "queued");
    const young = payload(data, "young");
    const now = new Date();
    const old = new Date(now.getTime() - UPLOAD_RETENTION_MS - 60_000);
    for (const p of [failed, queued]) utimesSync(p.file, old, old);
    const removed = await sweepScreeningUploads(
      data,
      queueWith([{ status: "queued", payload: queued }]),
      now,
    );
    assert.equal(removed, 1);
    assert.ok(!existsSync(failed.file), "a failed job's input past its retention is removed");
    assert.ok(existsSync(queued.file), "a queued job's input stays, however old");
    assert.ok(existsSync(young.file), "an input within its retention stays");
    assert.equal(await sweepScreeningUploads(join(data, "missing"), queueWith([]), now), 0);
  });
});
