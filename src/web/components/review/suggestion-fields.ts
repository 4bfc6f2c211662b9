import type { Suggestion } from "../../api/suggestions.ts";
import { type DatePrecision, formatDateRange } from "../../format/dates.ts";
import { formatToll } from "../../format/numbers.ts";
import type { Highlight } from "./highlighted-passage.tsx";

/** The words each proposed field was read from, as marks on the passage. */
export function highlightsOf(s: Suggestion): Highlight[] {
  if (s.kind === "screening") {
    const m = s.payload.match;
    return [{ from: m.from, to: m.to, label: s.payload.finding, flag: true }];
  }
  if (s.kind === "claim") return [{ from: s.payload.start, to: s.payload.end, label: s.payload.kind }];
  const p = s.payload;
  return [
    ...(p.date && !p.date.carried ? [{ from: p.date.from, to: p.date.to, label: "date" }] : []),
    ...p.places.map((x) => ({ from: x.from, to: x.to, label: "place" })),
    ...p.groups.map((x) => ({ from: x.from, to: x.to, label: "group" })),
    ...p.perpetrators.map((x) => ({ from: x.from, to: x.to, label: "perpetrator" })),
    ...(p.fatalities ? [{ from: p.fatalities.from, to: p.fatalities.to, label: "toll" }] : []),
    ...p.actSources.map((x) => ({ from: x.from, to: x.to, label: "act" })),
  ];
}

/** What the suggestion proposes to record, field by field, in words. */
export function proposedFields(s: Suggestion): [string, string][] {
  if (s.kind === "screening") {
    const p = s.payload;
    return [
      ["Stage", `${p.stage}`],
      ["Finding", p.finding],
      ["Flagged words", `“${p.match.text}”`],
      ["Records act", p.act],
      ["Screening score", p.postScore.toFixed(2)],
      ["Lexicon or rule", p.ref],
    ];
  }
  if (s.kind === "claim") {
    return [
      ["The source says", `${s.payload.kind}: ${s.payload.value}`],
      ["Confidence", s.payload.confidence.toFixed(2)],
    ];
  }
  const p = s.payload;
  const out: [string, string][] = [["Acts", p.acts.join(", ") || "none read"]];
  if (p.date)
    out.push([
      "Date",
      `${formatDateRange(isoDay(p.date.start), p.date.end ? isoDay(p.date.end) : null, p.date.precision as DatePrecision)}${p.date.carried ? " (from an earlier sentence)" : ""}${p.date.yearInferred ? " (year inferred)" : ""}`,
    ]);
  else out.push(["Date", "not in the text: give one to accept"]);
  if (p.places.length)
    out.push(["Place", p.places.map((x) => `${x.name}${x.country ? ` (${x.country})` : ""}`).join("; ")]);
  if (p.groups.length) out.push(["Targeted groups", p.groups.map((x) => x.name).join(", ")]);
  if (p.perpetrators.length) out.push(["Perpetrators", p.perpetrators.map((x) => x.name).join(", ")]);
  if (p.fatalities)
    out.push(["Killed", `${formatToll(p.fatalities)} (as the text says: “${p.fatalities.text}”)`]);
  out.push(["Confidence", p.confidence.toFixed(2)]);
  return out;
}

/** What the queue sorts by: the screening score when there is one, else the confidence (as the server ranks). */
export function rankOf(s: Suggestion): number {
  return s.score ?? s.confidence;
}

/** "2026" and "2026-03" as a first day, for the date formatter (which shows them at their precision). */
function isoDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}
