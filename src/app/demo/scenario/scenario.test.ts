import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isActType } from "../../../domain/evidence/acts.ts";
import { findIndicator } from "../../../domain/stages/catalogue.ts";
import { INPUT_SCHEMAS, parseInput } from "../../input-schemas.ts";
import { buildScenario, declaredCounts } from "./build.ts";
import { FICTIONAL, SCENARIO_DATE, WINDOW_START } from "./constants.ts";
import { confidentialValues, contestedEventKeys } from "./facts.ts";
import { COUNTRY_OUTLINE, TOWNS } from "./geography.ts";
import { claimInput, documentMetadata, eventInput, situationInput } from "./inputs.ts";

const s = buildScenario();
const fakeId = (key: string) => {
  const hex = Buffer.from(key).toString("hex").padEnd(32, "0").slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
const byKey = new Map(s.events.map((e) => [e.key, e]));
const VIOLENT = [
  "killing",
  "massacre",
  "torture",
  "sexual-violence",
  "forced-displacement",
  "arbitrary-detention",
  "disappearance",
  "destruction-of-homes",
  "attack-on-hospital",
];

describe("the training scenario as data", () => {
  test("declares the counts the brief asks for", () => {
    const counts = declaredCounts(s);
    assert.equal(counts.situation, 4);
    assert.ok(counts.event >= 60 && counts.event <= 120, `${counts.event} events`);
    assert.ok(counts.claim > counts.event, "several sources speak about the same events");
    assert.ok(counts.document >= 15 && counts.source >= 8);
  });

  test("every record passes the evidence schemas", () => {
    for (const r of s.sources) parseInput(INPUT_SCHEMAS.source, { ...r, key: undefined }, r.key);
    for (const r of s.situations) parseInput(INPUT_SCHEMAS.situation, situationInput(r, fakeId), r.key);
    for (const r of s.documents) parseInput(INPUT_SCHEMAS.document, documentMetadata(r, fakeId), r.key);
    for (const r of s.events) parseInput(INPUT_SCHEMAS.event, eventInput(r, fakeId), r.key);
    for (const r of s.claims) parseInput(INPUT_SCHEMAS.claim, claimInput(r, fakeId), r.key);
  });

  test("acts come from the controlled vocabulary; extensions are the two declared ones", () => {
    const types = new Set(s.events.flatMap((e) => e.acts.map((a) => a.type)));
    for (const t of types) assert.ok(isActType(t), t);
    assert.deepEqual([...types].filter((t) => t.startsWith("x-")).sort(), [
      "x-death-list",
      "x-evidence-destruction",
    ]);
    for (const t of [
      "massacre",
      "denial-statement",
      "militia-formation",
      "arms-build-up",
      "forced-displacement",
      "dehumanising-propaganda",
      "discriminatory-law-or-policy",
      "forced-marking",
      "emergency-decree",
    ])
      assert.ok(types.has(t), `no ${t} event`);
  });

  test("the year of events lies in the fixed window; the past episode years before it", () => {
    const past = s.events.filter((e) => e.dateStart < WINDOW_START);
    const year = s.events.filter((e) => e.dateStart >= WINDOW_START);
    assert.ok(
      past.length >= 3 && past.every((e) => e.dateStart < "2015-01-01"),
      "a past episode years earlier",
    );
    assert.ok(year.length >= 60);
    for (const e of s.events)
      assert.ok((e.dateEnd ?? e.dateStart) <= SCENARIO_DATE, `${e.key} after the scenario date`);
    for (const c of s.claims)
      assert.ok(c.statedAt <= SCENARIO_DATE, `${c.key} stated after the scenario date`);
    for (const d of s.documents) assert.ok(d.collectedAt.slice(0, 10) <= SCENARIO_DATE, d.key);
    const months = new Set(year.map((e) => e.dateStart.slice(0, 7)));
    assert.ok(months.size >= 13, `events in only ${months.size} months`);
  });

  test("dates and places carry every precision", () => {
    const dates = new Set(s.events.map((e) => e.datePrecision));
    assert.deepEqual([...dates].sort(), ["day", "month", "unknown-day", "year"]);
    const places = new Set(s.events.map((e) => e.place.precision));
    for (const p of ["exact", "near", "admin2", "admin1", "country"]) assert.ok(places.has(p as never), p);
  });

  test("sources are graded A to F with reasons; claims use credibility 1 to 6", () => {
    assert.deepEqual([...new Set(s.sources.map((r) => r.reliability))].sort(), [
      "A",
      "B",
      "C",
      "D",
      "E",
      "F",
    ]);
    for (const r of s.sources) assert.ok((r.reliabilityReason ?? "").length > 20, r.key);
    assert.deepEqual([...new Set(s.claims.map((c) => c.credibility))].sort(), [1, 2, 3, 4, 5, 6]);
    for (const c of s.claims) assert.ok(c.credibilityReason.length > 5, c.key);
    const datasets = s.sources.filter((r) => r.kind === "dataset");
    assert.ok(datasets.length >= 2);
    for (const d of datasets) assert.ok(d.licence && d.attribution && d.accessedAt, d.key);
  });

  test("claims disagree: contested tolls, dates and perpetrators", () => {
    const contested = contestedEventKeys(s);
    assert.ok(contested.length >= 10, `${contested.length} contested events`);
    const assertedBy = (key: string, field: "fatalities" | "dateStart" | "perpetrators") =>
      new Set(
        s.claims
          .filter((c) => c.event === key && c.assertion?.[field])
          .map((c) => JSON.stringify(c.assertion?.[field])),
      );
    assert.ok(assertedBy("event:halbrenn-massacre", "fatalities").size >= 3);
    assert.ok(assertedBy("event:halbrenn-massacre", "dateStart").size === 2);
    assert.ok(assertedBy("event:saddow-pass-massacre", "dateStart").size === 2);
    assert.ok(assertedBy("event:grellin-massacre", "perpetrators").size === 2);
    assert.ok(contested.includes("event:ustrel-massacre-2011"), "the past episode is contested too");
  });

  test("confidential values exist: witnesses, a source contact, collectors, confidential records", () => {
    const witnesses = s.claims.filter((c) => c.witness);
    assert.ok(witnesses.length >= 8, `${witnesses.length} witness fields`);
    for (const c of witnesses)
      assert.notEqual(c.sensitivity, "public", `${c.key} names a witness in a public claim`);
    assert.ok(s.sources.some((r) => r.contact));
    for (const kind of ["events", "claims", "documents"] as const)
      assert.ok(
        s[kind].some((r) => r.sensitivity === "confidential"),
        `no confidential ${kind}`,
      );
    assert.ok(confidentialValues(s).length >= 15);
  });

  test("a claim is never less protected than its event", () => {
    const rank = { public: 0, internal: 1, confidential: 2 };
    for (const c of s.claims.filter((c) => c.event)) {
      const e = byKey.get(c.event ?? "");
      assert.ok(e && rank[c.sensitivity] >= rank[e.sensitivity], c.key);
    }
  });

  test("each situation has the profile it is designed for", () => {
    const acts = (situation: string) =>
      new Set(
        s.events.filter((e) => e.situations.includes(situation)).flatMap((e) => e.acts.map((a) => a.type)),
      );
    const faith = acts("situation:sarrowites");
    assert.ok(
      VIOLENT.every((t) => !faith.has(t)),
      "the Watch situation has no violence",
    );
    assert.ok(faith.has("dehumanising-propaganda") && faith.has("forced-marking"));
    const teskal = acts("situation:teskal");
    assert.ok(!teskal.has("massacre"), "the Warning situation has no massacre");
    for (const t of [
      "militia-formation",
      "arms-build-up",
      "x-death-list",
      "forced-displacement",
      "emergency-decree",
    ])
      assert.ok(teskal.has(t), t);
    const orvanne = acts("situation:orvanne");
    for (const t of [
      "massacre",
      "denial-statement",
      "attack-on-hospital",
      "destruction-of-cultural-property",
    ])
      assert.ok(orvanne.has(t), t);
    const covenant = s.events.filter((e) => e.situations.includes("situation:covenant"));
    assert.ok(covenant.every((e) => e.perpetrators.every((p) => p.actor === "actor:covenant")));
  });

  test("indicator claims use ids of the engine's catalogue", () => {
    const used = s.claims.flatMap((c) => (c.indicator ? [c.indicator] : []));
    assert.ok(used.length >= 10);
    for (const id of used) assert.ok(findIndicator(id), `${id} is not in the catalogue`);
    for (const c of s.claims.filter((c) => c.indicator)) assert.ok(c.situation, `${c.key} has no situation`);
  });

  test("locators point at passages that exist in their documents", () => {
    const docs = new Map(s.documents.map((d) => [d.key, d]));
    for (const c of s.claims.filter((c) => c.document)) {
      const text = docs.get(c.document ?? "")?.text ?? "";
      const locator = c.locator ?? "";
      const paras = /^paras?\. (\d+)(?:-(\d+))?$/.exec(locator);
      const post = /^post (\d+)$/.exec(locator);
      const row = /^row (HED-XFT-\d+)$/.exec(locator);
      if (paras)
        for (const n of paras.slice(1).filter(Boolean))
          assert.match(text, new RegExp(`^${n}\\. `, "m"), `${c.key}: ${locator}`);
      else if (post)
        assert.ok(
          docs.get(c.document ?? "")?.original.includes(`"id": "${post[1]}"`),
          `${c.key}: ${locator}`,
        );
      else if (row) assert.match(text, new RegExp(`^${row[1]},`, "m"), `${c.key}: ${locator}`);
      else assert.fail(`${c.key}: unknown locator "${locator}"`);
    }
  });

  test("everything shown as a name, title or description is labelled fictional", () => {
    const fictional = /fictional/i;
    for (const r of s.sources) assert.match(r.name, fictional, r.key);
    for (const r of s.situations) {
      assert.match(r.name, fictional, r.key);
      assert.ok(r.description.includes(FICTIONAL), r.key);
    }
    for (const r of [...s.groups, ...s.actors]) assert.ok(r.description?.includes(FICTIONAL), r.key);
    for (const e of s.events) assert.ok(e.description.includes(FICTIONAL), e.key);
    for (const d of s.documents) {
      assert.match(d.title, fictional, d.key);
      assert.ok(d.text.toLowerCase().includes(FICTIONAL), `${d.key} text`);
      assert.ok(d.original.toLowerCase().includes(FICTIONAL), `${d.key} original`);
    }
    for (const d of s.documents)
      if (d.originUrl) assert.match(new URL(d.originUrl).hostname, /\.example$/, d.key);
  });

  test("every town lies inside the invented country's outline, in open ocean", () => {
    const ring = COUNTRY_OUTLINE.geometry.coordinates[0];
    for (const [key, t] of Object.entries(TOWNS)) {
      assert.ok(insidePolygon(t.longitude, t.latitude, ring), `${key} outside the outline`);
      assert.ok(t.latitude < -35 && t.latitude > -42 && t.longitude < -124 && t.longitude > -132, key);
    }
  });

  test("is the same on every build and whatever the clock says", (t) => {
    const first = JSON.stringify(buildScenario());
    t.mock.timers.enable({ apis: ["Date"], now: Date.parse("2031-05-05T12:00:00Z") });
    try {
      assert.equal(JSON.stringify(buildScenario()), first);
    } finally {
      t.mock.timers.reset();
    }
  });
});

function insidePolygon(x: number, y: number, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
