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
 *
 * RESTRICTED RECORDS (per-record access, migration 0013) are part of it: an event, claim, source and document
 * marked public but restricted (RESTRICTED_SECRET in their names and texts) to one user directly (read), one
 * more (read) and a group of two (write). Every route on them, every list and search, the situation's
 * aggregates and the map must answer a caller without a grant as if they did not exist (404, never the
 * secret), and grantees must see them (so the check cannot pass by hiding them from everyone).
 * Since migration 0018 a situation and an alert are restricted the same way (every route under them), and a
 * claim that is not restricted itself but is about the restricted event is as hidden as its event.
 */
const FIELD_SECRET = "ZZ-CONFIDENTIAL-FIELD-7741";
const SECRET_OF: Record<Sensitivity, string> = {
  public: "ZZ-PUBLIC-RECORD-1100",
  internal: "ZZ-INTERNAL-RECORD-3302",
  confidential: "ZZ-CONFIDENTIAL-RECORD-5521",
};
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const RESTRICTED_SECRET = "ZZ-RESTRICTED-RECORD-9090";
/** A word only the restricted records hold, for full-text searches. */
const RESTRICTED_WORD = "quelvarin";
/** Who holds a grant on the restricted records: users directly, and the group `matrix-team`'s members. */
const GRANT_OF: Record<string, "read" | "write"> = {
  "viewer-public": "read",
  "analyst-internal": "read",
  "analyst-public": "write",
  "reviewer-internal": "write",
};
const TEAM = ["analyst-public", "reviewer-internal"];
const RESTRICTABLE: Record<string, string> = {
  sources: "source",
  documents: "document",
  events: "event",
  claims: "claim",
  situations: "situation",
  alerts: "alert",
};
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
  /** The grant this caller's account holds on the restricted records, if any. */
  grant: "read" | "write" | null;
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
      { label: "anonymous", grant: null, role: null, clearance: "public", scopes: null, headers: {} },
    ];
    for (const role of ROLES) {
      for (const clearance of SENSITIVITIES) {
        const name = `${role}-${clearance}`;
        await auth.accounts.addUser({ name, password: PASSWORD, role, clearance });
        const s = await auth.authentication.login({ name, password: PASSWORD });
        assert.ok(s.ok);
        callers.push({
          label: name,
          grant: GRANT_OF[name] ?? null,
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
        grant: GRANT_OF[`${role}-internal`] ?? null,
        role,
        clearance: "internal",
        scopes: [...scopes],
        headers: { Authorization: `Bearer ${t.token}` },
      });
    }

    const restricted = await seedRestricted(store(), ids.public);

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
      const segment = template.split("/")[3] as string;
      const kind = KINDS[segment];
      const onRecord = method === "GET" && kind !== undefined && template.includes("{id}");
      // Every route on a restricted record (any method: writes too), and a record's access by its id.
      // (Managing grants is an administrator's whatever the record: tested apart, it would lift the restriction.)
      const onRestricted =
        template.includes("{id}") && (segment in RESTRICTABLE || (segment === "records" && method === "GET"));
      const levels: (Sensitivity | "restricted" | null)[] = onRecord ? [...SENSITIVITIES] : [null];
      if (onRestricted) levels.push("restricted");
      for (const level of levels) {
        const recordId =
          level === "restricted"
            ? (restricted[RESTRICTABLE[segment] ?? "event"] as string)
            : level
              ? (ids[level][kind as string] as string)
              : NO_SUCH_ID;
        const path = template
          .replace("{id}", recordId)
          .replace("{n}", "1")
          .replace("{overrideId}", NO_SUCH_ID)
          .replace("{iso3}", "ATA");
        const body = method === "GET" || method === "DELETE" ? undefined : {};
        for (const caller of callers) {
          // A grantee's DELETE would remove the restricted record the rest of the matrix reads.
          const deletes = method === "DELETE" && template.endsWith("{id}");
          if (level === "restricted" && deletes && caller.grant === "write") continue;
          const reply = await call(app, method, path, { json: body, headers: caller.headers });
          requests++;
          const where = `${caller.label} ${method} ${template}${level ? ` (${level} record)` : ""}`;
          const want = expected(caller, method, template);
          if (want !== "allow") {
            if (reply.status !== want) failures.push(`${where}: ${reply.status}, expected ${want}`);
          } else if (level === "restricted") {
            // Policy passed. Without a grant, the answer must be the one for a record that does not exist
            // (404, or the same 400/428 that comes before any lookup); with read only, no write succeeds;
            // a record's access is also shown to those who administer access (not to their tokens).
            const admin =
              segment === "records" && method === "GET" && caller.role === "admin" && !caller.scopes;
            // Reading a document into suggestions changes nothing of it: a read grant is enough.
            const readerMay = template.endsWith("/read");
            if (caller.grant === null && !admin) {
              const missing = await call(app, method, path.replace(recordId, NO_SUCH_ID), {
                json: body,
                headers: caller.headers,
              });
              requests++;
              if (reply.status !== missing.status || ![400, 404, 428].includes(reply.status))
                failures.push(`${where}: ${reply.status}, expected ${missing.status} as for no record`);
            } else if (
              method === "GET" &&
              template.endsWith("{id}") &&
              reply.status !== 200 &&
              // The restricted alert is a draft: drafts are not shown at public clearance, grant or not.
              !(segment === "alerts" && caller.clearance === "public" && reply.status === 404)
            ) {
              failures.push(`${where}: ${reply.status}, expected 200 for a grantee`);
            } else if (caller.grant === "read" && method !== "GET" && !readerMay && reply.status < 300) {
              failures.push(`${where}: ${reply.status}, a read grant does not allow writing`);
            }
          } else if (reply.status === 401 || reply.status === 403) {
            failures.push(`${where}: ${reply.status} ${reply.body?.code}, expected the handler to answer`);
          } else if (onRecord && template.endsWith("{id}") && level) {
            const visible = canSee(caller.clearance, level);
            if (reply.status !== (visible ? 200 : 404)) {
              failures.push(`${where}: ${reply.status}, expected ${visible ? 200 : 404}`);
            }
          }
          failures.push(...leaks(where, reply, caller));
        }
      }
    }

    // Lists, searches, a situation's aggregates and the map, with the records they would list: grantees see
    // the restricted records in lists and searches, nobody else sees them anywhere.
    const situation = ids.public.situation as string;
    const listed = [
      "/api/v1/events",
      `/api/v1/events?q=${RESTRICTED_WORD}`,
      `/api/v1/events?situation=${situation}`,
      "/api/v1/claims",
      `/api/v1/claims?event=${restricted.event}`,
      "/api/v1/sources",
      "/api/v1/documents",
      `/api/v1/documents?q=${RESTRICTED_WORD}`,
    ];
    const aggregates = [
      "/api/v1/overview",
      "/api/v1/situations",
      `/api/v1/claims/${restricted.openClaim}`,
      `/api/v1/alerts/${restricted.alert}`,
      `/api/v1/situations/${restricted.situation}/overrides`,
      `/api/v1/situations/${situation}/assessment`,
      `/api/v1/situations/${situation}/explanation`,
      `/api/v1/situations/${situation}/history`,
      "/api/v1/alerts",
      `/api/v1/suggestions`,
    ];
    for (const path of [...listed, ...aggregates]) {
      for (const caller of callers) {
        const reply = await call(app, "GET", path, { headers: caller.headers });
        requests++;
        const text = JSON.stringify(reply.body);
        const where = `${caller.label} GET ${path}`;
        failures.push(...leaks(where, reply, caller));
        if (
          caller.grant !== null &&
          listed.includes(path) &&
          reply.status === 200 &&
          !text.includes(RESTRICTED_SECRET)
        )
          failures.push(`${where}: a grantee does not see the restricted record`);
      }
    }
    // Writes on a restricted record, one by one: no grant 404 (an administrator too), a read grant 403, the
    // group's write grant changes it. An administrator manages its grants without reading it, and reads it
    // once they grant themselves (which the custody log shows).
    const headersOf = (label: string) => (callers.find((c) => c.label === label) as Caller).headers;
    const ev = `/api/v1/events/${restricted.event}`;
    const version = (await call(app, "GET", ev, { headers: headersOf("analyst-public") })).headers.get(
      "etag",
    );
    for (const [label, want] of [
      ["analyst-confidential", 404],
      ["admin-confidential", 404],
      ["analyst-internal", 403],
      ["analyst-public", 200],
    ] as const) {
      const reply = await call(app, "PATCH", ev, {
        json: { description: `Edited by ${label} ${RESTRICTED_SECRET}` },
        headers: { ...headersOf(label), "If-Match": version ?? "" },
      });
      requests++;
      if (reply.status !== want)
        failures.push(
          `${label} PATCH restricted event: ${reply.status} ${reply.body?.detail}, expected ${want}`,
        );
    }
    const admin = headersOf("admin-confidential");
    const grants = await call(app, "GET", `/api/v1/records/${restricted.event}/access`, { headers: admin });
    assert.equal(grants.status, 200);
    assert.equal(grants.body.restricted, true);
    assert.deepEqual(
      grants.body.grants.map(
        (g: { grantee: { kind: string; name: string }; access: string }) =>
          `${g.grantee.kind}:${g.grantee.name}:${g.access}`,
      ),
      ["group:matrix-team:write", "user:analyst-internal:read", "user:viewer-public:read"],
    );
    assert.equal((await call(app, "GET", ev, { headers: admin })).status, 404);
    const self = await call(app, "POST", `/api/v1/records/${restricted.event}/access/grants`, {
      json: { grantee: "user:admin-confidential", access: "read" },
      headers: admin,
    });
    assert.equal(self.status, 200);
    assert.equal((await call(app, "GET", ev, { headers: admin })).status, 200);
    const revoked = await call(
      app,
      "DELETE",
      `/api/v1/records/${restricted.event}/access/grants/user:admin-confidential`,
      {
        headers: admin,
      },
    );
    assert.equal(revoked.status, 200);
    assert.equal((await call(app, "GET", ev, { headers: admin })).status, 404);
    const trail = await store().app.store.custodyFor("event", restricted.event as string);
    assert.deepEqual(
      trail.filter((e) => e.details.grantee === "user:admin-confidential").map((e) => [e.actor, e.action]),
      [
        ["user:admin-confidential", "grant"],
        ["user:admin-confidential", "revoke"],
      ],
    );

    // Public mode and open local mode hold no grant: a restricted record marked public is nowhere.
    for (const [mode, other, clearance] of [
      ["public mode", appOf(store(), { publicMode: true }), "public"],
      ["open local mode", appOf(store(), { auth: "open" }), "confidential"],
    ] as const) {
      for (const path of [...listed, ...aggregates, ev, `/api/v1/documents/${restricted.document}/text`]) {
        const reply = await call(other, "GET", path);
        requests++;
        failures.push(...leaks(`${mode} GET ${path}`, reply, { clearance, grant: null }));
      }
    }

    assert.deepEqual(failures, [], `${failures.length} of ${requests} requests`);
    assert.ok(requests > 1000, `${requests} requests`);
  });
});

/**
 * What one answer must not hold for its caller: a server error, a record above their clearance, a
 * confidential field without confidential clearance, a restricted record without a grant. The same checks
 * for every request of the matrix (each route, each list and aggregate, public and open local mode).
 */
function leaks(
  where: string,
  reply: { status: number; body: unknown },
  caller: Pick<Caller, "clearance" | "grant">,
): string[] {
  const found: string[] = [];
  if (reply.status >= 500) found.push(`${where}: ${reply.status}`);
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
  for (const s of SENSITIVITIES) {
    if (!canSee(caller.clearance, s) && text.includes(SECRET_OF[s]))
      found.push(`${where}: shows a ${s} record`);
  }
  if (!canSee(caller.clearance, "confidential") && text.includes(FIELD_SECRET))
    found.push(`${where}: shows a confidential field`);
  if (caller.grant === null && text.includes(RESTRICTED_SECRET))
    found.push(`${where}: shows a restricted record without a grant`);
  return found;
}

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

/**
 * The restricted records: public sensitivity (so clearance alone would show them to everyone), in the public
 * situation, restricted by an administrator to two users (read) and the group `matrix-team` (write).
 */
async function seedRestricted(
  store: TestStore,
  pub: Record<string, string>,
): Promise<Record<string, string>> {
  const { evidence, access } = store.app;
  const tag = `${RESTRICTED_WORD} ${RESTRICTED_SECRET}`;
  const src = await evidence.create(
    "source",
    { kind: "organisation", name: `Monitor ${tag}`, reliability: "A", sensitivity: "public" },
    SYSTEM,
  );
  const event = await evidence.create(
    "event",
    {
      title: `Attack ${tag}`,
      description: `Survivors in ${tag}`,
      dateStart: "2025-03-05",
      datePrecision: "day",
      place: { country: "ATA", name: `Camp ${tag}`, precision: "near", latitude: -75.3, longitude: 0.2 },
      acts: [{ type: "massacre" }],
      perpetrators: [{ actorId: pub.actor as string, involvement: "direct" }],
      targetedGroupIds: [pub.group as string],
      situationIds: [pub.situation as string],
      fatalities: { low: 40, best: 50, high: 60 },
      sensitivity: "public",
    },
    SYSTEM,
  );
  const doc = await evidence.addDocument(
    new TextEncoder().encode(`report ${tag}`),
    { title: `Report ${tag}`, mediaType: "text/plain", sourceId: src.id, sensitivity: "public" },
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
      assertion: { fatalities: { best: 50 } },
      credibility: 4,
      sensitivity: "public",
    },
    SYSTEM,
  );
  const admin = { actor: "user:admin-confidential", clearance: "confidential" } as const;
  await access.addGroup({ name: "matrix-team" }, admin);
  for (const member of TEAM) await access.addMember("matrix-team", member, admin);
  // Not restricted itself, but about the restricted event: closed with it (GUARDED_BY in the policy).
  const openClaim = await evidence.create(
    "claim",
    {
      sourceId: pub.source as string,
      eventId: event.id,
      statement: `open claim of ${tag}`,
      assertion: {},
      credibility: 3,
      sensitivity: "public",
    },
    SYSTEM,
  );
  // Restricted itself: a situation, and an alert of the public situation (drafted before it is restricted).
  const situation = await evidence.create(
    "situation",
    { name: `Valley ${tag}`, country: "ATA", sensitivity: "public" },
    SYSTEM,
  );
  const alert = await store.app.alerts.draft(pub.situation as string, {}, SYSTEM);
  const ids = {
    source: src.id,
    event: event.id,
    document: doc.id,
    claim: claim.id,
    situation: situation.id,
    alert: alert.alert.id,
  };
  for (const id of Object.values(ids)) {
    for (const [name, grant] of Object.entries(GRANT_OF)) {
      if (!TEAM.includes(name)) await access.grant(id, { kind: "user", name }, grant, admin);
    }
    await access.grant(id, { kind: "group", name: "matrix-team" }, "write", admin);
  }
  return { ...ids, openClaim: openClaim.id };
}
