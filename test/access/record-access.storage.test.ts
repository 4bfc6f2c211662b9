import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { onEachEngine, type TestStore } from "../support/stores.ts";

const PASSWORD = "a long enough passphrase";
const ADMIN: Caller = { actor: "user:root", clearance: "confidential" };

/** Per-record access in the store, on both engines: groups, grants, and what reads, lists and writes show. */
onEachEngine("per-record access", (store) => {
  const app = () => store().app;
  const ids: Record<string, string> = {};
  const callers: Record<string, Caller> = {};

  async function seed(s: TestStore) {
    const { evidence, auth } = s.app;
    for (const name of ["ana", "ben", "cy"]) {
      const { user } = await auth.accounts.addUser({
        name,
        password: PASSWORD,
        role: "analyst",
        clearance: "confidential",
      });
      callers[name] = { actor: `user:${name}`, clearance: "confidential", userId: user.id };
    }
    const source = await evidence.create(
      "source",
      { kind: "organisation", name: "Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    for (const title of ["Open attack", "Hidden attack"]) {
      const e = await evidence.create(
        "event",
        {
          title,
          dateStart: "2025-03-04",
          datePrecision: "day",
          place: { country: "ATA", precision: "country" },
          acts: [{ type: "massacre" }],
          sensitivity: "public",
        },
        ADMIN,
      );
      ids[title] = e.id;
    }
    const claim = await evidence.create(
      "claim",
      {
        sourceId: source.id,
        eventId: ids["Hidden attack"],
        statement: "hidden claim",
        assertion: { fatalities: { best: 2 } },
        credibility: 2,
        sensitivity: "public",
      },
      ADMIN,
    );
    ids.claim = claim.id;
    ids.source = source.id;
  }

  const titles = async (caller: Caller, q?: string) =>
    (
      await app().store.listEvents({ clearance: caller.clearance, limit: 50, q, access: access(caller) })
    ).items
      .map((e) => e.title)
      .sort();
  const access = (c: Caller) => (c.userId ? { userId: c.userId } : { userId: null });

  test("groups: create, members, duplicates and unknown names refused, all in the custody log", async () => {
    await seed(store());
    const { access: svc } = app();
    const g = await svc.addGroup({ name: "field-team", description: "Field team" }, ADMIN);
    assert.equal(g.name, "field-team");
    await assert.rejects(svc.addGroup({ name: "field-team" }, ADMIN), { code: "conflict" });
    await assert.rejects(svc.addGroup({ name: "Bad Name" }, ADMIN), { code: "invalid-input" });
    const after = await svc.addMember("field-team", "ben", ADMIN);
    assert.deepEqual(
      after.members.map((m) => m.name),
      ["ben"],
    );
    await assert.rejects(svc.addMember("field-team", "nobody", ADMIN), { code: "invalid-input" });
    await assert.rejects(svc.addMember("no-such-group", "ben", ADMIN), { code: "not-found" });
    assert.deepEqual(
      (await svc.groups()).map((x) => x.name),
      ["field-team"],
    );
    const trail = await app().store.custodyFor("user-group", g.id);
    assert.deepEqual(
      trail.map((e) => e.action),
      ["create", "member-add"],
    );
  });

  test("a restricted event: only grantees (directly or through a group) read it, in gets, lists and search", async () => {
    const { access: svc, evidence, store: s } = app();
    const hidden = ids["Hidden attack"] as string;
    const r = await svc.grant(hidden, { kind: "user", name: "ana" }, "write", ADMIN);
    assert.equal(r.kind, "event");
    assert.deepEqual(
      r.restriction?.grants.map((g) => [g.grantee.name, g.access]),
      [["ana", "write"]],
    );
    await svc.grant(hidden, { kind: "group", name: "field-team" }, "read", ADMIN);

    const ana = callers.ana as Caller;
    const ben = callers.ben as Caller;
    const cy = callers.cy as Caller;
    assert.deepEqual(await titles(ana), ["Hidden attack", "Open attack"]);
    assert.deepEqual(await titles(ben), ["Hidden attack", "Open attack"], "ben reads through field-team");
    assert.deepEqual(await titles(cy), ["Open attack"]);
    assert.deepEqual(await titles(ADMIN), ["Open attack"], "no account, no grant: the admin caller too");
    assert.deepEqual(await titles(cy, "hidden"), []);
    assert.deepEqual(await titles(ana, "hidden"), ["Hidden attack"]);
    await assert.rejects(evidence.get("event", hidden, cy), { code: "not-found" });
    assert.equal((await evidence.get("event", hidden, ben)).title, "Hidden attack");
    assert.equal(await s.get("event", hidden, "confidential"), null, "the store's default is no grant");

    // The claim on it is a record of its own (unrestricted) until restricted too.
    await svc.grant(ids.claim as string, { kind: "user", name: "ana" }, "read", ADMIN);
    const seen = await evidence.eventWithClaims(hidden, ben);
    assert.deepEqual(seen.claims, [], "ben may read the event, not the restricted claim");
    assert.equal((await evidence.eventWithClaims(hidden, ana)).claims.length, 1);
    const claims = await s.listClaims({ clearance: "confidential", limit: 10, access: access(cy) });
    assert.equal(claims.items.length, 0);
  });

  test("writes: a write grant is needed; without read the refusal is 404", async () => {
    const { evidence } = app();
    const hidden = ids["Hidden attack"] as string;
    const ana = callers.ana as Caller;
    const ben = callers.ben as Caller;
    const cy = callers.cy as Caller;
    const before = await evidence.get("event", hidden, ana);
    await assert.rejects(evidence.update("event", hidden, { title: "x" }, before.version, ben), {
      code: "forbidden",
    });
    await assert.rejects(evidence.update("event", hidden, { title: "x" }, before.version, cy), {
      code: "not-found",
    });
    await assert.rejects(evidence.remove("event", hidden, cy), { code: "not-found" });
    const changed = await evidence.update("event", hidden, { title: "Hidden attack 2" }, before.version, ana);
    assert.equal(changed.title, "Hidden attack 2");
    // A claim may not point at a restricted event its writer cannot read (it would reveal the id exists).
    await assert.rejects(
      evidence.create(
        "claim",
        {
          sourceId: ids.source,
          eventId: hidden,
          statement: "probe",
          assertion: {},
          credibility: 1,
          sensitivity: "public",
        },
        cy,
      ),
      { code: "invalid-input" },
    );
  });

  test("revoke keeps the restriction; removing a member or group closes the record; unrestrict reopens it; all logged", async () => {
    const { access: svc, store: s } = app();
    const hidden = ids["Hidden attack"] as string;
    const ben = callers.ben as Caller;
    const ana = callers.ana as Caller;
    await svc.removeMember("field-team", "ben", ADMIN);
    assert.deepEqual(await titles(ben), ["Open attack"]);
    await svc.addMember("field-team", "ben", ADMIN);
    assert.deepEqual((await titles(ben)).length, 2);
    await svc.removeGroup("field-team", ADMIN);
    assert.deepEqual(await titles(ben), ["Open attack"], "the group's grants went with it");
    const r = await svc.revoke(hidden, { kind: "user", name: "ana" }, ADMIN);
    assert.deepEqual(r.restriction?.grants, [], "restricted to nobody, not opened to everyone");
    assert.deepEqual(await titles(ana), ["Open attack"]);
    await assert.rejects(svc.revoke(hidden, { kind: "user", name: "ana" }, ADMIN), { code: "not-found" });
    await svc.unrestrict(hidden, ADMIN);
    assert.deepEqual(await titles(callers.cy as Caller), ["Hidden attack 2", "Open attack"]);
    await assert.rejects(svc.unrestrict(hidden, ADMIN), { code: "conflict" });
    await assert.rejects(
      svc.grant("00000000-0000-4000-8000-000000000000", { kind: "user", name: "ana" }, "read", ADMIN),
      {
        code: "not-found",
      },
    );
    await assert.rejects(svc.grant(hidden, { kind: "user", name: "ana" }, "admin", ADMIN), {
      code: "invalid-input",
    });
    const actions = (await s.custodyFor("event", hidden)).map((e) => e.action);
    assert.deepEqual(
      actions.filter((a) => a !== "create" && a !== "update"),
      ["restrict", "grant", "grant", "revoke", "unrestrict"],
    );
    const grant = (await s.custodyFor("event", hidden)).find((e) => e.action === "grant");
    assert.deepEqual(grant?.details, { grantee: "user:ana", access: "write", previous: null });
  });

  test("restricting marks every situation's tallies as changed; a grant on a record already restricted does not", async () => {
    const { access: svc } = app();
    const db = app().database.db;
    const marks = async () =>
      Number(
        (
          await sql<{ n: number }>`SELECT coalesce(sum(version), 0)::int AS n FROM assessment_dirty`.execute(
            db,
          )
        ).rows[0]?.n,
      );
    const spare = await app().evidence.create(
      "event",
      {
        title: "Spare attack",
        dateStart: "2025-03-05",
        datePrecision: "day",
        place: { country: "ATA", precision: "country" },
        acts: [{ type: "massacre" }],
        sensitivity: "public",
      },
      ADMIN,
    );
    const before = await marks();
    await svc.grant(spare.id, { kind: "user", name: "cy" }, "read", ADMIN);
    const restricted = await marks();
    assert.ok(restricted > before, "a new restriction marks the tallies");
    await svc.grant(spare.id, { kind: "user", name: "cy" }, "read", ADMIN);
    await svc.grant(spare.id, { kind: "user", name: "ben" }, "read", ADMIN);
    assert.equal(await marks(), restricted, "grants on a record already restricted change no tally");
    await svc.unrestrict(spare.id, ADMIN);
    assert.ok((await marks()) > restricted, "lifting it marks them again");
  });
});
