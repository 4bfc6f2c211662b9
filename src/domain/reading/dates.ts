// Dates out of a sentence, with the precision the text gives: chrono-node reads day and month dates ("on 14
// March 2011", "April 1992", "10 to 24 March 2026"); our own rules read what chrono leaves: bare years after a
// preposition ("in 1918"), year ranges ("from 1988 to 1990", "1919-1920", "between 1975 and 1979").
// Relative dates ("last week", "yesterday") are left out: they need a publication date we cannot be sure of.
import * as chrono from "chrono-node";
import type { DatePrecision } from "../evidence/dates.ts";
import type { DateMention, Span } from "./types.ts";

const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`;
const YEAR_RANGE = new RegExp(
  String.raw`\b(?:from|between)\s+${YEAR}\s+(?:to|and|until|till)\s+${YEAR}\b|\b${YEAR}\s*(?:-|\u2013|\u2014|/)\s*${YEAR}\b`,
  "gi",
);
const BARE_YEAR = new RegExp(
  String.raw`\b(?:in|since|during|of|by|until|till|before|after|from|throughout|early|late|mid)[\s-]+${YEAR}\b(?!\s*(?:people|persons|men|women|children|civilians|villagers|dead|bodies))`,
  "gi",
);
/** A chrono result is taken only if its text names a month or holds digits (no "last week", "at 3 pm"). */
const NAMED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d/i;

const pad = (n: number) => String(n).padStart(2, "0");

function iso(d: Date, precision: DatePrecision): string {
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  if (precision === "year") return y;
  if (precision === "month") return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

type Component = Parameters<chrono.ParsedComponents["isCertain"]>[0];

function precisionOf(c: chrono.ParsedComponents): DatePrecision | null {
  const certain = (k: Component) => c.isCertain(k);
  if (certain("day") && certain("month")) return "day";
  if (certain("month")) return "month";
  if (certain("year")) return "year";
  return null;
}

/**
 * The dates a sentence states, in order. `reference` is the date the text was written or collected (its
 * year fills in "on 3 May"); without one, dates lacking a year are left out.
 */
export function findDates(sentence: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const ref = reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono.en.GB.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (!NAMED.test(r.text)) continue;
    const precision = precisionOf(r.start);
    if (!precision) continue;
    const endPrecision = r.end ? precisionOf(r.end) : null;
    // "April to June 2011": the start takes its year from the end.
    const yearStated = r.start.isCertain("year") || Boolean(r.end?.isCertain("year"));
    if (!yearStated && !reference) continue;
    const p = precision === "year" ? "year" : precision;
    const end =
      r.end && endPrecision ? iso(r.end.date(), endPrecision === "year" ? "year" : endPrecision) : null;
    const start = iso(r.start.date(), p);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      value: { start, end: end && end !== start ? end : null, precision: p },
      yearInferred: !yearStated,
      confidence: yearStated ? 0.9 : 0.6,
    });
  }
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (out.some((d) => overlaps(d, span))) continue;
    const a = m[1] ?? m[3] ?? "";
    const b = m[2] ?? m[4] ?? "";
    if (Number(b) <= Number(a)) continue;
    out.push({
      ...span,
      text: m[0],
      value: { start: a, end: b, precision: "year" },
      yearInferred: false,
      confidence: 0.8,
    });
  }
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const yearAt = m.index + m[0].length - 4;
    const span = { start: yearAt, end: m.index + m[0].length };
    if (out.some((d) => overlaps(d, span))) continue;
    out.push({
      ...span,
      text: m[0].slice(-4),
      value: { start: m[1] ?? "", end: null, precision: "year" },
      yearInferred: false,
      confidence: 0.75,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The first day of an ISO date of any precision (`1918` -> `1918-01-01`), as events store dates. */
export function firstDay(isoDate: string): string {
  if (/^\d{4}$/.test(isoDate)) return `${isoDate}-01-01`;
  if (/^\d{4}-\d{2}$/.test(isoDate)) return `${isoDate}-01`;
  return isoDate;
}

/** The last day of an ISO date of any precision (`1992-02` -> `1992-02-29`). */
export function lastDay(isoDate: string): string {
  if (/^\d{4}$/.test(isoDate)) return `${isoDate}-12-31`;
  if (/^\d{4}-\d{2}$/.test(isoDate)) {
    const [y, m] = isoDate.split("-").map(Number) as [number, number];
    return `${isoDate}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
  }
  return isoDate;
}
