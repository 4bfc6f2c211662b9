import assert from "node:assert/strict";
import { test } from "node:test";
import { openAssessment } from "../../src/adapters/db/assessment/open-assessment.ts";
import { KyselyOverviewStore } from "../../src/adapters/db/overview/kysely-overview-store.ts";
import { type Overview, OverviewService } from "../../src/app/overview/overview.service.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import { openOverview } from "../../src/http/overview/overview.routes.ts";
import type { OverviewStore } from "../../src/ports/overview-store.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };
const reader: Caller = { actor: "reader:test", clearance: "internal" };
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => isoFromDay(dayNumber(TODAY) + offset);

/** The overview is answered from memory while nothing changed, and computed again after any change. */
onEachEngine("overview kept in memory by the store's change key", (store) => {
  const app = () => store().app;
  let overview: OverviewService;
  let situationId = "";
  let sourceId = "";

  const levelOf = (o: Overview, id: string) =>
    o.countries.flatMap((c) => c.situations).find((s) => s.id === id)?.level;
  const reported = async (title: string, offset: number, acts: string[], credibility = 2) => {
    const e = await app().evidence.create(
      "event",
      {
        title,
        dateStart: day(offset),
        acts: acts.map((type) => ({ type })),
        situationIds: [situationId],
        fatalities: { low: 30, best: 40, high: 60 },
        sensitivity: "public",
      },
      analyst,
    );
    await app().evidence.create(
      "claim",
      { sourceId, eventId: e.id, statement: "Reported", credibility, sensitivity: "public" },
      analyst,
    );
  };

  test("unchanged store: the same overview from memory; evidence, override and situation changes show at once", async () => {
    overview = openOverview(app());
    sourceId = (
      await app().evidence.create(
        "source",
        { kind: "organisation", name: "Fictional Monitor", reliability: "B", sensitivity: "public" },
        analyst,
      )
    ).id;
    situationId = (
      await app().evidence.create(
        "situation",
        { name: "Fictional North", country: "ATA", sensitivity: "public" },
        analyst,
      )
    ).id;
    await reported("Fictional arrest", -10, ["arbitrary-detention"]);
    const first = await overview.overview(reader);
    assert.equal(first.complete, true);
    const before = levelOf(first, situationId);
    assert.ok(before);
    assert.equal(await overview.overview(reader), first, "answered from memory");

    // Evidence: massacres by two sources raise the level; the next overview shows it.
    for (let i = 0; i < 4; i++) await reported(`Fictional massacre ${i}`, -3 - i, ["massacre", "killing"], 2);
    const second = await overview.overview(reader);
    assert.notEqual(second, first);
    const raised = levelOf(second, situationId);
    assert.notEqual(raised, before, "the massacres moved the level");
    assert.equal(await overview.overview(reader), second);

    // An analyst's override: nothing moves until a second person approves it (two-person rule).
    const proposed = await app()
      .alerts.assessment()
      .override(
        situationId,
        { target: "level", value: "watch", reason: "Test override of the fictional level" },
        analyst,
      );
    assert.equal(levelOf(await overview.overview(reader), situationId), raised, "a proposal changes nothing");
    await app()
      .alerts.assessment()
      .approveOverride(situationId, proposed.id, { actor: "reviewer:test", clearance: "confidential" });
    const third = await overview.overview(reader);
    assert.equal(levelOf(third, situationId), "watch");
    const o = third.countries.flatMap((c) => c.situations).find((s) => s.id === situationId);
    assert.equal(o?.overridden, true);

    // A new situation.
    const south = await app().evidence.create(
      "situation",
      { name: "Fictional South", country: "ATA", sensitivity: "public" },
      analyst,
    );
    const fourth = await overview.overview(reader);
    assert.ok(levelOf(fourth, south.id), "the new situation is listed");
    assert.equal(await overview.overview(reader), fourth);
  });

  test("a country's outline is read once and reused after a change; read again once older than its age", async () => {
    const base = new KyselyOverviewStore(app().database.db);
    let reads = 0;
    const counted: OverviewStore = {
      situations: (c) => base.situations(c),
      changeKey: () => base.changeKey(),
      closedSituations: (access) => base.closedSituations(access),
      eventLocations: (countries, c) => {
        reads++;
        return base.eventLocations(countries, c);
      },
    };
    const make = (maxAgeMs: number) =>
      new OverviewService({
        assessment: openAssessment(app()),
        store: counted,
        atlasFeatures: () => [], // no map shapes: every country is outlined from its events
        countryName: () => null,
        maxAgeMs,
      });
    const located = (latitude: number, longitude: number) =>
      app().evidence.create(
        "event",
        {
          title: "Fictional located event",
          dateStart: day(-2),
          acts: [{ type: "arbitrary-detention" }],
          situationIds: [situationId],
          place: { country: "ATA", latitude, longitude, precision: "exact" },
          sensitivity: "public",
        },
        analyst,
      );
    for (const [lat, lon] of [
      [-75, 10],
      [-76, 12],
      [-77, 10],
    ] as const)
      await located(lat, lon);
    const kept = make(60_000);
    const ring = async (s: OverviewService) =>
      JSON.stringify((await s.overview(reader)).countries.find((c) => c.iso3 === "ATA")?.shape);
    const before = await ring(kept);
    assert.match(before, /approximate/);
    assert.equal(reads, 1);
    await located(-70, 40); // a change: the overview is computed again, the outline is not read again
    assert.equal(await ring(kept), before);
    assert.equal(reads, 1);

    const aged = make(0);
    const agedFirst = await ring(aged);
    assert.equal(reads, 2);
    await located(-72, 60);
    // A new key: computed with the places in memory, which are read again behind (they are aged).
    await aged.overview(reader);
    await aged.idle();
    assert.ok(reads >= 3);
    // Aged: served, and computed again behind with the places read since.
    await aged.overview(reader);
    await aged.idle();
    assert.notEqual(await ring(aged), agedFirst, "the outline grew to the new place");
    assert.equal(await ring(kept), before, "the other service still has its outline");
  });

  test("each clearance has its own overview", async () => {
    const pub = await overview.overview({ actor: "public", clearance: "public" });
    assert.notEqual(pub, await overview.overview(reader));
    assert.equal(await overview.overview({ actor: "public", clearance: "public" }), pub);
  });
});
