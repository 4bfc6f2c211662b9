import assert from "node:assert/strict";
import { test } from "node:test";
import { openWorker } from "../../src/adapters/queue/open-worker.ts";
import { levelChanges } from "../../src/app/alerts/level-changes.ts";
import { renderFeed } from "../../src/app/alerts/render/outputs.ts";
import { AssessmentChangeWatcher } from "../../src/app/assessment/change-watcher.ts";
import { enqueueRecompute, RECOMPUTE_JOB, recomputeKey } from "../../src/app/assessment/recompute-jobs.ts";
import { INPUT_SCHEMAS, parseInput } from "../../src/app/input-schemas.ts";
import type { JobWorker } from "../../src/app/jobs/job-worker.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => isoFromDay(dayNumber(TODAY) + offset);

onEachEngine("recompute on change", (store) => {
  const app = () => store().app;
  let worker: JobWorker;
  let situationId = "";
  let sources: string[] = [];

  const recomputeJobs = async () =>
    (await app().jobs.list({ kinds: [RECOMPUTE_JOB], limit: 100 })).items.filter(
      (j) => j.payload.situationId === situationId,
    );
  const history = (clearance: Caller["clearance"]) =>
    app().alerts.assessment().history(situationId, { actor: "t", clearance });
  /** A reported event of the situation with one claim per source. */
  async function reported(title: string, offset: number, acts: string[], by: string[]) {
    const e = await app().evidence.create(
      "event",
      {
        title,
        dateStart: day(offset),
        acts: acts.map((type) => ({ type })),
        situationIds: [situationId],
        sensitivity: "public",
      },
      analyst,
    );
    for (const s of by)
      await app().evidence.create(
        "claim",
        { sourceId: s, eventId: e.id, statement: "Reported", credibility: 2, sensitivity: "public" },
        analyst,
      );
  }

  test("evidence written through the evidence service is recomputed by one coalesced job; the level change reaches the feed", async () => {
    worker = openWorker(app(), { pollMs: 0, id: "test-worker" });
    sources = [];
    for (const name of ["Fictional Monitor", "Fictional Gazette"])
      sources.push(
        (
          await app().evidence.create(
            "source",
            { kind: "organisation", name, reliability: "B", sensitivity: "public" },
            analyst,
          )
        ).id,
      );
    situationId = (
      await app().evidence.create(
        "situation",
        { name: "Fictional East", country: "ATA", sensitivity: "public" },
        analyst,
      )
    ).id;
    // Stage 8 (forced displacement, two usually reliable sources): a Warning. Six writes, one job.
    await reported("Fictional village emptied", -40, ["forced-displacement"], sources);
    await reported("Fictional valley emptied", -21, ["forced-displacement"], sources);
    assert.equal((await history("public")).length, 0);
    assert.ok((await worker.drain()) >= 1);
    const jobs = await recomputeJobs();
    assert.equal(jobs.length, 1, "one recompute for six writes");
    assert.equal(jobs[0]?.status, "succeeded");
    for (const c of ["public", "internal", "confidential"] as const) {
      const h = await history(c);
      assert.equal(h.length, 1, c);
      assert.equal(h[0]?.level, "warning");
      assert.equal(h[0]?.computedBy, "tocsin:recompute-on-change");
      assert.equal(h[0]?.asOf, TODAY);
    }
    const changes = await levelChanges(app().alerts.assessment(), app().alerts.evidence);
    const mine = changes.filter((c) => c.situationId === situationId);
    assert.deepEqual(
      mine.map((c) => [c.from, c.to]),
      [[null, "warning"]],
    );
    const feed = await renderFeed(app().alerts, "http://tocsin.test");
    assert.match(feed, /Alert level Genocide Warning: Fictional East/);
  });

  test("a recompute on unchanged evidence stores nothing (idempotent); a queued one is shared", async () => {
    const a = await enqueueRecompute(app().jobs, situationId, "test");
    const b = await enqueueRecompute(app().jobs, situationId, "test");
    assert.equal(a.created, true);
    assert.equal(b.created, false);
    assert.equal(b.job.id, a.job.id);
    await worker.drain();
    const done = await app().jobs.get(a.job.id);
    assert.equal(done?.status, "succeeded");
    assert.equal(done?.result?.stored, 0);
    assert.equal((await history("public")).length, 1);
  });

  test("massacres raise the level to Emergency: a new snapshot and a new entry in the level changes", async () => {
    await reported("Fictional market massacre", -9, ["massacre"], sources);
    await reported("Fictional river massacre", -5, ["massacre"], sources);
    await worker.drain();
    const h = await history("public");
    assert.equal(h.length, 2);
    assert.deepEqual(h.map((x) => x.level).sort(), ["emergency", "warning"]);
    const mine = (await levelChanges(app().alerts.assessment(), app().alerts.evidence)).filter(
      (c) => c.situationId === situationId,
    );
    assert.deepEqual(
      mine.map((c) => [c.from, c.to]),
      [
        ["warning", "emergency"],
        [null, "warning"],
      ],
    );
  });

  test("events loaded in bulk (the import path) are recomputed too", async () => {
    const before = (await recomputeJobs()).length;
    const input = parseInput(
      INPUT_SCHEMAS.event,
      {
        title: "Fictional deportation train",
        dateStart: day(-3),
        acts: [{ type: "forced-displacement" }],
        situationIds: [situationId],
        sensitivity: "public",
      },
      "event",
    );
    await app().bulkEvents.writeBatch([input], { caller: analyst, dataset: null });
    await worker.drain();
    const jobs = await recomputeJobs();
    assert.equal(jobs.length, before + 1);
    assert.equal(
      jobs.every((j) => j.status === "succeeded"),
      true,
    );
  });

  test("a change seen while its recompute runs is asked again once that job ends", async () => {
    const watcher = new AssessmentChangeWatcher(app().alerts.assessment().store, app().jobs);
    await watcher.scan(); // starts from the recent past: nothing new for a fresh watcher to hold back
    await worker.drain();
    const running = await enqueueRecompute(app().jobs, situationId, "test");
    const claimed = await app().jobs.claim("other-worker", [RECOMPUTE_JOB], 60_000);
    assert.equal(claimed?.id, running.job.id);
    await reported("Fictional checkpoint killing", -1, ["killing"], sources.slice(0, 1));
    await watcher.scan();
    const during = await app().jobs.list({ kinds: [RECOMPUTE_JOB], status: "queued", limit: 10 });
    assert.equal(
      during.items.filter((j) => j.dedupeKey === recomputeKey(situationId)).length,
      0,
      "the running job is the only one with the key",
    );
    await app().jobs.complete(running.job.id, "other-worker", {});
    await watcher.scan();
    const after = await app().jobs.list({ kinds: [RECOMPUTE_JOB], status: "queued", limit: 10 });
    assert.equal(after.items.filter((j) => j.dedupeKey === recomputeKey(situationId)).length, 1);
    await watcher.scan();
    const again = await app().jobs.list({ kinds: [RECOMPUTE_JOB], status: "queued", limit: 10 });
    assert.equal(again.items.filter((j) => j.dedupeKey === recomputeKey(situationId)).length, 1);
    await worker.drain();
  });
});
