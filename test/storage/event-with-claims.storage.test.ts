import assert from "node:assert/strict";
import { test } from "node:test";
import { EVERY_RECORD, NO_GRANTS, type RecordAccess } from "../../src/domain/access/record-access.ts";
import { claimGuardIds, claimReadable } from "../../src/domain/auth/policy.ts";
import type { Claim } from "../../src/domain/evidence/entities.ts";
import { redact } from "../../src/domain/evidence/redact.ts";
import type { Caller, Sensitivity } from "../../src/domain/evidence/sensitivity.ts";
import type { EvidenceReader } from "../../src/ports/evidence-store.ts";
import { onEachEngine } from "../support/stores.ts";

const ADMIN: Caller = { actor: "user:root", clearance: "confidential" };
const PASSWORD = "a long enough passphrase";

/** The event's claims as three reads gave them before (event, its claims, their restrictions). */
async function threeReads(s: EvidenceReader, id: string, clearance: Sensitivity, access: RecordAccess) {
  const event = await s.get("event", id, clearance, access);
  if (!event) return null;
  const all = await s.allClaimsForEvent(id);
  const hidden = await s.unreadableAmong(claimGuardIds(all), access);
  const claims = all
    .filter((c) => claimReadable(c, hidden))
    .map((c) => redact("claim", c, clearance))
    .filter((c): c is Claim => c !== null);
  return { event, claims };
}

/**
 * The event read in one statement (issue 8 load) gives exactly what the three reads gave, for callers with
 * and without grants (directly, through a group, on the claim or on its situation) at every clearance:
 * restricted claims hidden, confidential claims absent and confidential fields null below clearance.
 */
onEachEngine("an event with its claims in one read", (store) => {
  const ids: Record<string, string> = {};
  const users: Record<string, string> = {};

  test("seed: claims open, confidential, restricted to a user, to a group, through a restricted situation", async () => {
    const { evidence, auth, access } = store().app;
    for (const name of ["ana", "bo", "cy"]) {
      const { user } = await auth.accounts.addUser({
        name,
        password: PASSWORD,
        role: "analyst",
        clearance: "confidential",
      });
      users[name] = user.id;
    }
    await access.addGroup({ name: "team" }, ADMIN);
    await access.addMember("team", "bo", ADMIN);
    const source = await evidence.create(
      "source",
      { kind: "organisation", name: "Monitor (fictional)", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const situation = (name: string) =>
      evidence.create("situation", { name, country: "ATA", sensitivity: "public" }, ADMIN);
    const open = await situation("Fictional valley");
    const closed = await situation("Fictional plateau");
    const event = (title: string) =>
      evidence.create(
        "event",
        {
          title,
          dateStart: "2025-03-04",
          datePrecision: "day",
          place: { country: "ATA", precision: "country" },
          acts: [{ type: "massacre" }],
          situationIds: [open.id],
          sensitivity: "public",
        },
        ADMIN,
      );
    const e = await event("Attack on a fictional village");
    const f = await event("Restricted fictional attack");
    const claim = (eventId: string, statement: string, more: object = {}) =>
      evidence.create(
        "claim",
        {
          sourceId: source.id,
          eventId,
          statement,
          assertion: { fatalities: { best: 3 } },
          credibility: 2,
          statedAt: "2025-03-05",
          witness: "a named fictional witness",
          sensitivity: "internal",
          ...more,
        },
        ADMIN,
      );
    const plain = await claim(e.id, "plain", { sensitivity: "public" });
    const secret = await claim(e.id, "confidential", { sensitivity: "confidential" });
    const toAna = await claim(e.id, "restricted to ana");
    const viaSituation = await claim(e.id, "about a restricted situation", { situationId: closed.id });
    const toTeam = await claim(e.id, "restricted to the team", { assertion: {} });
    const ofF = await claim(f.id, "claim of a restricted event");
    await access.grant(toAna.id, { kind: "user", name: "ana" }, "read", ADMIN);
    await access.grant(closed.id, { kind: "group", name: "team" }, "read", ADMIN);
    await access.grant(toTeam.id, { kind: "group", name: "team" }, "write", ADMIN);
    await access.grant(f.id, { kind: "user", name: "bo" }, "read", ADMIN);
    Object.assign(ids, { e: e.id, f: f.id, plain: plain.id, secret: secret.id, toAna: toAna.id });
    Object.assign(ids, { viaSituation: viaSituation.id, toTeam: toTeam.id, ofF: ofF.id });
  });

  test("the same event and claims as the three reads, for every caller and clearance", async () => {
    const s = store().app.store;
    const accesses: [string, RecordAccess][] = [
      ["nobody's grants", NO_GRANTS],
      ["every record", EVERY_RECORD],
      ...Object.entries(users).map(([name, userId]): [string, RecordAccess] => [name, { userId }]),
    ];
    for (const [who, access] of accesses) {
      for (const clearance of ["public", "internal", "confidential"] as const) {
        for (const id of [ids.e, ids.f, "00000000-0000-4000-8000-000000000000"] as string[]) {
          const before = await threeReads(s, id, clearance, access);
          assert.deepEqual(
            await s.eventWithClaims(id, clearance, access),
            before,
            `${who} ${clearance} ${id}`,
          );
        }
      }
    }
  });

  test("what each caller sees: restricted claims hidden, confidential fields redacted", async () => {
    const s = store().app.store;
    const seen = async (
      access: RecordAccess,
      clearance: Sensitivity = "confidential",
      id = ids.e as string,
    ) => (await s.eventWithClaims(id, clearance, access))?.claims.map((c) => c.statement) ?? null;
    assert.deepEqual(await seen(NO_GRANTS), ["plain", "confidential"]);
    assert.deepEqual(await seen({ userId: users.cy as string }), ["plain", "confidential"]);
    assert.deepEqual(await seen({ userId: users.ana as string }), [
      "plain",
      "confidential",
      "restricted to ana",
    ]);
    assert.deepEqual(await seen({ userId: users.bo as string }), [
      "plain",
      "confidential",
      "about a restricted situation",
      "restricted to the team",
    ]);
    assert.deepEqual(await seen({ userId: users.bo as string }, "public"), ["plain"]);
    assert.equal(await seen(NO_GRANTS, "confidential", ids.f), null, "a restricted event is absent");
    assert.deepEqual(await seen({ userId: users.bo as string }, "confidential", ids.f), [
      "claim of a restricted event",
    ]);
    const internal = await s.eventWithClaims(ids.e as string, "internal", { userId: users.ana as string });
    assert.deepEqual(
      internal?.claims.map((c) => [c.statement, c.witness]),
      [
        ["plain", null],
        ["restricted to ana", null],
      ],
    );
    const full = await s.eventWithClaims(ids.e as string, "confidential", NO_GRANTS);
    assert.equal(full?.claims[0]?.witness, "a named fictional witness");
    assert.match(full?.claims[0]?.createdAt ?? "", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  test("through the use case: 404 for an event the caller may not read, else what it may see", async () => {
    const { evidence } = store().app;
    const cy: Caller = { actor: "user:cy", clearance: "confidential", userId: users.cy as string };
    await assert.rejects(evidence.eventWithClaims(ids.f as string, cy), { code: "not-found" });
    await assert.rejects(evidence.eventWithClaims("not-a-uuid", cy), { code: "not-found" });
    const detail = await evidence.eventWithClaims(ids.e as string, cy);
    assert.deepEqual(
      detail.claims.map((c) => c.id),
      [ids.plain, ids.secret],
    );
  });
});
