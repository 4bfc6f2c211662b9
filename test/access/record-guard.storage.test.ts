import assert from "node:assert/strict";
import { test } from "node:test";
import { Hono } from "hono";
import type { RestrictableKind } from "../../src/domain/access/record-access.ts";
import { RESTRICTABLE_KINDS } from "../../src/domain/access/record-access.ts";
import { decide } from "../../src/domain/auth/policy.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { recordGuard } from "../../src/http/auth/record-guard.ts";
import { actionFor } from "../../src/http/auth/route-actions.ts";
import { toProblem } from "../../src/http/problem.ts";
import type { HttpDeps, HttpEnv } from "../../src/http/shared/context.ts";
import { statementsDuring } from "../support/statement-count.ts";
import { onEachEngine, type TestStore } from "../support/stores.ts";
import { ADMIN, accountCallers } from "./account-callers.ts";

/**
 * The route guard (src/http/auth/record-guard.ts) decides in one statement (AccessService.accessOn, the
 * policy's rule in SQL) what it decided before in 3-6 (the record's kind, then `mayOn` for read and for
 * write: restrictions one by one, the parents', the caller's groups). Proved equal for every record kind x
 * restriction (open; a user or a group grant, read or write; restricted with no grant; through a parent) x
 * caller (a user, a group member, each through an API token too, a user without a grant, no account) x
 * read/write, and for ids of another kind, unknown and malformed; then the statements a guarded request
 * runs are counted.
 */

type Decision = { exists: boolean; read: boolean; write: boolean };

/** The guard's decision as it was made before (recordKind, then mayOn read, then mayOn write). */
async function oldDecision(store: TestStore, kind: string, id: string, caller: Caller): Promise<Decision> {
  const { access } = store.app;
  if ((await access.store.recordKind(id)) !== kind) return { exists: false, read: false, write: false };
  const read = await access.mayOn(id, caller, "read");
  return { exists: true, read, write: read && (await access.mayOn(id, caller, "write")) };
}

async function newDecision(store: TestStore, kind: RestrictableKind, id: string, caller: Caller) {
  const found = await store.app.access.accessOn(kind, id, caller);
  return found ? { exists: true, ...found } : { exists: false, read: false, write: false };
}

const STATES = ["open", "user-read", "user-write", "group-read", "group-write", "no-grant"] as const;

onEachEngine("the record guard: one statement, the same decisions", (store) => {
  const app = () => store().app;
  const callers: Record<string, Caller> = {};
  /** kind -> state -> id */
  const records: Record<string, Record<string, string>> = {};
  /** Records guarded through a parent: label -> [kind, id]. */
  const guarded: Record<string, [RestrictableKind, string]> = {};

  const grantFor = async (id: string, state: (typeof STATES)[number]) => {
    const { access } = app();
    if (state === "open") return;
    if (state === "no-grant") {
      await access.grant(id, { kind: "user", name: "cy" }, "read", ADMIN);
      await access.revoke(id, { kind: "user", name: "cy" }, ADMIN);
      return;
    }
    const [who, level] = state.split("-") as ["user" | "group", "read" | "write"];
    await access.grant(
      id,
      who === "user" ? { kind: "user", name: "ana" } : { kind: "group", name: "team" },
      level,
      ADMIN,
    );
  };

  test("seed: every kind in every restriction state, parents restricted, users, a group and tokens", async () => {
    Object.assign(
      callers,
      await accountCallers(store(), [
        ["ana", "analyst"],
        ["bo", "analyst"],
        ["cy", "analyst"],
      ]),
    );
    const { access, auth, evidence, alerts } = app();
    await access.addGroup({ name: "team" }, ADMIN);
    await access.addMember("team", "bo", ADMIN);
    for (const name of ["ana", "bo"]) {
      const { token } = await auth.accounts.addToken(name, { name: "script", scopes: ["read", "write"] });
      const principal = await auth.authentication.token(token);
      assert.ok(principal);
      const decision = decide(principal, actionFor("POST", "/api/v1/situations/x/assessment"));
      assert.ok(decision.allow);
      callers[`${name}-token`] = decision.caller;
    }
    callers.local = { actor: "local", clearance: "confidential" };

    const source = await evidence.create(
      "source",
      { kind: "organisation", name: "Monitor", reliability: "B", sensitivity: "public" },
      ADMIN,
    );
    const make = async (kind: RestrictableKind, n: number): Promise<string> => {
      const label = `${kind} ${n} (invented)`;
      if (kind === "source")
        return (
          await evidence.create(
            "source",
            { kind: "organisation", name: label, reliability: "C", sensitivity: "public" },
            ADMIN,
          )
        ).id;
      if (kind === "situation")
        return (
          await evidence.create("situation", { name: label, country: "ATA", sensitivity: "public" }, ADMIN)
        ).id;
      if (kind === "document")
        return (
          await evidence.addDocument(
            new TextEncoder().encode(label),
            { title: label, mediaType: "text/plain" },
            ADMIN,
          )
        ).id;
      const event = await evidence.create(
        "event",
        {
          title: label,
          dateStart: "2025-03-04",
          datePrecision: "day",
          place: { country: "ATA", precision: "country" },
          acts: [{ type: "massacre" }],
          sensitivity: "public",
        },
        ADMIN,
      );
      if (kind === "event") return event.id;
      if (kind === "claim") {
        const claim = {
          sourceId: source.id,
          eventId: event.id,
          statement: label,
          assertion: {},
          credibility: 2,
          sensitivity: "public",
        };
        return (await evidence.create("claim", claim, ADMIN)).id;
      }
      const situation = await evidence.create(
        "situation",
        { name: label, country: "ATA", sensitivity: "public" },
        ADMIN,
      );
      return (await alerts.draft(situation.id, {}, ADMIN)).alert.id;
    };
    let n = 0;
    for (const kind of RESTRICTABLE_KINDS) {
      records[kind] = {};
      for (const state of STATES) {
        const id = await make(kind, n++);
        await grantFor(id, state);
        (records[kind] as Record<string, string>)[state] = id;
      }
    }
    // Through parents: a claim of a restricted event, an indicator claim of a restricted situation (each
    // with its own write grant to ana), an alert of a situation open to the team only.
    const situation = await evidence.create(
      "situation",
      { name: "Guarded valley (invented)", country: "ATA", sensitivity: "public" },
      ADMIN,
    );
    const event = await evidence.create(
      "event",
      {
        title: "Guarded event (invented)",
        dateStart: "2025-03-04",
        datePrecision: "day",
        place: { country: "ATA", precision: "country" },
        acts: [{ type: "massacre" }],
        situationIds: [situation.id],
        sensitivity: "public",
      },
      ADMIN,
    );
    const claim = (extra: object) =>
      evidence.create(
        "claim",
        {
          sourceId: source.id,
          eventId: event.id,
          statement: "guarded (invented)",
          assertion: {},
          credibility: 2,
          sensitivity: "public",
          ...extra,
        },
        ADMIN,
      );
    const ofEvent = await claim({});
    const ofSituation = await claim({
      situationId: situation.id,
      indicator: "s4.dehumanising-media",
      statedAt: "2025-03-05",
    });
    const alert = await alerts.draft(situation.id, {}, ADMIN);
    await access.grant(ofEvent.id, { kind: "user", name: "ana" }, "write", ADMIN);
    await access.grant(ofSituation.id, { kind: "user", name: "ana" }, "write", ADMIN);
    await access.grant(event.id, { kind: "group", name: "team" }, "read", ADMIN);
    await access.grant(situation.id, { kind: "group", name: "team" }, "read", ADMIN);
    Object.assign(guarded, {
      "claim of a restricted event": ["claim", ofEvent.id],
      "indicator claim of a restricted situation": ["claim", ofSituation.id],
      "alert of a restricted situation": ["alert", alert.alert.id],
      "restricted situation": ["situation", situation.id],
    });
  });

  test("the same decision as before for every kind x restriction x caller x read/write", async () => {
    const seen = { read: [0, 0] as [number, number], write: [0, 0] as [number, number] };
    const cases: [string, RestrictableKind, string][] = [];
    for (const kind of RESTRICTABLE_KINDS)
      for (const state of STATES) cases.push([`${kind} ${state}`, kind, records[kind]?.[state] as string]);
    for (const [label, [kind, id]] of Object.entries(guarded)) cases.push([label, kind, id]);
    for (const [label, kind, id] of cases)
      for (const [who, caller] of Object.entries(callers)) {
        const before = await oldDecision(store(), kind, id, caller);
        const after = await newDecision(store(), kind, id, caller);
        assert.deepEqual(after, before, `${label}, ${who}`);
        assert.ok(after.exists, `${label} exists`);
        seen.read[after.read ? 1 : 0]++;
        seen.write[after.write ? 1 : 0]++;
      }
    // Not a vacuous sweep: both answers occur for read and for write.
    assert.ok(seen.read.every((x) => x > 0) && seen.write.every((x) => x > 0), JSON.stringify(seen));
    // And the expected ones, spelled out for a few.
    const may = async (kind: RestrictableKind, state: string, who: string) =>
      newDecision(store(), kind, records[kind]?.[state] as string, callers[who] as Caller);
    for (const kind of RESTRICTABLE_KINDS) {
      assert.deepEqual(await may(kind, "open", "local"), { exists: true, read: true, write: true });
      assert.deepEqual(await may(kind, "user-read", "ana-token"), { exists: true, read: true, write: false });
      assert.deepEqual(await may(kind, "user-write", "ana"), { exists: true, read: true, write: true });
      assert.deepEqual(await may(kind, "group-write", "bo-token"), { exists: true, read: true, write: true });
      assert.deepEqual(await may(kind, "group-read", "ana"), { exists: true, read: false, write: false });
      assert.deepEqual(await may(kind, "no-grant", "cy"), { exists: true, read: false, write: false });
    }
    const through = async (label: string, who: string) => {
      const [kind, id] = guarded[label] as [RestrictableKind, string];
      return newDecision(store(), kind, id, callers[who] as Caller);
    };
    // ana writes the claim but may not read its event: the parent closes it; bo reads the event but holds no
    // grant on the claim itself.
    assert.deepEqual(await through("claim of a restricted event", "ana"), {
      exists: true,
      read: false,
      write: false,
    });
    assert.deepEqual(await through("claim of a restricted event", "bo"), {
      exists: true,
      read: false,
      write: false,
    });
    assert.deepEqual(await through("alert of a restricted situation", "bo-token"), {
      exists: true,
      read: true,
      write: true,
    });
    assert.deepEqual(await through("alert of a restricted situation", "cy"), {
      exists: true,
      read: false,
      write: false,
    });
  });

  test("ids of another kind, unknown or malformed: no record, as before", async () => {
    const ids = [
      ...RESTRICTABLE_KINDS.map((k) => records[k]?.open as string),
      "00000000-0000-4000-8000-000000000000",
      "not-a-uuid",
      "",
    ];
    for (const kind of RESTRICTABLE_KINDS)
      for (const id of ids)
        for (const [who, caller] of Object.entries(callers)) {
          const before = await oldDecision(store(), kind, id, caller);
          assert.deepEqual(await newDecision(store(), kind, id, caller), before, `${kind} ${id}, ${who}`);
          assert.equal(before.exists, id === records[kind]?.open);
        }
  });

  test("a guarded request runs one statement for its guard, read or write, open or restricted", async () => {
    const deps = { app: app() } as HttpDeps;
    const api = new Hono<HttpEnv>();
    let caller: Caller = callers.ana as Caller;
    api.use("*", async (c, next) => {
      c.set("caller", caller);
      await next();
    });
    api.use("/api/v1/*", recordGuard(deps));
    api.all("*", (c) => c.text("handler"));
    api.onError((error, c) => {
      const p = toProblem(error, c.req.path);
      return c.json(p, p.status as 404);
    });
    const situations = records.situation as Record<string, string>;
    const alertIds = records.alert as Record<string, string>;
    const cases: [string, string, Caller, number][] = [
      ["GET", `/api/v1/situations/${situations.open}/assessment`, callers.ana as Caller, 200],
      ["POST", `/api/v1/situations/${situations["user-write"]}/assessment`, callers.ana as Caller, 200],
      [
        "POST",
        `/api/v1/situations/${situations["user-read"]}/overrides`,
        callers["ana-token"] as Caller,
        403,
      ],
      ["GET", `/api/v1/situations/${situations["group-read"]}/history`, callers.bo as Caller, 200],
      ["GET", `/api/v1/situations/${situations["no-grant"]}/diff`, callers.cy as Caller, 404],
      ["GET", `/api/v1/alerts/${alertIds["group-write"]}`, callers["bo-token"] as Caller, 200],
      ["PATCH", `/api/v1/alerts/${alertIds["user-read"]}/versions/1`, callers.ana as Caller, 403],
      [
        "GET",
        `/api/v1/alerts/${(guarded["alert of a restricted situation"] as string[])[1]}`,
        callers.cy as Caller,
        404,
      ],
      ["GET", `/api/v1/alerts/${situations.open}`, callers.ana as Caller, 404],
    ];
    const counts: number[] = [];
    for (const [method, path, who, status] of cases) {
      caller = who;
      let res: Response | undefined;
      const n = await statementsDuring(store(), async () => {
        res = await api.request(path, { method });
      });
      assert.equal(res?.status, status, `${method} ${path}`);
      counts.push(n);
    }
    assert.deepEqual(
      counts,
      cases.map(() => 1),
      "one statement per guarded request",
    );
    // A route with nothing to guard runs none.
    assert.equal(
      await statementsDuring(store(), () => Promise.resolve(api.request("/api/v1/situations"))),
      0,
    );
    assert.equal(
      await statementsDuring(store(), () => Promise.resolve(api.request("/api/v1/alerts/not-a-uuid"))),
      0,
    );
  });
});
