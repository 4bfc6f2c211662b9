import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ROLE_FOR, SCOPE_FOR } from "../../src/domain/auth/policy.ts";
import type { Role, Scope } from "../../src/domain/auth/principal.ts";
import { ROLES } from "../../src/domain/auth/principal.ts";
import { canSee, SENSITIVITIES, type Sensitivity } from "../../src/domain/evidence/sensitivity.ts";
import { declaredAction } from "../../src/http/auth/route-actions.ts";
import { call } from "../support/http.ts";
import { disposeStore, freshPGlite, type TestStore } from "../support/stores.ts";
import { appOf, PASSWORD } from "./auth-helpers.ts";

/**
 * THE AUTHORIZATION MATRIX (issue 8): every role x clearance, anonymous and two scoped tokens, against every
 * /api/v1 route of the OpenAPI document (so a new route cannot escape it) and, for the routes of a record,
 * records of each sensitivity. It asserts the status of each request, and that no confidential value
 * (known secret strings seeded in confidential fields and records) reaches a caller without clearance.
 * About 1,500 requests: on PGlite only (the policy sits above the store; both engines run the login tests).
 */
const FIELD_SECRET = "ZZ-CONFIDENTIAL-FIELD-7741";
const SECRET_OF: Record<Sensitivity, string> = {
  public: "ZZ-PUBLIC-RECORD-1100",
  internal: "ZZ-INTERNAL-RECORD-3302",
  confidential: "ZZ-CONFIDENTIAL-RECORD-5521",
};
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const KINDS: Record<string, string> = {
  sources: "source",
  documents: "document",
  actors: "actor",
  groups: "group",
  situations: "situation",
  events: "event",
  claims: "claim",
};

interface Caller {
  label: string;
  role: Role | null;
  clearance: Sensitivity;
  scopes: Scope[] | null;
  headers: Record<string, string>;
}

const SYSTEM = { actor: "system:matrix", clearance: "confidential" } as const;

describe("authorization matrix: role x route x sensitivity", () => {
  let opened: TestStore | undefined;
  before(async () => {
    opened = await freshPGlite();
  });
  after(async () => {
    if (opened) await disposeStore(opened);
  });
  const store = () => opened as TestStore;
  test("every mounted route, every caller: the policy's status, and no confidential value leaks", async () => {
    const app = appOf(store(), { clearance: "confidential" });
    const { evidence, auth } = store().app;

    // Records at each sensitivity, their confidential fields holding FIELD_SECRET and their names the level's secret.
    const ids: Record<Sensitivity, Record<string, string>> = { public: {}, internal: {}, confidential: {} };
    for (const s of SENSITIVITIES) {
      const tag = SECRET_OF[s];
      const src = await evidence.create(
        "source",
        {
          kind: "organisation",
          name: `Monitor ${tag}`,
          reliability: "B",
          contact: FIELD_SECRET,
          sensitivity: s,
        },
        SYSTEM,
      );
      const actor = await evidence.create(
        "actor",
        { name: `Militia ${tag}`, kind: "militia", sensitivity: s },
        SYSTEM,
      );
      const group = await evidence.create(
        "group",
        { name: `Group ${tag}`, kind: "ethnic", sensitivity: s },
        SYSTEM,
      );
      const situation = await evidence.create(
        "situation",
        {
          name: `North ${tag}`,
          country: "ATA",
          targetedGroupIds: [group.id],
          perpetratorIds: [actor.id],
          sensitivity: s,
        },
        SYSTEM,
      );
      const event = await evidence.create(
        "event",
        {
          title: `Attack ${tag}`,
          dateStart: "2025-03-04",
          datePrecision: "day",
          place: {
            country: "ATA",
            name: `Village ${tag}`,
            precision: "near",
            latitude: -75.25,
            longitude: 0.1,
          },
          acts: [{ type: "massacre" }],
          perpetrators: [{ actorId: actor.id, involvement: "direct" }],
          targetedGroupIds: [group.id],
          situationIds: [situation.id],
          fatalities: { low: 1, best: 2, high: 3 },
          sensitivity: s,
        },
        SYSTEM,
      );
      const doc = await evidence.addDocument(
        new TextEncoder().encode(`report ${tag}`),
        {
          title: `Report ${tag}`,
          mediaType: "text/plain",
          sourceId: src.id,
          collectedBy: FIELD_SECRET,
          sensitivity: s,
        },
        SYSTEM,
        `report ${tag}`,
      );
      const claim = await evidence.create(
        "claim",
        {
          sourceId: src.id,
          eventId: event.id,
          documentId: doc.id,
          statement: `claim ${tag}`,
          assertion: { fatalities: { best: 2 } },
          credibility: 2,
          witness: FIELD_SECRET,
          sensitivity: s,
        },
        SYSTEM,
      );
      Object.assign(ids[s], {
        source: src.id,
        actor: actor.id,
        group: group.id,
        situation: situation.id,
        event: event.id,
        document: doc.id,
        claim: claim.id,
      });
    }

    // The callers: every role at every clearance (sessions), two tokens, and nobody.
    const callers: Caller[] = [
      { label: "anonymous", role: null, clearance: "public", scopes: null, headers: {} },
    ];
    for (const role of ROLES) {
      for (const clearance of SENSITIVITIES) {
        const name = `${role}-${clearance}`;
        await auth.accounts.addUser({ name, password: PASSWORD, role, clearance });
        const s = await auth.authentication.login({ name, password: PASSWORD });
        assert.ok(s.ok);
        callers.push({
          label: name,
          role,
          clearance,
          scopes: null,
          headers: { cookie: `tocsin_session=${s.sessionId}`, "X-CSRF-Token": s.csrfToken },
        });
      }
    }
    for (const [role, scopes] of [
      ["reviewer", ["read"]],
      ["admin", ["read", "write", "import"]],
    ] as const) {
      const t = await auth.accounts.addToken(`${role}-internal`, { name: "matrix", scopes: [...scopes] });
      callers.push({
        label: `${role}-internal token ${scopes.join("+")}`,
        role,
        clearance: "internal",
        scopes: [...scopes],
        headers: { Authorization: `Bearer ${t.token}` },
      });
    }

    const doc = (await call(app, "GET", "/api/openapi.json")).body;
    const routes: [string, string][] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, object>)) {
      if (!path.startsWith("/api/v1/")) continue;
      for (const method of Object.keys(item)) routes.push([method.toUpperCase(), path]);
    }
    const failures: string[] = routes
      .filter(([m, p]) => declaredAction(m, p) === null)
      .map(([m, p]) => `${m} ${p} is not declared in src/http/auth/route-actions.ts`);
    assert.ok(routes.length >= 90, `the OpenAPI document lists ${routes.length} routes`);

    let requests = 0;
    for (const [method, template] of routes) {
      // Login and logout are tested on their own (a logout here would end the matrix's sessions).
      if (template === "/api/v1/session" && method !== "GET") continue;
      const kind = KINDS[template.split("/")[3] as string];
      const onRecord = method === "GET" && kind !== undefined && template.includes("{id}");
      for (const level of onRecord ? SENSITIVITIES : ([null] as const)) {
        const path = template
          .replace("{id}", level ? (ids[level][kind as string] as string) : NO_SUCH_ID)
          .replace("{n}", "1")
          .replace("{overrideId}", NO_SUCH_ID)
          .replace("{iso3}", "ATA");
        const body = method === "GET" || method === "DELETE" ? undefined : {};
        for (const caller of callers) {
          const reply = await call(app, method, path, { json: body, headers: caller.headers });
          requests++;
          const where = `${caller.label} ${method} ${template}${level ? ` (${level} record)` : ""}`;
          const want = expected(caller, method, template);
          if (want !== "allow") {
            if (reply.status !== want) failures.push(`${where}: ${reply.status}, expected ${want}`);
          } else if (reply.status === 401 || reply.status === 403) {
            failures.push(`${where}: ${reply.status} ${reply.body?.code}, expected the handler to answer`);
          } else if (onRecord && template.endsWith("{id}") && level) {
            const visible = canSee(caller.clearance, level);
            if (reply.status !== (visible ? 200 : 404)) {
              failures.push(`${where}: ${reply.status}, expected ${visible ? 200 : 404}`);
            }
          }
          if (reply.status >= 500) failures.push(`${where}: ${reply.status}`);
          const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
          for (const s of SENSITIVITIES) {
            if (!canSee(caller.clearance, s) && text.includes(SECRET_OF[s]))
              failures.push(`${where}: shows a ${s} record`);
          }
          if (!canSee(caller.clearance, "confidential") && text.includes(FIELD_SECRET)) {
            failures.push(`${where}: shows a confidential field`);
          }
        }
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${requests} requests`);
    assert.ok(requests > 1000, `${requests} requests`);
  });
});

/** What the policy must answer, restated from its rules (roles, scopes, declared clearances). */
function expected(caller: Caller, method: string, path: string): "allow" | 401 | 403 {
  const action = declaredAction(method, path);
  if (!action) return 403;
  if (action.anonymous) return "allow";
  if (caller.role === null) return 401;
  if (ROLES.indexOf(caller.role) < ROLES.indexOf(ROLE_FOR[action.operation])) return 403;
  if (caller.scopes) {
    const scope = SCOPE_FOR[action.operation];
    if (scope === null || !caller.scopes.includes(scope)) return 403;
  }
  if (action.clearance && !canSee(caller.clearance, action.clearance)) return 403;
  return "allow";
}
