import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";
import { openAssessment } from "../../adapters/db/assessment/open-assessment.ts";
import { KyselyForecastStore } from "../../adapters/db/forecasts/kysely-forecast-store.ts";
import { KyselyOverviewStore } from "../../adapters/db/overview/kysely-overview-store.ts";
import { loadDemoScenario } from "../../app/demo/load-demo.ts";
import { PROVINCES } from "../../app/demo/scenario/geography.ts";
import { OverviewService } from "../../app/overview/overview.service.ts";

const h = httpHarness();

// biome-ignore lint/suspicious/noExplicitAny: the test reads the overview's JSON.
type Json = any;

function inside(ring: [number, number][], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe("the overview API (the world map's data)", () => {
  before(async () => {
    await loadDemoScenario(h().store.app);
  });

  test("the fictional country: its situations' levels, the rule that set each, its highest level", async () => {
    const r = await h().call("GET", "/api/v1/overview");
    assert.equal(r.status, 200);
    const xft = r.body.countries.find((c: Json) => c.iso3 === "XFT");
    assert.ok(xft, "XFT is listed");
    assert.match(xft.name, /Feltravia \(fictional/, "no ISO name: the name the forecast data gave");
    assert.equal(xft.situations.length, 4);
    const by = (prefix: string) => xft.situations.find((s: Json) => s.name.startsWith(prefix));
    assert.equal(by("Dellovar").level, "emergency");
    assert.equal(by("Dellovar").rule.id, "emergency-extermination");
    assert.ok(by("Dellovar").concerns.some((c: Json) => c.id === "denial-concern"));
    for (const s of xft.situations) {
      assert.equal(s.overridden, false);
      assert.ok(["cache", "computed"].includes(s.basis));
      assert.equal(s.level === "none", s.rule === null, "a rule names every level above none");
    }
    const order = ["none", "watch", "warning", "emergency"];
    const top = xft.situations.reduce(
      (a: string, s: Json) => (order.indexOf(s.level) > order.indexOf(a) ? s.level : a),
      "none",
    );
    assert.equal(xft.level, top);
    assert.equal(xft.level, "emergency");
    assert.equal(r.body.complete, true);
    assert.equal(r.body.risk.fictional, true, "the demo's fictional forecast run");
    assert.equal(xft.risk.band, "high");
  });

  test("no world-map shape: an approximate outline around the events' places, marked so", async () => {
    const r = await h().call("GET", "/api/v1/overview");
    const xft = r.body.countries.find((c: Json) => c.iso3 === "XFT");
    assert.equal(xft.shape.kind, "approximate");
    assert.ok(xft.shape.points >= 4);
    for (const p of Object.values(PROVINCES))
      assert.ok(inside(xft.shape.ring, p.longitude, p.latitude), `${p.name} lies inside`);
    assert.ok(!inside(xft.shape.ring, 151.2, -33.9), "Sydney is not in Feltravia");
  });

  test("the second request, nothing changed, is the same overview from memory, and is quick", async () => {
    const first = await h().call("GET", "/api/v1/overview");
    const t = performance.now();
    const r = await h().call("GET", "/api/v1/overview");
    const ms = performance.now() - t;
    assert.deepEqual(r.body, first.body);
    const xft = r.body.countries.find((c: Json) => c.iso3 === "XFT");
    for (const s of xft.situations) assert.ok(["cache", "computed"].includes(s.basis), s.basis);
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  test("a country on the world map names its shapes, id-less ones by name (Somaliland in Somalia)", async () => {
    await create(h(), "situations", {
      name: "Fictional test situation",
      country: "SOM",
      sensitivity: "internal",
    });
    const r = await h().call("GET", "/api/v1/overview");
    const som = r.body.countries.find((c: Json) => c.iso3 === "SOM");
    assert.equal(som.name, "Somalia");
    assert.equal(som.level, "none");
    assert.equal(som.situations[0].rule, null);
    assert.deepEqual(som.shape, {
      kind: "atlas",
      features: [
        { id: "706", name: "Somalia" },
        { id: null, name: "Somaliland" },
      ],
    });
    const pub = await h().call("GET", "/api/v1/overview", { headers: { "X-Tocsin-Clearance": "public" } });
    assert.equal(
      pub.body.countries.find((c: Json) => c.iso3 === "SOM"),
      undefined,
      "an internal situation is absent for a public caller",
    );
  });

  test("an analyst's override sets the level in force; the computed level stays beside it", async () => {
    const r0 = await h().call("GET", "/api/v1/overview");
    const s = r0.body.countries
      .find((c: Json) => c.iso3 === "XFT")
      .situations.find((x: Json) => x.name.startsWith("Sarrowites"));
    const o = await h().call("POST", `/api/v1/situations/${s.id}/overrides`, {
      json: {
        target: "level",
        value: "warning",
        reason: "Field mission reports not yet entered as evidence",
      },
    });
    assert.equal(o.status, 200);
    const ap = await h().call("POST", `/api/v1/situations/${s.id}/overrides/${o.body.id}/approve`, {
      headers: { "X-Tocsin-Actor": "second-person" },
    });
    assert.equal(ap.status, 200, JSON.stringify(ap.body));
    const r = await h().call("GET", "/api/v1/overview");
    const after = r.body.countries
      .find((c: Json) => c.iso3 === "XFT")
      .situations.find((x: Json) => x.id === s.id);
    assert.equal(after.level, "warning");
    assert.equal(after.computedLevel, s.computedLevel);
    assert.equal(after.overridden, true);
    assert.match(after.override.reason, /Field mission/);
  });

  test("stored forecasts give the risk layer, every scored country with its world-map shapes", async () => {
    const store = new KyselyForecastStore(h().store.app.database.db);
    const runId = randomUUID();
    await store.saveRun(
      {
        id: runId,
        modelId: "test-model",
        modelVersion: "1",
        modelDescription: "invented figures for a test",
        trainStart: null,
        trainEnd: null,
        trainRows: null,
        seed: null,
        fictional: true,
        inputs: [],
        notes: {},
        createdAt: new Date().toISOString(),
        createdBy: "test",
      },
      [
        ["XFT", 0.08, 1],
        ["KEN", 0.02, 2],
        ["NOR", 0.001, 3],
      ].map(([iso3, probability, rank]) => ({
        iso3: iso3 as string,
        country: `Country ${iso3}`,
        ccode: null,
        dataYear: 2025,
        window: { from: 2026, to: 2027 },
        probability: probability as number,
        rank: rank as number,
        previousProbability: null,
        previousRank: null,
        drivers: [],
        categories: [],
      })),
    );
    const r = await h().call("GET", "/api/v1/overview");
    assert.equal(r.body.risk.runId, runId);
    assert.equal(r.body.risk.dataYear, 2025);
    assert.equal(r.body.risk.scored, 3);
    const ken = r.body.risk.countries.find((c: Json) => c.iso3 === "KEN");
    assert.equal(ken.band, "elevated");
    assert.equal(ken.name, "Kenya");
    assert.deepEqual(ken.features, [{ id: "404", name: "Kenya" }]);
    const xft = r.body.countries.find((c: Json) => c.iso3 === "XFT");
    assert.equal(xft.risk.band, "high");
    assert.equal(xft.risk.rank, 1);
  });

  test("past the time budget: the latest stored assessment or pending, then computed in the background", async () => {
    const app = h().store.app;
    const assessment = openAssessment(app);
    const sit = await create(h(), "situations", {
      name: "Fictional late",
      country: "XFT",
      sensitivity: "public",
    });
    const stored = await create(h(), "situations", {
      name: "Fictional stored",
      country: "XFT",
      sensitivity: "public",
    });
    await assessment.snapshot(stored.id, {}, { actor: "test", clearance: "confidential" });
    // Evidence changed after the snapshot: its cache is out of date.
    await create(h(), "events", {
      title: "Fictional detention",
      dateStart: "2026-01-05",
      acts: [{ type: "arbitrary-detention" }],
      situationIds: [stored.id],
      sensitivity: "public",
    });
    const service = new OverviewService({
      assessment,
      store: new KyselyOverviewStore(app.database.db),
      atlasFeatures: () => [],
      countryName: () => null,
      budgetMs: 0,
      log: () => {},
    });
    const caller = { actor: "test", clearance: "confidential" as const };
    const first = await service.overview(caller);
    const xft = first.countries.find((c) => c.iso3 === "XFT");
    const bases = new Map(xft?.situations.map((s) => [s.id, s.basis]));
    assert.equal(first.complete, false);
    assert.equal(bases.get(sit.id), "pending");
    assert.equal(bases.get(stored.id), "snapshot");
    assert.equal(xft?.situations.find((s) => s.id === sit.id)?.level, null);
    await service.idle();
    const second = await service.overview(caller);
    assert.equal(second.complete, true);
    assert.ok(second.countries.flatMap((c) => c.situations).every((s) => s.basis === "cache"));
  });
});
