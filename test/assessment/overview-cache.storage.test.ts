import assert from "node:assert/strict";
import { test } from "node:test";
import type { Overview, OverviewService } from "../../src/app/overview/overview.service.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../src/domain/stages/scoring/decay.ts";
import { openOverview } from "../../src/http/overview/overview.routes.ts";
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

    // An analyst's override.
    await app()
      .alerts.assessment()
      .override(
        situationId,
        { target: "level", value: "watch", reason: "Test override of the fictional level" },
        analyst,
      );
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

  test("each clearance has its own overview", async () => {
    const pub = await overview.overview({ actor: "public", clearance: "public" });
    assert.notEqual(pub, await overview.overview(reader));
    assert.equal(await overview.overview({ actor: "public", clearance: "public" }), pub);
  });
});
