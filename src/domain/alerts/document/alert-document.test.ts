import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { AppError, ValidationError } from "../../errors.ts";
import { suggestRecommendations } from "../recommendations/suggest.ts";
import type { AlertContent, Episode } from "./alert-document.ts";
import { applyEdit, parseEdit, readinessIssues } from "./alert-edit.ts";
import { alertTitle } from "./alert-title.ts";
import { transition } from "./alert-version.ts";
import { SINGLE_PERSON, TWO_PERSON } from "./approval-policy.ts";
import { attributionsFor, datasetNotice } from "./attributions.ts";
import { publicContent } from "./public-view.ts";

const episode = (id: string, sensitivity: Episode["sensitivity"] = "public"): Episode => ({
  eventId: id,
  title: `Event ${id}`,
  description: null,
  dateStart: "2011-03-14",
  dateEnd: null,
  datePrecision: "day",
  place: null,
  acts: ["massacre"],
  toll: { low: 180, best: 240, high: 410 },
  contested: false,
  sources: [
    {
      sourceId: "s1",
      name: "Open Monitor",
      reliability: "A",
      url: null,
      claimId: "c1",
      credibility: 1,
      statedAt: null,
      toll: null,
      sensitivity: "public",
    },
    {
      sourceId: "s2",
      name: "Hidden Network",
      reliability: "C",
      url: null,
      claimId: "c2",
      credibility: 2,
      statedAt: null,
      toll: null,
      sensitivity: "internal",
    },
  ],
  sensitivity,
});

export function sampleContent(): AlertContent {
  return {
    situation: {
      id: "sit",
      name: "Fictional North",
      country: "ATA",
      region: null,
      groups: [],
      perpetrators: [],
    },
    place: "Fictional North",
    title: alertTitle("emergency", "Fictional North"),
    summary: "",
    background: { text: "", episodes: [episode("e1"), episode("e2", "internal")] },
    currentSituation: { text: "", events: [episode("e3"), episode("e4", "confidential")] },
    determination: {
      asOf: "2026-09-30",
      method: { catalogue: "c", rules: "r@1", reading: "x" },
      stages: [
        {
          stage: 9,
          name: "Extermination",
          level: "established",
          computedLevel: "established",
          override: null,
          score: 3,
          indicators: [
            {
              id: "s9.massacre",
              title: "Massacres",
              level: "established",
              evidence: [
                {
                  kind: "event",
                  id: "e1",
                  title: "Open event",
                  date: "2026-01-17",
                  contested: false,
                  toll: null,
                  sources: [],
                  sensitivity: "public",
                },
                {
                  kind: "claim",
                  id: "c9",
                  title: "Secret statement",
                  date: "2026-01-17",
                  contested: false,
                  toll: null,
                  sources: [],
                  sensitivity: "confidential",
                },
              ],
            },
          ],
        },
      ],
      riskFactors: [],
      text: "At stage 9.",
    },
    level: { value: "emergency", computed: "emergency", rule: null, override: null, concerns: [] },
    recommendations: [],
    attributions: [],
  };
}

describe("alert workflow", () => {
  test("draft -> in review -> published; review -> draft; everything else is refused with a conflict", () => {
    assert.equal(transition("draft", "submit", "v1"), "in-review");
    assert.equal(transition("in-review", "return", "v1"), "draft");
    assert.equal(transition("in-review", "publish", "v1"), "published");
    assert.equal(transition("draft", "edit", "v1"), "draft");
    for (const [status, action] of [
      ["draft", "publish"],
      ["draft", "return"],
      ["in-review", "edit"],
      ["in-review", "submit"],
      ["published", "edit"],
      ["published", "submit"],
      ["published", "return"],
      ["published", "publish"],
    ] as const) {
      assert.throws(
        () => transition(status, action, "v1"),
        (e: AppError) => e.code === "conflict" && e.message.includes(status),
        `${status} ${action}`,
      );
    }
  });

  test("readiness names every missing part; a correction needs a change note", () => {
    const c = sampleContent();
    const paths = readinessIssues(c, true, "short").map((i) => i.path);
    assert.deepEqual(paths, ["summary", "currentSituation.text", "recommendations", "changeNote"]);
    const ready = {
      ...c,
      summary: "S",
      currentSituation: { ...c.currentSituation, text: "T" },
      recommendations: [
        {
          libraryId: null,
          addressee: "states" as const,
          text: "Act.",
          basis: { stages: [], riskFactors: [] },
        },
      ],
    };
    assert.deepEqual(readinessIssues(ready, false, null), []);
    assert.deepEqual(readinessIssues(ready, true, "Corrected the toll of event 3."), []);
  });

  test("the two-person policy refuses an author, a submitter or a caller without a reviewer role; the single-person one does not", () => {
    const v = { editors: ["ana", "bo"], submittedBy: "cy" };
    const as = (actor: string, extra: object = {}) => ({ actor, clearance: "internal" as const, ...extra });
    assert.equal(SINGLE_PERSON.refusal(v, as("ana")), null);
    for (const author of ["ana", "bo", "cy"])
      assert.match(TWO_PERSON.refusal(v, as(author)) ?? "", /reviewer other than its authors/);
    assert.equal(TWO_PERSON.refusal(v, as("rev")), null, "a caller without roles (today) may approve");
    assert.match(TWO_PERSON.refusal(v, as("rev", { roles: ["analyst"] })) ?? "", /reviewer or admin role/);
    assert.equal(TWO_PERSON.refusal(v, as("rev", { roles: ["reviewer"] })), null);
    assert.equal(TWO_PERSON.refusal(v, as("rev", { role: "admin" })), null);
  });
});

describe("alert edits", () => {
  test("an edit changes texts, picks and orders episodes, fills recommendations from the library, retitles by place", () => {
    const edit = parseEdit({
      place: "Fictional North Province",
      summary: "New summary",
      background: { episodeIds: ["e2", "e1"] },
      recommendations: [
        { libraryId: "s9.protection-force", addressee: "un-security-council", text: "Protect civilians." },
      ],
    });
    const { content } = applyEdit(sampleContent(), edit);
    assert.equal(content.title, "Genocide Emergency: Fictional North Province");
    assert.equal(content.summary, "New summary");
    assert.deepEqual(
      content.background.episodes.map((e) => e.eventId),
      ["e2", "e1"],
    );
    assert.deepEqual(content.recommendations[0]?.basis.stages, [9]);
  });

  test("bad edits name each bad field", () => {
    assert.throws(
      () => parseEdit({ title: "x", recommendations: [{ addressee: "nobody", text: "" }] }),
      (e: ValidationError) => {
        const paths = e.issues.map((i) => i.path).sort();
        assert.deepEqual(paths, ["recommendations.0.addressee", "recommendations.0.text", "title"]);
        return true;
      },
    );
    assert.throws(
      () =>
        applyEdit(
          sampleContent(),
          parseEdit({
            background: { episodeIds: ["nope"] },
            recommendations: [{ libraryId: "zz", addressee: "states", text: "t" }],
          }),
        ),
      (e: ValidationError) =>
        [...e.issues.map((i) => i.path)].sort().join() ===
        "background.episodeIds.0,recommendations.0.libraryId",
    );
  });
});

describe("public view and attributions", () => {
  test("publicContent drops every internal or confidential episode, source and finding", () => {
    const p = publicContent(sampleContent());
    assert.deepEqual(
      p.background.episodes.map((e) => e.eventId),
      ["e1"],
    );
    assert.deepEqual(
      p.currentSituation.events.map((e) => e.eventId),
      ["e3"],
    );
    assert.deepEqual(
      p.background.episodes[0]?.sources.map((s) => s.name),
      ["Open Monitor"],
    );
    assert.deepEqual(
      p.determination.stages[0]?.indicators[0]?.evidence.map((x) => x.id),
      ["e1"],
    );
    const text = JSON.stringify(p);
    for (const secret of ["Hidden Network", "Secret statement", "Event e2", "Event e4"])
      assert.ok(!text.includes(secret), secret);
  });

  test("dataset attributions quote the Source record and add the family's notice", () => {
    const base = {
      id: "x",
      version: 1,
      createdAt: "",
      updatedAt: "",
      reliabilityReason: null,
      contact: null,
      sensitivity: "public" as const,
      kind: "dataset" as const,
      reliability: "A" as const,
    };
    const [a] = attributionsFor([
      {
        ...base,
        name: "UCDP Georeferenced Event Dataset",
        url: "https://ucdp.uu.se",
        licence: "CC BY 4.0",
        attribution: "UCDP citation.",
        datasetVersion: "25.1",
        accessedAt: "2026-01-02",
        filters: { country: "XFT" },
      },
    ]);
    assert.equal(a?.text, "UCDP citation.");
    assert.equal(a?.filters, "country: XFT");
    assert.match(a?.notice ?? "", /CC BY 4\.0/);
    assert.match(
      datasetNotice({ name: "ACLED export", url: null, attribution: null }) ?? "",
      /not redistributed/,
    );
    assert.match(
      datasetNotice({ name: "GDELT 2.0 Event Database", url: null, attribution: null }) ?? "",
      /GDELT Project/,
    );
    assert.match(
      datasetNotice({ name: "Early Warning Project", url: null, attribution: null }) ?? "",
      /replication/,
    );
    assert.equal(datasetNotice({ name: "Local monitor", url: null, attribution: null }), null);
  });
});

describe("recommendation library", () => {
  test("suggestions answer the active stages and factors, respect the minimum level, start with the Security Council", () => {
    const emergency = suggestRecommendations({
      level: "emergency",
      stages: [9, 10],
      riskFactors: [],
      place: "X",
      limit: 40,
    });
    assert.ok(emergency.some((s) => s.libraryId === "s9.protection-force"));
    assert.equal(emergency[0]?.addressee, "un-security-council");
    assert.ok(emergency.every((s) => s.basis.stages.length + s.basis.riskFactors.length > 0));
    const watch = suggestRecommendations({
      level: "watch",
      stages: [9],
      riskFactors: [],
      place: "X",
      limit: 40,
    });
    assert.ok(!watch.some((s) => s.libraryId === "s9.protection-force"), "armed protection needs Emergency");
    assert.ok(
      suggestRecommendations({ level: "watch", stages: [4], riskFactors: [], place: "Nowhere" }).every(
        (s) => !s.text.includes("{place}"),
      ),
    );
    assert.deepEqual(suggestRecommendations({ level: "none", stages: [], riskFactors: [], place: "X" }), []);
  });
});
