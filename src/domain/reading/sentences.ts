// Splits a report into paragraphs and sentences with their offsets. Reports come hard-wrapped, as numbered
// paragraphs or as one line per paragraph: a line break ends a paragraph when a blank line, a list marker or
// a short line (a heading) is next to it, or when the line ends a sentence; otherwise it is a wrapped line.
import type { Sentence } from "./types.ts";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "col",
  "lt",
  "capt",
  "maj",
  "sgt",
  "cpl",
  "pte",
  "rev",
  "prof",
  "no",
  "nos",
  "approx",
  "para",
  "paras",
  "art",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "e.g",
  "i.e",
  "cf",
  "fig",
  "vol",
  "p",
  "pp",
  "u.n",
  "u.s",
  "gov",
]);

const LIST_MARKER = /^[ \t]*(?:\d{1,3}[.)]|[-*\u2022]|\(\w{1,3}\))[ \t]+/;
const HEADING_MAX = 60;

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    out.push({ start: at, end: end > at && text[end - 1] === "\r" ? end - 1 : end });
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

/** Paragraph spans: runs of lines joined where a line is only wrapped. */
function paragraphs(text: string): Line[] {
  const out: Line[] = [];
  let current: Line | null = null;
  for (const line of lines(text)) {
    const body = text.slice(line.start, line.end);
    if (body.trim().length === 0) {
      if (current) out.push(current);
      current = null;
      continue;
    }
    const startsNew = LIST_MARKER.test(body);
    if (current && !startsNew) {
      const prev = text.slice(current.start, current.end).trimEnd();
      const prevLast = text.slice(current.start, current.end).split("\n").at(-1)?.trim() ?? "";
      const ended = /[.!?:;"\u201d)\]]$/.test(prev) || prevLast.length <= HEADING_MAX;
      // A short line goes on the paragraph when it starts in lower case: the end of a wrapped sentence
      // ("300\nresidents fled."), never a heading.
      if (!ended && (body.trim().length > HEADING_MAX / 2 || /^\s*\p{Ll}/u.test(body))) {
        current.end = line.end;
        continue;
      }
    }
    if (current) out.push(current);
    current = { start: line.start, end: line.end };
  }
  if (current) out.push(current);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? "")) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // An initial ("J. Smith") or a dotted acronym ("U.N.").
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Sentences of the text, in order; list markers ("3.") and surrounding spaces are left out of the spans. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const [p, para] of paragraphs(text).entries()) {
    let start = para.start;
    const marker = LIST_MARKER.exec(text.slice(para.start, para.end));
    if (marker) start += marker[0].length;
    for (let i = start; i < para.end; i++) {
      const c = text[i];
      if (c !== "." && c !== "!" && c !== "?") continue;
      let j = i + 1;
      while (j < para.end && /["'\u201d\u2019)\]]/.test(text[j] ?? "")) j++;
      if (j < para.end && !/\s/.test(text[j] ?? "")) continue;
      let k = j;
      while (k < para.end && /\s/.test(text[k] ?? "")) k++;
      if (k < para.end && !/[\p{Lu}\d"'\u201c\u2018([]/u.test(text[k] ?? "")) continue;
      if (c === "." && isAbbreviation(text, i)) continue;
      push(out, text, start, j, p);
      start = k;
      i = k - 1;
    }
    push(out, text, start, para.end, p);
  }
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph });
}
