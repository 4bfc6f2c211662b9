import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { syntheticGdeltRow } from "../../../test/support/synthetic-rows.ts";
import { readDelimited } from "../../adapters/importers/delimited-rows.ts";
import { CORE_ACT_TYPES } from "../evidence/acts.ts";
import { EventInput, SourceInput } from "../evidence/entities.ts";
import { CAMEO_CODES } from "./cameo.ts";
import { FieldError } from "./field-error.ts";
import { GDELT_COLUMNS, GDELT_EVENTS, keepGdeltRow, mapGdeltRow } from "./gdelt.ts";

/** A synthetic row in the GDELT 2.0 export schema (values invented, not taken from any GDELT file). */
const row = syntheticGdeltRow;

const actOf = (overrides: Record<string, string>) => mapGdeltRow(row(overrides)).acts.map((a) => a.type);

describe("GDELT 2.0 event exports", () => {
  test("202 mass killings: a massacre in Sudan (FIPS SU), low credibility, no fatality figure", () => {
    const r = mapGdeltRow(row());
    assert.equal(r.externalId, "900000001");
    assert.deepEqual(
      r.acts.map((a) => a.type),
      ["massacre"],
    );
    assert.match(r.acts[0]?.description ?? "", /Engage in mass killings \(CAMEO 202/);
    assert.equal(r.place.country, "SDN");
    assert.equal(r.place.precision, "near");
    assert.equal(r.place.latitude, 13.5);
    assert.equal(r.place.longitude, 25.25);
    assert.equal(r.dateStart, "2024-03-05");
    assert.equal(r.dateEnd, null);
    assert.equal(r.datePrecision, "day");
    assert.deepEqual(r.fatalities, { low: null, best: null, high: null });
    assert.equal(r.credibility, 4);
    assert.deepEqual(r.actors, [
      { key: "gdelt:SYNMIL", name: "SYNTHETIC ARMY", kind: "state-forces", involvement: "alleged" },
    ]);
    assert.match(r.description ?? "", /SYNTHETIC ARMY against SYNTHETIC VILLAGERS/);
    assert.match(r.statement, /CAMEO 202 "Engage in mass killings"/);
    assert.match(r.statement, /2 sources in 5 articles/);
    assert.match(r.statement, /https:\/\/news\.example\.org\/synthetic-report/);
    // What the store will be given validates as an event.
    EventInput.parse({ ...r, externalId: { dataset: "gdelt", id: r.externalId } });
  });

  test("CAMEO codes map onto tocsin's acts", () => {
    assert.deepEqual(actOf({ EventCode: "201", EventBaseCode: "201" }), ["forced-displacement"]);
    const cleansing = mapGdeltRow(row({ EventCode: "203", EventBaseCode: "203" })).acts[0];
    assert.equal(cleansing?.type, "forced-displacement");
    assert.match(cleansing?.description ?? "", /ethnic cleansing/);
    const assault = { EventRootCode: "18", EventBaseCode: "182" };
    assert.deepEqual(actOf({ ...assault, EventCode: "1823" }), ["killing"]);
    assert.deepEqual(actOf({ ...assault, EventCode: "1821" }), ["sexual-violence"]);
    assert.deepEqual(actOf({ ...assault, EventCode: "1822" }), ["torture"]);
    assert.deepEqual(actOf({ EventRootCode: "18", EventCode: "186" }), ["killing"]);
    assert.deepEqual(actOf({ EventRootCode: "18", EventCode: "181" }), ["disappearance"]);
    const shield = mapGdeltRow(row({ EventRootCode: "18", EventCode: "184" })).acts[0];
    assert.equal(shield?.type, "other");
    assert.match(shield?.description ?? "", /Use as human shield \(CAMEO 184/);
    assert.deepEqual(actOf({ EventCode: "2041" }), ["other"]);
  });

  test("193 fight: a battle with both actors as parties", () => {
    const r = mapGdeltRow(
      row({
        EventRootCode: "19",
        EventCode: "193",
        Actor2Code: "SYNREB",
        Actor2Name: "SYNTHETIC FRONT",
        Actor2Type1Code: "REB",
      }),
    );
    assert.deepEqual(
      r.acts.map((a) => a.type),
      ["battle"],
    );
    assert.deepEqual(
      r.actors.map((a) => [a.key, a.kind]),
      [
        ["gdelt:SYNMIL", "state-forces"],
        ["gdelt:SYNREB", "armed-group"],
      ],
    );
  });

  test("an actor without a code is keyed by its name; without either there is none", () => {
    const named = mapGdeltRow(row({ Actor1Code: "", Actor1Type1Code: "" }));
    assert.deepEqual(named.actors, [
      { key: "gdelt:SYNTHETIC ARMY", name: "SYNTHETIC ARMY", kind: "other", involvement: "alleged" },
    ]);
    assert.deepEqual(mapGdeltRow(row({ Actor1Code: "", Actor1Name: "" })).actors, []);
  });

  test("only CAMEO roots 18, 19 and 20 are kept", () => {
    assert.equal(keepGdeltRow(row({ EventRootCode: "04", EventCode: "042", EventBaseCode: "042" })), false);
    assert.equal(keepGdeltRow(row({ EventRootCode: "14", EventCode: "145" })), false);
    assert.equal(keepGdeltRow(row()), true);
    assert.equal(keepGdeltRow(row({ EventRootCode: "18", EventCode: "1823" })), true);
    assert.equal(keepGdeltRow(row({ EventRootCode: "19", EventCode: "193" })), true);
    // Unreadable or contradictory: kept, so that mapping rejects it by column rather than skipping it unseen.
    assert.equal(keepGdeltRow(row({ EventRootCode: "X" })), true);
    assert.equal(keepGdeltRow(row({ EventRootCode: "04" })), true);
  });

  test("place from ActionGeo: FIPS codes through the crosswalk, precision from the geographic type", () => {
    const place = (o: Record<string, string>) => mapGdeltRow(row(o)).place;
    assert.equal(place({ ActionGeo_CountryCode: "UK" }).country, "GBR");
    assert.equal(place({ ActionGeo_CountryCode: "CG" }).country, "COD");
    assert.equal(place({ ActionGeo_CountryCode: "CF" }).country, "COG");
    assert.equal(place({ ActionGeo_CountryCode: "BM" }).country, "MMR");
    assert.equal(place({ ActionGeo_CountryCode: "KV" }).country, "XKX");
    assert.equal(place({ ActionGeo_CountryCode: "OD" }).country, "SSD");
    assert.equal(place({ ActionGeo_Type: "1" }).precision, "country");
    assert.equal(place({ ActionGeo_Type: "2" }).precision, "admin1");
    assert.equal(place({ ActionGeo_Type: "3" }).precision, "near");
    assert.equal(place({ ActionGeo_Type: "5" }).precision, "admin1");
    assert.equal(place({ ActionGeo_Type: "" }).precision, "country", "a country without a level");
    const nowhere = place({
      ActionGeo_Type: "0",
      ActionGeo_FullName: "",
      ActionGeo_CountryCode: "",
      ActionGeo_Lat: "",
      ActionGeo_Long: "",
    });
    assert.deepEqual([nowhere.country, nowhere.precision, nowhere.latitude], [null, "unknown", null]);
  });

  test("a bad value names its column", () => {
    const cases: [Record<string, string>, string][] = [
      [{ ActionGeo_CountryCode: "ZZ" }, "ActionGeo_CountryCode"],
      [{ ActionGeo_CountryCode: "PF" }, "ActionGeo_CountryCode"],
      [{ SQLDATE: "2024-03-05" }, "SQLDATE"],
      [{ SQLDATE: "20240230" }, "SQLDATE"],
      [{ SQLDATE: "" }, "SQLDATE"],
      [{ EventCode: "2043" }, "EventCode"],
      [{ EventCode: "042", EventRootCode: "04" }, "EventCode"],
      [{ EventRootCode: "19" }, "EventRootCode"],
      [{ GLOBALEVENTID: "abc" }, "GLOBALEVENTID"],
      [{ NumSources: "" }, "NumSources"],
      [{ NumArticles: "many" }, "NumArticles"],
      [{ ActionGeo_Type: "7" }, "ActionGeo_Type"],
      [{ ActionGeo_Lat: "95" }, "ActionGeo_Lat"],
    ];
    for (const [overrides, column] of cases) {
      assert.throws(
        () => mapGdeltRow(row(overrides)),
        (e: unknown) => e instanceof FieldError && e.column === column,
        column,
      );
    }
    const missing = row();
    delete missing.ActionGeo_CountryCode;
    assert.throws(
      () => mapGdeltRow(missing),
      (e: unknown) => e instanceof FieldError && e.column === "ActionGeo_CountryCode",
    );
  });

  test("the CAMEO table: the codebook's 14, 9 and 7 codes under roots 18, 19, 20, each a known act", () => {
    const codes = Object.keys(CAMEO_CODES);
    assert.deepEqual(
      ["18", "19", "20"].map((root) => codes.filter((c) => c.startsWith(root)).length),
      [14, 9, 7],
    );
    for (const [code, { act }] of Object.entries(CAMEO_CODES)) {
      assert.ok((CORE_ACT_TYPES as readonly string[]).includes(act), code);
    }
    assert.equal(CAMEO_CODES["2042"]?.label, "Detonate nuclear weapons");
    assert.equal(CAMEO_CODES["2043"], undefined);
  });

  test("the dataset is a low-reliability Source with GDELT's attribution", () => {
    const source = SourceInput.parse({ kind: "dataset", ...GDELT_EVENTS.dataset });
    assert.equal(source.reliability, "F");
    assert.match(source.reliabilityReason ?? "", /machine-coded/);
    assert.match(source.attribution ?? "", /GDELT Project.*gdeltproject\.org.*Leetaru.*Schrodt/);
    assert.equal(GDELT_EVENTS.delimiter, "\t");
    assert.equal(GDELT_EVENTS.headerlessOrder?.length, 61);
    for (const column of GDELT_EVENTS.columns)
      assert.ok((GDELT_COLUMNS as readonly string[]).includes(column));
  });
});

describe("GDELT export files (headerless, tab-separated)", () => {
  const line = (o: Record<string, string> = {}) => GDELT_COLUMNS.map((c) => row(o)[c]).join("\t");

  async function withFile(content: string, run: (file: string) => Promise<void>) {
    const dir = await mkdtemp(join(tmpdir(), "tocsin-gdelt-"));
    try {
      const file = join(dir, "20240305120000.export.CSV");
      await writeFile(file, content);
      await run(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  test("is read without a header; kept rows map, root 04 is skipped, a short line is a reject", async () => {
    const content = [
      line(),
      line({ GLOBALEVENTID: "900000002", EventRootCode: "04", EventCode: "042", EventBaseCode: "042" }),
      // A stray quote is data in GDELT's unquoted format.
      line({
        GLOBALEVENTID: "900000003",
        EventRootCode: "19",
        EventCode: "193",
        Actor1Name: 'SYNTHETIC "TIGERS"',
      }),
      line({ GLOBALEVENTID: "900000004" }).split("\t").slice(0, 60).join("\t"),
      "",
    ].join("\n");
    await withFile(content, async (file) => {
      let decision = "";
      const mapped: string[] = [];
      const skipped: string[] = [];
      const errors: string[] = [];
      for await (const item of readDelimited(file, GDELT_EVENTS, (d) => {
        decision = d.kind;
      })) {
        if (item.kind === "error") errors.push(`${item.line}: ${item.reason}`);
        else if (!GDELT_EVENTS.keep?.(item.row)) skipped.push(item.row.GLOBALEVENTID ?? "");
        else {
          const r = GDELT_EVENTS.mapRow(item.row);
          mapped.push(`${r.externalId} ${r.acts[0]?.type} ${r.actors.map((a) => a.name).join("/")}`);
        }
      }
      assert.equal(decision, "headerless");
      assert.deepEqual(mapped, [
        "900000001 massacre SYNTHETIC ARMY",
        '900000003 battle SYNTHETIC "TIGERS"/SYNTHETIC VILLAGERS',
      ]);
      assert.deepEqual(skipped, ["900000002"]);
      assert.deepEqual(errors, ["4: 60 fields where the header has 61"]);
    });
  });

  test("a first line of the wrong width is refused whole, naming the widths", async () => {
    const short = line().split("\t").slice(0, 57).join("\t");
    await withFile(`${short}\n`, async (file) => {
      await assert.rejects(async () => {
        for await (const _ of readDelimited(file, GDELT_EVENTS));
      }, /no header row, and 57 columns where gdelt has 61/);
    });
  });
});
