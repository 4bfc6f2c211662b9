// Finds the built-in names of group-names.ts in a sentence: whole words, case-folded (a capital required
// for proper names such as "Yazidis"), longest first, none inside a span already read as something else (a
// date, a place, a store actor or group). A country or demonym just before the name gives its country
// ("Syrian refugees", "Sudan's army"). A name followed by a word of speech or of a building ("police said",
// "according to residents", "army base") is a source or a place, not a party, and is left out. Roles are not
// parsed: a force named in the sentence is suggested as having acted, people as targeted, for a person to
// confirm.
import { fold, type GazetteerMatch } from "./gazetteer.ts";
import { GROUP_TERMS, type GroupTerm } from "./group-names.ts";
import type { Span, TermMention } from "./types.ts";

interface Token extends Span {
  key: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: fold(m[0]),
  }));
}

let index: Map<string, { keys: string[]; term: GroupTerm }[]> | undefined;

function termIndex(): Map<string, { keys: string[]; term: GroupTerm }[]> {
  if (index) return index;
  index = new Map();
  for (const term of GROUP_TERMS)
    for (const form of term.forms) {
      const keys = tokens(form).map((t) => t.key);
      const first = keys[0];
      if (!first) continue;
      const list = index.get(first) ?? [];
      list.push({ keys, term });
      index.set(first, list);
    }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

/** Between two words of one name: spaces (one line break: wrapped text), a hyphen or an apostrophe. */
const JOIN = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*[-'\u2019]?[ \t\u00a0]*$/;
/** After the name: it is a source quoted ("police said") or a place or body ("army base"), not a party. */
// A place named after it ("Reporters in Lagos said", "Refugees from Kenya and Uganda reported") and a comma
// ("two aid workers, said") may stand between the name and the verb.
const NOT_A_PARTY =
  /^(?:\s+(?:in|from|at|of|near)\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?\s*,?\s*(?:['\u2019]s\s+)?(?:said|says|say|told|reported|report|reports|stated|announced|confirmed|claimed|denied|investigate[sd]?|investigating|spokesm[ae]n|spokesperson|spokeswoman|sources?|statement|base|bases|barracks|station|stations|headquarters|hospital|court|courts|academy|officials?|chief|commander)\b/iu;
const BEFORE_SOURCE = /\baccording\s+to\s+(?:the\s+|local\s+|some\s+)*$/i;

function overlaps(s: Span, spans: readonly Span[]): boolean {
  return spans.some((t) => s.start < t.end && t.start < s.end);
}

/**
 * Built-in group and force names of one sentence. `names` are the gazetteer's matches (their countries and
 * demonyms qualify a name that follows; the rest, like `taken`, are not read again).
 */
export function findGroupTerms(
  text: string,
  names: readonly GazetteerMatch[],
  taken: readonly Span[] = [],
): TermMention[] {
  const idx = termIndex();
  const blocked = [...taken, ...names.filter((m) => m.entry.kind !== "demonym")];
  const toks = tokens(text);
  const out: TermMention[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i] as Token;
    const hit = idx
      .get(t.key)
      ?.find(
        (c) =>
          c.keys.every((k, j) => toks[i + j]?.key === k) &&
          c.keys.every(
            (_, j) => j === 0 || JOIN.test(text.slice(toks[i + j - 1]?.end, toks[i + j]?.start)),
          ) &&
          (!c.term.proper || /\p{Lu}/u.test(text[t.start] ?? "")),
      );
    if (!hit) {
      i++;
      continue;
    }
    const last = toks[i + hit.keys.length - 1] as Token;
    i += hit.keys.length;
    const span = { start: t.start, end: last.end };
    if (overlaps(span, blocked)) continue;
    if (NOT_A_PARTY.test(text.slice(span.end, span.end + 80))) continue;
    if (BEFORE_SOURCE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    // "Syrian refugees", "Sudan's army": a country or demonym right before the name.
    const qualifier = hit.term.country
      ? undefined
      : names.find(
          (m) =>
            (m.entry.kind === "demonym" || m.entry.kind === "country") &&
            m.entry.country &&
            /^(?:['\u2019]s)?\s+$/.test(text.slice(m.end, span.start)),
        );
    const start = qualifier ? qualifier.start : span.start;
    out.push({
      start,
      end: span.end,
      text: text.slice(start, span.end),
      role: hit.term.role,
      name: hit.term.name,
      category: hit.term.category,
      country: hit.term.country ?? qualifier?.entry.country ?? null,
    });
  }
  return out;
}
