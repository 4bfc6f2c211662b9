import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { verifyStore } from "../../src/app/verify/verify-store.ts";
import { verifyDeps } from "../../src/cli/store-deps.ts";
import { createHttpApp } from "../../src/http/server.ts";
import { hostileRequest, type Target } from "../support/fuzz/api-targets.ts";
import { changes, type Snapshot, snapshot } from "../support/fuzz/db-snapshot.ts";
import { fuzzScale, fuzzSeed } from "../support/fuzz/hostile.ts";
import { create, type Harness, seedWorld } from "../support/http.ts";
import { disposeStore, freshPGlite, type TestStore } from "../support/stores.ts";

// Every route that takes a body, driven in-process (app.request) with seeded hostile bodies, headers, paths
// and uploads. Each case must answer below 500; a refusal must be problem+json with a code (and, for
// invalid-input, the path of every bad field) and must leave every table, the custody head and the folders
// of originals and uploads exactly as they were.
const SEED = fuzzSeed(8_000_008);
const CASES = Math.round(3000 * fuzzScale());
const ONLY = process.env.TOCSIN_FUZZ_CASE === undefined ? null : Number(process.env.TOCSIN_FUZZ_CASE);
const replay = (i: number) =>
  `replay: TOCSIN_FUZZ_SEED=${SEED} TOCSIN_FUZZ_CASE=${i} node scripts/test.mjs test/hardening/fuzz-api`;

let store: TestStore;
let h: Harness;
const logged: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);

function files(dir: string): number {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;
}

async function state(): Promise<Snapshot & { blobs: number; uploads: number }> {
  return {
    ...(await snapshot(store.app)),
    blobs: files(store.app.blobs.root),
    uploads: files(join(store.dataDir, "imports")) + files(join(store.dataDir, "screenings", "uploads")),
  };
}

before(async () => {
  process.on("unhandledRejection", onUnhandled);
  store = await freshPGlite();
  const app = createHttpApp(store.app, {
    clearance: "confidential",
    publicMode: false,
    log: (line) => logged.push(line),
  });
  h = {
    store,
    app,
    appWith: () => app,
    call: async (method, path, o = {}) => {
      const res = await app.request(path, {
        method,
        headers: { "content-type": "application/json", ...o.headers },
        body: o.json === undefined ? o.body : JSON.stringify(o.json),
      });
      const type = res.headers.get("content-type") ?? "";
      return {
        status: res.status,
        headers: res.headers,
        body: type.includes("json") ? await res.json() : await res.text(),
      };
    },
  };
  console.log(`fuzz-api: seed ${SEED}, ${CASES} cases${ONLY === null ? "" : ` (only case ${ONLY})`}`);
});
after(async () => {
  process.off("unhandledRejection", onUnhandled);
  await disposeStore(store);
});

test(`API bodies: ${CASES} seeded hostile requests, 0 crashes, 0 partial writes, every refusal explained`, {
  timeout: 600_000,
}, async () => {
  const w = await seedWorld(h);
  const event = await create(h, "events", {
    title: "Fictional raid",
    dateStart: "2025-03-04",
    place: { country: "ATA", precision: "country" },
    acts: [{ type: "massacre" }],
    perpetrators: [{ actorId: w.actor.id, involvement: "direct" }],
    targetedGroupIds: [w.group.id],
    situationIds: [w.situation.id],
    fatalities: { low: 1, best: 2, high: 3 },
    sensitivity: "public",
  });
  const claim = await create(h, "claims", {
    sourceId: w.source.id,
    eventId: event.id,
    statement: "Two killed",
    assertion: { fatalities: { low: 2, best: 2, high: 2 } },
    credibility: 2,
  });
  const alert = await h.call("POST", "/api/v1/alerts", { json: { situationId: w.situation.id } });
  assert.equal(alert.status, 201, JSON.stringify(alert.body));
  const alertId = alert.body.id ?? alert.body.alert?.id;
  const id = (r: { id: string }) => r.id;
  const doc = await uploadReport(h, w.source.id);
  const read = await h.call("POST", `/api/v1/documents/${doc.id}/read`);
  assert.equal(read.status, 200, JSON.stringify(read.body));
  const queue = await h.call("GET", `/api/v1/documents/${doc.id}/suggestions?limit=50`);
  const suggestions = (queue.body.items as { id: string }[]).map(id);
  assert.ok(suggestions.length >= 2, `the report gives suggestions: ${JSON.stringify(queue.body)}`);
  const override = await h.call("POST", `/api/v1/situations/${id(w.situation)}/overrides`, {
    json: { target: "stage:8", value: "likely", reason: "Fictional field team report" },
  });
  assert.ok(override.status < 300, JSON.stringify(override.body));
  const overrideId = override.body.id ?? override.body.override?.id;
  const overridePath = `/api/v1/situations/${id(w.situation)}/overrides/${overrideId}`;
  const targets: Target[] = [
    {
      name: "POST sources",
      method: "POST",
      path: "/api/v1/sources",
      body: () => ({
        kind: "organisation",
        name: "Fictional Monitor",
        reliability: "B",
        contact: "line",
        sensitivity: "internal",
      }),
    },
    {
      name: "PATCH sources",
      method: "PATCH",
      path: `/api/v1/sources/${id(w.other)}`,
      etagOf: `/api/v1/sources/${id(w.other)}`,
      body: () => ({ name: "Fictional Gazette II", reliability: "C" }),
    },
    {
      name: "POST actors",
      method: "POST",
      path: "/api/v1/actors",
      body: () => ({ name: "Fictional Brigade", kind: "militia", aliases: ["FB"], sensitivity: "public" }),
    },
    {
      name: "PATCH actors",
      method: "PATCH",
      path: `/api/v1/actors/${id(w.actor)}`,
      etagOf: `/api/v1/actors/${id(w.actor)}`,
      body: () => ({ aliases: ["FM"], description: "x" }),
    },
    {
      name: "POST groups",
      method: "POST",
      path: "/api/v1/groups",
      body: () => ({ name: "Fictional Riverfolk", kind: "ethnic", sensitivity: "public" }),
    },
    {
      name: "PATCH groups",
      method: "PATCH",
      path: `/api/v1/groups/${id(w.group)}`,
      etagOf: `/api/v1/groups/${id(w.group)}`,
      body: () => ({ aliases: ["Riverfolk"] }),
    },
    {
      name: "POST situations",
      method: "POST",
      path: "/api/v1/situations",
      body: () => ({
        name: "Fictional South",
        country: "ATA",
        targetedGroupIds: [w.group.id],
        perpetratorIds: [w.actor.id],
        sensitivity: "public",
      }),
    },
    {
      name: "PATCH situations",
      method: "PATCH",
      path: `/api/v1/situations/${id(w.situation)}`,
      etagOf: `/api/v1/situations/${id(w.situation)}`,
      body: () => ({ name: "Fictional North (renamed)" }),
    },
    {
      name: "POST events",
      method: "POST",
      path: "/api/v1/events",
      body: () => ({
        title: "Fictional shelling",
        description: "d",
        dateStart: "2025-04-01",
        dateEnd: "2025-04-02",
        datePrecision: "day",
        place: { country: "ATA", name: "Example Town", precision: "near" },
        acts: [{ type: "killing" }],
        perpetrators: [{ actorId: w.actor.id, involvement: "direct" }],
        targetedGroupIds: [w.group.id],
        situationIds: [w.situation.id],
        fatalities: { low: 1, best: 2, high: 4 },
        sensitivity: "internal",
      }),
    },
    {
      name: "PATCH events",
      method: "PATCH",
      path: `/api/v1/events/${id(event)}`,
      etagOf: `/api/v1/events/${id(event)}`,
      body: () => ({ title: "Fictional raid (revised)", fatalities: { low: 1, best: 2, high: 5 } }),
    },
    {
      name: "POST claims",
      method: "POST",
      path: "/api/v1/claims",
      body: () => ({
        sourceId: w.source.id,
        eventId: event.id,
        statement: "Three killed",
        assertion: { fatalities: { low: 3, best: 3, high: 3 } },
        credibility: 3,
        witness: "W-1, fictional",
      }),
    },
    {
      name: "PATCH claims",
      method: "PATCH",
      path: `/api/v1/claims/${id(claim)}`,
      etagOf: `/api/v1/claims/${id(claim)}`,
      body: () => ({ credibility: 3, statement: "Two killed, said twice" }),
    },
    {
      name: "POST claim comments",
      method: "POST",
      path: `/api/v1/claims/${id(claim)}/comments`,
      body: () => ({ text: "Fictional: which village is this?" }),
    },
    {
      name: "POST event lock",
      method: "POST",
      path: `/api/v1/events/${id(event)}/lock`,
      body: () => ({ takeOver: true }),
    },
    {
      name: "POST documents",
      method: "POST",
      path: "/api/v1/documents",
      kind: "multipart",
      body: () => ({
        title: "Field report",
        collectedAt: "2026-03-05T10:00:00Z",
        sourceId: w.source.id,
        sensitivity: "internal",
      }),
    },
    {
      name: "POST overrides",
      method: "POST",
      path: `/api/v1/situations/${id(w.situation)}/overrides`,
      body: () => ({ target: "stage:9", value: "likely", reason: "Reported by our own field team" }),
    },
    {
      name: "POST alerts",
      method: "POST",
      path: "/api/v1/alerts",
      body: () => ({ situationId: w.situation.id }),
    },
    {
      name: "PATCH alert version",
      method: "PATCH",
      path: `/api/v1/alerts/${alertId}/versions/1`,
      etagOf: `/api/v1/alerts/${alertId}/versions/1`,
      body: () => ({
        summary: "A fictional summary",
        determination: { text: "At stages 5 and 7." },
        recommendations: [{ addressee: "un-security-council", text: "t" }],
      }),
    },
    {
      name: "POST alert submit",
      method: "POST",
      path: `/api/v1/alerts/${alertId}/versions/1/submit`,
      etagOf: `/api/v1/alerts/${alertId}/versions/1`,
      body: () => ({ note: "ready" }),
    },
    {
      name: "POST imports",
      method: "POST",
      path: "/api/v1/imports",
      kind: "upload",
      body: () => ({ pull: { dataset: "ucdp-brd", release: "25.1", import: true } }),
    },
    {
      name: "POST screenings",
      method: "POST",
      path: "/api/v1/screenings",
      kind: "posts",
      body: () => ({}),
    },
    {
      name: "POST session (login)",
      method: "POST",
      path: "/api/v1/session",
      body: () => ({ name: "fictional-analyst", password: "not the password", code: "123456" }),
    },
    {
      name: "PATCH documents",
      method: "PATCH",
      path: `/api/v1/documents/${id(doc)}`,
      etagOf: `/api/v1/documents/${id(doc)}`,
      body: () => ({ title: "Fictional monitor report (retitled)", language: "en", sensitivity: "internal" }),
    },
    {
      name: "POST suggestion accept",
      method: "POST",
      path: `/api/v1/suggestions/${suggestions[0]}/accept`,
      body: () => ({
        edits: { title: "Fictional killing (edited)", fatalities: { low: 1, best: 2, high: 3 } },
      }),
    },
    {
      name: "POST suggestion reject",
      method: "POST",
      path: `/api/v1/suggestions/${suggestions[1]}/reject`,
      body: () => ({ reason: "Fictional: a duplicate of an event already recorded" }),
    },
    {
      name: "PUT event verification",
      method: "PUT",
      path: `/api/v1/events/${id(event)}/verification`,
      body: () => ({ status: "in-progress", assignee: "analyst:fictional", reason: null }),
    },
    {
      name: "PUT claim verification",
      method: "PUT",
      path: `/api/v1/claims/${id(claim)}/verification`,
      body: () => ({ status: "needs-help", assignee: null, reason: "Fictional: a second source is needed" }),
    },
    {
      name: "POST event comments",
      method: "POST",
      path: `/api/v1/events/${id(event)}/comments`,
      body: () => ({ text: "Fictional: the date needs checking" }),
    },
    {
      name: "POST claim lock",
      method: "POST",
      path: `/api/v1/claims/${id(claim)}/lock`,
      body: () => ({ takeOver: true }),
    },
    {
      name: "POST override approve",
      method: "POST",
      path: `${overridePath}/approve`,
      body: () => ({ reason: "Fictional: checked against the field notes" }),
    },
    {
      name: "POST override reject",
      method: "POST",
      path: `${overridePath}/reject`,
      body: () => ({ reason: "Fictional: the report is second-hand" }),
    },
    {
      name: "POST override revoke",
      method: "POST",
      path: `${overridePath}/revoke`,
      body: () => ({ reason: "Fictional: superseded by the assessment" }),
    },
    {
      name: "POST alert refresh",
      method: "POST",
      path: `/api/v1/alerts/${alertId}/versions/1/refresh`,
      etagOf: `/api/v1/alerts/${alertId}/versions/1`,
      body: () => ({ asOf: "2026-03-01", knowledge: "recorded" }),
    },
    {
      name: "POST alert return",
      method: "POST",
      path: `/api/v1/alerts/${alertId}/versions/1/return`,
      etagOf: `/api/v1/alerts/${alertId}/versions/1`,
      body: () => ({ note: "Fictional: cite the second source" }),
    },
    {
      name: "POST alert publish",
      method: "POST",
      path: `/api/v1/alerts/${alertId}/versions/1/publish`,
      etagOf: `/api/v1/alerts/${alertId}/versions/1`,
      body: () => ({}),
    },
    {
      name: "POST alert corrections",
      method: "POST",
      path: `/api/v1/alerts/${alertId}/corrections`,
      body: () => ({ changeNote: "Fictional: the toll of the March raid was revised" }),
    },
    {
      name: "POST user-groups",
      method: "POST",
      path: "/api/v1/user-groups",
      body: () => ({ name: "fictional-field-team", description: "Invented for the fuzzer" }),
    },
    {
      name: "POST access grants",
      method: "POST",
      path: `/api/v1/records/${id(event)}/access/grants`,
      body: () => ({ grantee: "group:fictional-field-team", access: "read" }),
    },
    {
      name: "POST forecast-jobs",
      method: "POST",
      path: "/api/v1/forecast-jobs",
      body: () => ({ model: "ewp", year: 2024, seed: 7 }),
    },
  ];
  await everyBodyRouteIsATarget(targets);

  const etags = new Map<string, string>();
  let before = await state();
  const tally = {
    cases: 0,
    accepted: 0,
    refused: 0,
    crashes: 0,
    partial: 0,
    byStatus: {} as Record<number, number>,
  };
  for (let i = 0; i < CASES; i++) {
    const rng = seededRng((SEED ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const target = rng.pick(targets);
    if (ONLY !== null && i !== ONLY) continue;
    let etag: string | null = null;
    if (target.etagOf) {
      etag = etags.get(target.etagOf) ?? null;
      if (!etag) {
        const res = await h.app.request(target.etagOf);
        etag = res.headers.get("etag");
        if (etag) etags.set(target.etagOf, etag);
      }
    }
    const req = hostileRequest(rng, target, etag);
    const where = `case ${i} (${req.label}: ${req.method} ${req.path.slice(0, 120)}); ${replay(i)}`;
    const res = await h.app.request(req.path, { method: req.method, headers: req.headers, body: req.body });
    const type = res.headers.get("content-type") ?? "";
    const text = await res.text();
    tally.cases++;
    tally.byStatus[res.status] = (tally.byStatus[res.status] ?? 0) + 1;
    assert.ok(
      res.status < 500,
      `no crash: ${res.status} ${text.slice(0, 300)} at ${where}; logged: ${logged.join("\n").slice(0, 1500)}`,
    );
    const now = await state();
    if (res.status >= 400) {
      tally.refused++;
      assert.match(type, /^application\/problem\+json/, `a refusal is problem+json at ${where}`);
      const problem = JSON.parse(text);
      assert.equal(typeof problem.code, "string", `a refusal has a code at ${where}`);
      assert.ok(String(problem.detail ?? problem.title ?? "").length > 3, `a refusal says why at ${where}`);
      if (problem.code === "invalid-input") {
        assert.ok(
          Array.isArray(problem.errors) && problem.errors.length > 0,
          `invalid-input lists fields at ${where}`,
        );
        for (const e of problem.errors)
          assert.ok(
            typeof e.path === "string" && e.path.length > 0 && e.message,
            `each bad field has a path at ${where}: ${JSON.stringify(e)} in ${text.slice(0, 600)}`,
          );
      }
      const diff = [...changes(before, now)];
      if (before.blobs !== now.blobs) diff.push(`blobs: ${before.blobs} -> ${now.blobs}`);
      if (before.uploads !== now.uploads) diff.push(`uploads: ${before.uploads} -> ${now.uploads}`);
      assert.deepEqual(diff, [], `a refused request writes nothing at ${where}`);
    } else {
      tally.accepted++;
      if (target.etagOf) etags.delete(target.etagOf);
      // An accepted write is whole: if it changed anything, it moved the custody log (a write without its
      // entry is partial). Repeating a grant or a lock that is already so changes nothing and logs nothing.
      const changed = [...changes(before, now)].length > 0 || before.blobs !== now.blobs;
      if (req.method !== "GET" && res.status !== 202 && changed)
        assert.notEqual(
          now.head,
          before.head,
          `an accepted write is logged at ${where}: ${changes(before, now).join("; ")} ${text.slice(0, 400)}`,
        );
      // An accepted batch of posts is a queued job whose input is on disk whole (its bytes hash as said).
      if (target.name === "POST screenings") {
        const job = await store.app.jobs.get(JSON.parse(text).id);
        const p = job?.payload as { file: string; fileSha256: string; fileSize: number } | undefined;
        assert.ok(p && job?.status === "queued", `the job is queued at ${where}`);
        const bytes = readFileSync(p.file);
        assert.equal(bytes.length, p.fileSize, `the posts are whole at ${where}`);
        assert.equal(createHash("sha256").update(bytes).digest("hex"), p.fileSha256, `hash at ${where}`);
      }
    }
    before = now;
  }
  assert.deepEqual(logged, [], "nothing logged as an unexpected failure");
  assert.deepEqual(unhandled, [], "no unhandled rejection");
  const report = await verifyStore(verifyDeps(store.app));
  assert.equal(report.ok, true, JSON.stringify(report.custody.breaks.slice(0, 3)));
  console.log(`fuzz-api: ${JSON.stringify(tally)}; chain verifies (${report.custody.entries} entries)`);
});

/** A short invented report to read into suggestions (no real place, people or event). */
async function uploadReport(harness: Harness, sourceId: string): Promise<{ id: string }> {
  const text = [
    "On 14 March 2031 a fictional militia killed at least 12 villagers in Example Town.",
    "Two days later soldiers burned the homes of the fictional Riverfolk.",
  ].join(" ");
  const form = new FormData();
  form.set("file", new File([text], "report.txt", { type: "text/plain" }));
  form.set("title", "Fictional monitor report");
  form.set("sourceId", sourceId);
  form.set("collectedAt", "2031-04-01T00:00:00Z");
  // Straight to the app: the harness's call() would label the multipart body as JSON.
  const reply = await harness.app.request("/api/v1/documents", { method: "POST", body: form });
  const body = await reply.json();
  assert.equal(reply.status, 201, JSON.stringify(body));
  return body;
}

/**
 * Every route of the OpenAPI document that takes a body is fuzzed: a route added without a target fails
 * here, naming it, instead of going unfuzzed.
 */
async function everyBodyRouteIsATarget(targets: Target[]): Promise<void> {
  const doc = (await (await h.app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: unknown }>>;
  };
  const missing: string[] = [];
  for (const [template, operations] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    for (const [method, operation] of Object.entries(operations)) {
      if (!operation.requestBody) continue;
      const covered = targets.some((t) => t.method === method.toUpperCase() && pattern.test(t.path));
      if (!covered) missing.push(`${method.toUpperCase()} ${template}`);
    }
  }
  assert.deepEqual(missing, [], "every route that takes a body has a fuzz target");
}
