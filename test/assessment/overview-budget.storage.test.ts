import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import { KyselyOverviewStore } from "../../src/adapters/db/overview/kysely-overview-store.ts";
import type { AssessmentService } from "../../src/app/assessment/assessment.service.ts";
import { OverviewService } from "../../src/app/overview/overview.service.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { disposeStore, freshPGlite, type TestStore } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const reader: Caller = { actor: "reader:test", clearance: "internal" };

let store: TestStore;
before(async () => {
  store = await freshPGlite();
});
after(async () => {
  if (store) await disposeStore(store);
});

test("a computation past the overview's budget goes on behind, once; meanwhile the stored assessment stands in", async () => {
  const app = store.app;
  const engine = openAssessment(app);
  const situation = await app.evidence.create(
    "situation",
    { name: "Fictional East", country: "ATA", sensitivity: "public" },
    analyst,
  );
  await engine.snapshot(situation.id, {}, reader);
  // A change after the snapshot: the cached tallies are out of date.
  await app.evidence.create(
    "event",
    {
      title: "Fictional killing",
      dateStart: engine.today(),
      acts: [{ type: "killing" }],
      situationIds: [situation.id],
      sensitivity: "public",
    },
    analyst,
  );
  // Reading this situation's evidence takes 400 ms (as 5,000 events do on a loaded machine at 1M).
  let computations = 0;
  const slow = new Proxy(engine, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key !== "tallies") return typeof value === "function" ? value.bind(target) : value;
      return async (...args: Parameters<AssessmentService["tallies"]>) => {
        computations++;
        await new Promise((resolve) => setTimeout(resolve, 400));
        return target.tallies(...args);
      };
    },
  });
  const overview = new OverviewService({
    assessment: slow,
    store: new KyselyOverviewStore(app.database.db),
    atlasFeatures: () => [],
    countryName: () => null,
    budgetMs: 50,
    log: () => {},
  });
  const first = await overview.overview(reader);
  const line = first.countries.flatMap((c) => c.situations).find((s) => s.id === situation.id);
  assert.equal(first.complete, false);
  assert.equal(line?.basis, "snapshot", "the stored assessment stands in");
  // A request while it runs behind does not wait for it again, nor start another.
  const meanwhile = await overview.overview(reader);
  assert.equal(
    meanwhile.countries.flatMap((c) => c.situations).find((s) => s.id === situation.id)?.basis,
    "snapshot",
  );
  await overview.idle();
  assert.equal(computations, 1, "the request's computation went on behind; warming joined it");
  const second = await overview.overview(reader);
  assert.equal(second.complete, true);
  const now = second.countries.flatMap((c) => c.situations).find((s) => s.id === situation.id);
  assert.equal(now?.basis, "cache", "computed behind, then read from the cache");
  assert.equal(computations, 1);
});
