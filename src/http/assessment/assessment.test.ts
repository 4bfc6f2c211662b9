import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { create, httpHarness } from "../../../test/support/http.ts";
import { dayNumber, isoFromDay } from "../../domain/stages/scoring/decay.ts";
import { mountAssessment } from "./assessment.routes.ts";

const h = httpHarness();
const TODAY = new Date().toISOString().slice(0, 10);
const day = (n: number) => isoFromDay(dayNumber(TODAY) + n);

describe("the assessment API", () => {
  let situation = "";
  before(async () => {
    // Mounted here as the HTTP engineer will mount it in app.ts (before the first request).
    mountAssessment(h().app, {
      app: h().store.app,
      policy: { clearance: "confidential", publicMode: false },
    });
    const src = await create(h(), "sources", {
      kind: "organisation",
      name: "Fictional Monitor",
      reliability: "B",
      sensitivity: "public",
    });
    const other = await create(h(), "sources", {
      kind: "organisation",
      name: "Fictional Observers",
      reliability: "A",
      sensitivity: "public",
    });
    const s = await create(h(), "situations", {
      name: "Fictional East",
      country: "ATA",
      sensitivity: "public",
    });
    situation = s.id;
    for (const [i, sourceId] of [src.id, other.id].entries()) {
      const e = await create(h(), "events", {
        title: `Fictional detention ${i}`,
        dateStart: day(-10 - i),
        acts: [{ type: "arbitrary-detention" }],
        situationIds: [s.id],
        sensitivity: "public",
      });
      await create(h(), "claims", {
        sourceId,
        eventId: e.id,
        statement: "Seen",
        credibility: 2,
        statedAt: day(-9),
        sensitivity: "public",
      });
    }
  });

  test("GET assessment, POST a snapshot, history, explanation as JSON and as text", async () => {
    const a = await h().call("GET", `/api/v1/situations/${situation}/assessment`);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.level, "warning");
    assert.equal(a.body.method.rules, "tocsin-default@2026.1");
    const snap = await h().call("POST", `/api/v1/situations/${situation}/assessment`);
    assert.equal(snap.status, 200);
    const hist = await h().call("GET", `/api/v1/situations/${situation}/history`);
    assert.equal(hist.body.items[0].id, snap.body.id);
    const x = await h().call("GET", `/api/v1/situations/${situation}/explanation`);
    assert.equal(x.body.assessmentId, snap.body.id);
    assert.equal(
      x.body.stages[0].indicators[0].evidence[0].claims[0].source.name.startsWith("Fictional"),
      true,
    );
    const text = await h().call("GET", `/api/v1/situations/${situation}/explanation?format=text`);
    assert.match(text.body, /^Level: Warning/);
  });

  test("diff, replay, override and revoke; bad input is a problem naming the field", async () => {
    const d = await h().call("GET", `/api/v1/situations/${situation}/diff?from=${day(-30)}&to=${TODAY}`);
    assert.equal(d.status, 200);
    assert.equal(d.body.to.level, "warning");
    const r = await h().call(
      "GET",
      `/api/v1/situations/${situation}/replay?from=${day(-60)}&onset=${day(90)}`,
    );
    assert.equal(r.status, 200);
    assert.ok(r.body.leadTimeMonths >= 2);
    const o = await h().call("POST", `/api/v1/situations/${situation}/overrides`, {
      json: { target: "stage:9", value: "likely", reason: "Mass graves reported by our own field team" },
    });
    assert.equal(o.status, 200, JSON.stringify(o.body));
    assert.equal(o.body.status, "pending");
    assert.equal(
      (await h().call("GET", `/api/v1/situations/${situation}/assessment`)).body.level,
      "warning",
      "a proposal changes nothing",
    );
    const ap = await h().call("POST", `/api/v1/situations/${situation}/overrides/${o.body.id}/approve`, {
      headers: { "X-Tocsin-Actor": "second-person" },
    });
    assert.equal(ap.status, 200, JSON.stringify(ap.body));
    assert.equal(
      (await h().call("GET", `/api/v1/situations/${situation}/assessment`)).body.level,
      "emergency",
    );
    const bad = await h().call("POST", `/api/v1/situations/${situation}/overrides`, {
      json: { target: "stage:11", value: "likely", reason: "x" },
    });
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /target/);
    const rv = await h().call("POST", `/api/v1/situations/${situation}/overrides/${o.body.id}/revoke`, {
      json: { reason: "Field team report withdrawn" },
    });
    assert.equal(rv.status, 200);
    assert.equal((await h().call("GET", `/api/v1/situations/${situation}/assessment`)).body.level, "warning");
    const badDate = await h().call("GET", `/api/v1/situations/${situation}/assessment?asOf=2025-13-40`);
    assert.equal(badDate.status, 400);
    const missing = await h().call(
      "GET",
      "/api/v1/situations/00000000-0000-4000-8000-000000000000/assessment",
    );
    assert.equal(missing.status, 404);
    const all = await h().call("POST", "/api/v1/assessments/recompute");
    assert.equal(all.body.situations, 1);
  });
});
