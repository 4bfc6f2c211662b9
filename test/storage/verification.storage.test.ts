import assert from "node:assert/strict";
import { before, test } from "node:test";
import { sql } from "kysely";
import { ChainVerifier } from "../../src/domain/custody/custody-chain.ts";
import type { AppError } from "../../src/domain/errors.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { LOCK_MINUTES } from "../../src/domain/verification/verification.ts";
import { onEachEngine } from "../support/stores.ts";

const ANA: Caller = { actor: "ana", clearance: "confidential" };
const REV: Caller = { actor: "rev", clearance: "confidential" };
const LOW: Caller = { actor: "low", clearance: "internal" };
const code = (c: string) => (e: AppError) => e.code === c;

/** A clock the test moves, to see locks expire. */
let now = Date.parse("2026-02-01T09:00:00Z");
const clock = { now: () => new Date(now) };

onEachEngine(
  "verification workflow: status, assignee, lock, comments, custody, filters",
  (store) => {
    let eventId = "";
    let secretId = "";
    let claimId = "";
    before(async () => {
      const { evidence } = store().app;
      const src = await evidence.create(
        "source",
        { kind: "organisation", name: "Monitor (fictional)", reliability: "B", sensitivity: "public" },
        ANA,
      );
      eventId = (
        await evidence.create(
          "event",
          { title: "Fictional raid", dateStart: "2025-05-01", sensitivity: "internal" },
          ANA,
        )
      ).id;
      secretId = (
        await evidence.create(
          "event",
          { title: "Fictional secret", dateStart: "2025-05-02", sensitivity: "confidential" },
          ANA,
        )
      ).id;
      claimId = (
        await evidence.create(
          "claim",
          { sourceId: src.id, eventId, statement: "Seen (fictional)", credibility: 2, sensitivity: "public" },
          ANA,
        )
      ).id;
    });

    test("statuses move by the table; verified by a second person; rejected with a reason; all in custody", async () => {
      const v = store().app.verification;
      const start = await v.get("event", eventId, ANA);
      assert.equal(start.status, "unverified");
      assert.equal(start.version, 0);
      assert.equal(start.assignee, null);
      let s = await v.set("event", eventId, { status: "in-progress", assignee: "ana" }, 0, ANA);
      assert.equal(s.version, 1);
      await assert.rejects(
        v.set("event", eventId, { status: "needs-help", assignee: "ana" }, 0, ANA),
        code("stale-version"),
      );
      s = await v.set("event", eventId, { status: "ready-for-review", assignee: "rev" }, 1, ANA);
      assert.equal(s.reviewRequestedBy, "ana");
      await assert.rejects(
        v.set("event", eventId, { status: "verified", assignee: "rev" }, s.version, ANA),
        code("two-person-rule"),
        "the author does not verify their own record",
      );
      s = await v.set("event", eventId, { status: "verified", assignee: "rev" }, s.version, REV);
      assert.equal(s.status, "verified");
      await assert.rejects(
        v.set("event", eventId, { status: "in-progress", assignee: "rev" }, s.version, REV),
        code("invalid-input"),
        "reopening needs a reason",
      );
      s = await v.set(
        "event",
        eventId,
        { status: "in-progress", assignee: "rev", reason: "New claim contradicts the toll" },
        s.version,
        REV,
      );
      s = await v.set(
        "event",
        eventId,
        { status: "rejected", assignee: "rev", reason: "The photograph is of another place" },
        s.version,
        REV,
      );
      assert.equal(s.reason, "The photograph is of another place");
      const trail = (await store().app.store.custodyFor("event", eventId)).filter(
        (e) => e.action === "verification",
      );
      assert.deepEqual(
        trail.map((e) => [e.actor, e.details.from, e.details.to]),
        [
          ["ana", "unverified", "in-progress"],
          ["ana", "in-progress", "ready-for-review"],
          ["rev", "ready-for-review", "verified"],
          ["rev", "verified", "in-progress"],
          ["rev", "in-progress", "rejected"],
        ],
      );
      assert.equal(trail[4]?.reason, "The photograph is of another place");
    });

    test("the lock: taken, seen by another with its expiry, refusing their edits, taken over (logged), released, expiring", async () => {
      const { verification: v, evidence } = store().app;
      const taken = await v.lock("claim", claimId, ANA);
      assert.equal(taken.lock?.holder, "ana");
      assert.equal(taken.lock?.mine, true);
      const seen = await v.get("claim", claimId, REV);
      assert.equal(seen.lock?.holder, "ana");
      assert.equal(seen.lock?.mine, false);
      assert.equal(Date.parse(seen.lock?.expiresAt ?? ""), now + LOCK_MINUTES * 60_000);
      now += 60_000;
      const renewed = await v.lock("claim", claimId, ANA);
      assert.equal(renewed.lock?.takenAt, taken.lock?.takenAt);
      assert.equal(Date.parse(renewed.lock?.expiresAt ?? ""), now + LOCK_MINUTES * 60_000);

      const claim = await evidence.get("claim", claimId, REV);
      await assert.rejects(
        evidence.update("claim", claimId, { credibility: 3 }, claim.version, REV),
        (e: AppError) => e.code === "locked" && /ana is editing this claim/.test(e.message),
        "an edit of the record itself is refused while another holds the lock",
      );
      await assert.rejects(evidence.remove("claim", claimId, REV), code("locked"));
      await assert.rejects(
        v.set("claim", claimId, { status: "in-progress", assignee: "rev" }, 0, REV),
        code("locked"),
      );
      await assert.rejects(v.lock("claim", claimId, REV), code("locked"));
      await assert.rejects(v.unlock("claim", claimId, REV), code("locked"));
      const mine = await evidence.update("claim", claimId, { credibility: 3 }, claim.version, ANA);
      assert.equal(mine.credibility, 3, "the holder edits");

      const over = await v.lock("claim", claimId, REV, true);
      assert.equal(over.lock?.holder, "rev");
      await assert.rejects(
        v.set("claim", claimId, { status: "in-progress", assignee: "ana" }, 0, ANA),
        code("locked"),
      );
      const released = await v.unlock("claim", claimId, REV);
      assert.equal(released.lock, null);
      await v.set("claim", claimId, { status: "in-progress", assignee: "ana" }, 0, ANA);

      await v.lock("claim", claimId, ANA);
      now += (LOCK_MINUTES + 1) * 60_000;
      assert.equal((await v.get("claim", claimId, REV)).lock, null, "an expired lock is not shown");
      const edited = await evidence.update("claim", claimId, { credibility: 2 }, mine.version, REV);
      assert.equal(edited.credibility, 2, "an expired lock blocks nobody");

      const locks = (await store().app.store.custodyFor("claim", claimId)).filter((e) => e.action === "lock");
      assert.deepEqual(
        locks.map((e) => [e.actor, e.details.op]),
        [
          ["ana", "take"],
          ["ana", "renew"],
          ["rev", "take-over"],
          ["rev", "release"],
          ["ana", "take"],
        ],
      );
      assert.equal(locks[2]?.details.previousHolder, "ana");
    });

    test("comments: author, time, text; in custody by hash; never shown below the record's sensitivity", async () => {
      const v = store().app.verification;
      await assert.rejects(v.comment("event", secretId, "  ", ANA), code("invalid-input"));
      const c = await v.comment("event", secretId, "Source W-3 (fictional) is unsure of the date.", ANA);
      assert.equal(c.author, "ana");
      assert.equal(c.createdAt, new Date(now).toISOString());
      assert.deepEqual(
        (await v.comments("event", secretId, REV)).map((x) => x.text),
        ["Source W-3 (fictional) is unsure of the date."],
      );
      await assert.rejects(v.comments("event", secretId, LOW), code("not-found"));
      await assert.rejects(v.get("event", secretId, LOW), code("not-found"));
      await assert.rejects(v.comment("event", secretId, "hello", LOW), code("not-found"));
      await assert.rejects(v.lock("event", secretId, LOW), code("not-found"));
      const entry = (await store().app.store.custodyFor("event", secretId)).find(
        (e) => e.action === "comment",
      );
      assert.equal(entry?.details.comment, c.id);
      assert.equal(typeof entry?.details.sha256, "string");
      assert.ok(!JSON.stringify(entry).includes("unsure"), "the text is not copied into the log");
      await assert.rejects(
        sql`UPDATE verification_comments SET body = 'changed'`.execute(store().app.database.db),
        /cannot be changed/,
      );
      const chain = new ChainVerifier();
      for (const e of await store().app.store.custodyLog(0, 100_000)) chain.check(e);
      assert.deepEqual(chain.breaks, [], "the chain verifies");
    });

    test("listing filters by verification status and assignee; a deleted record takes its workflow along", async () => {
      const { store: s, evidence, verification: v } = store().app;
      const other = await evidence.create(
        "event",
        { title: "Fictional help wanted", dateStart: "2025-06-01", sensitivity: "public" },
        ANA,
      );
      await v.set("event", other.id, { status: "needs-help", assignee: "rev" }, 0, ANA);
      const ids = async (verification: { status?: string; assignee?: string }) =>
        (await s.listEvents({ clearance: "confidential", limit: 50, verification })).items.map((e) => e.id);
      assert.deepEqual(await ids({ status: "needs-help" }), [other.id]);
      assert.deepEqual(await ids({ status: "needs-help", assignee: "rev" }), [other.id]);
      assert.deepEqual(await ids({ status: "needs-help", assignee: "ana" }), []);
      assert.deepEqual(await ids({ status: "rejected" }), [eventId]);
      assert.deepEqual(await ids({ status: "unverified" }), [secretId], "no row means unverified");
      const claims = await s.listClaims({
        clearance: "confidential",
        limit: 50,
        verification: { assignee: "ana" },
      });
      assert.deepEqual(
        claims.items.map((c) => c.id),
        [claimId],
      );
      await evidence.remove("event", other.id, ANA);
      const left = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM verifications WHERE target_id = ${other.id}::uuid`.execute(
        store().app.database.db,
      );
      assert.equal(left.rows[0]?.n, 0);
    });
  },
  { clock },
);
