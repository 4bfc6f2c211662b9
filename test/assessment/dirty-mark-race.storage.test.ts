import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { sql } from "kysely";
import pg from "pg";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import { AssessmentChangeWatcher } from "../../src/app/assessment/change-watcher.ts";
import { RECOMPUTE_JOB, recomputeKey } from "../../src/app/assessment/recompute-jobs.ts";
import { BUNDLED_RULE_FILES } from "../../src/app/assessment/rule-registry.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import { disposeStore, freshPostgres, postgresSkip, type TestStore } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => isoFromDay(dayNumber(TODAY) + offset);

/**
 * A change mark is written inside the writer's transaction, before it commits. A reader that reads the
 * evidence between the mark and the commit misses the write; its cache must not count as valid once the
 * write is visible, and the change watcher must see the change however long after its mark it commits.
 * (PostgreSQL only: PGlite has one connection, so no reader runs beside an open write.)
 */
describe("change marks and a write that commits late [postgres]", { skip: postgresSkip() }, () => {
  let store: TestStore;
  let engine: AssessmentService;
  let situationId = "";
  let sourceId = "";
  before(async () => {
    store = await freshPostgres();
    engine = openAssessment(store.app, { rulesFile: BUNDLED_RULE_FILES.default });
  });
  after(async () => {
    if (store) await disposeStore(store);
  });

  const reported = async (title: string, offset: number, acts: string[]) => {
    const e = await store.app.evidence.create(
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
    await store.app.evidence.create(
      "claim",
      { sourceId, eventId: e.id, statement: "Reported", credibility: 2, sensitivity: "public" },
      analyst,
    );
  };
  const tallies = async () => {
    const t = await engine.tallies(situationId, engine.cutoff({}, "confidential"));
    return JSON.stringify([...t.tallies.values()].map((x) => [x.indicatorId, x.items, x.mass.toFixed(9)]));
  };

  test("a cache read before the commit is not valid after it; the watcher sees the late commit", async () => {
    sourceId = (
      await store.app.evidence.create(
        "source",
        { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
        analyst,
      )
    ).id;
    situationId = (
      await store.app.evidence.create(
        "situation",
        { name: "Fictional North", country: "ATA", sensitivity: "public" },
        analyst,
      )
    ).id;
    await reported("Fictional killing", -30, ["killing"]);
    const watcher = new AssessmentChangeWatcher(engine.store, store.app.jobs);
    await watcher.scan();
    await tallies(); // cached
    await reported("Fictional second killing", -20, ["killing"]); // a committed change: the cache is stale

    // A writer reports a massacre in a transaction that stays open, its mark stamped long ago (a long
    // import, say).
    const writer = new pg.Client({ connectionString: store.databaseUrl });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      const eventId = randomUUID();
      await writer.query(
        `INSERT INTO events (id, title, date_start, date_precision, location_precision, acts, act_types,
          situation_ids, fatalities_low, fatalities_best, fatalities_high, sensitivity)
         VALUES ($1, 'Fictional massacre', $2, 'day', 'unknown', '[{"type":"massacre"}]', '{massacre}',
          ARRAY[$3]::uuid[], 40, 50, 60, 'public')`,
        [eventId, day(-5), situationId],
      );
      await writer.query(
        `INSERT INTO claims (id, source_id, event_id, statement, credibility, sensitivity)
         VALUES ($1, $2, $3, 'Reported', 2, 'public')`,
        [randomUUID(), sourceId, eventId],
      );
      await writer.query(
        "UPDATE assessment_dirty SET marked_at = clock_timestamp() - interval '2 hours' WHERE situation_id = $1",
        [situationId],
      );

      // Meanwhile the engine rebuilds the stale cache from what it can see (not the massacre), and the
      // watcher's job for the committed change is taken and done.
      const before = await tallies();
      assert.ok(await engine.store.cachedTallies(situationId, "confidential"), "cache rebuilt");
      await watcher.scan();
      const job = await store.app.jobs.claim("other-worker", [RECOMPUTE_JOB], 60_000);
      assert.equal(job?.dedupeKey, recomputeKey(situationId));
      await store.app.jobs.complete(job.id, "other-worker", {});
      await watcher.scan();
      assert.equal(await queuedFor(situationId), 0, "nothing new is visible yet");

      await writer.query("COMMIT");

      assert.equal(
        await engine.store.cachedTallies(situationId, "confidential"),
        null,
        "the cache read before the commit is not valid after it",
      );
      const cached = await tallies();
      await sql`DELETE FROM assessment_tally_cache`.execute(store.app.database.db);
      const fromEvidence = await tallies();
      assert.equal(cached, fromEvidence, "the engine counts the massacre");
      assert.notEqual(before, fromEvidence, "the massacre changes the tallies");
      await watcher.scan();
      assert.equal(await queuedFor(situationId), 1, "the late commit's change is queued");
    } finally {
      await writer.query("ROLLBACK").catch(() => {});
      await writer.end();
    }
  });

  async function queuedFor(id: string) {
    const jobs = await store.app.jobs.list({ kinds: [RECOMPUTE_JOB], status: "queued", limit: 100 });
    return jobs.items.filter((j) => j.dedupeKey === recomputeKey(id)).length;
  }
});
