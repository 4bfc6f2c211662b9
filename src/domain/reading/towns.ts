// Towns and regions named in a sentence, from the GeoNames town gazetteer (town-index.ts). Precision first:
// GeoNames has 150,000 names and many are words ("Of", "Best", "Mobile", "Police") or people's names. A name
// is read only when
// - it is a whole run of capitalised words (connectors such as "ez" in "Deir ez-Zor" allowed inside): "Omar"
//   inside "Omar Hassan" is a person's name, not the town; only a place kind may follow ("Idlib Province");
// - it is not in capitals only ("UN", "ICC") unless GeoNames writes it so;
// - the places it may be are in ONE country: a country the text names (when several countries have a town so
//   named, those the text names decide), or the only country with that name, and then only beside a place cue
//   ("in", "near", "the town of", "X district");
// - a name made of common English words (town-common-words.ts) needs a place cue in any case (so a common
//   word opening a sentence, whose capital says nothing, is never read as a town without one).
// Months and days are never towns.
import { fold } from "./gazetteer.ts";
import { TOWN_COMMON_WORDS } from "./town-common-words.ts";
import type { TownIndex, TownRecord } from "./town-index.ts";
import type { Span } from "./types.ts";

export interface TownMatch extends Span {
  text: string;
  record: TownRecord;
  /** The place cue that let it in, if one did ("in", "district"...). */
  cue: string | null;
}

interface Token extends Span {
  raw: string;
  key: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words allowed inside a name between capitalised ones ("Deir ez-Zor", "Sant Julià de Lòria"). */
const CONNECTORS = new Set(
  "al el ad ar as ash az an ez es ed et de del della dei di da do dos das du des la le les lo los las y e i van von der den ter op aan sur sous am im bin ibn bint ul ur on upon s".split(
    " ",
  ),
);

/** Capitalised words that never begin or belong to a place name (they open sentences and titles). */
const FUNCTION_WORDS = new Set(
  "the a an in on at from near to of and or but by for with after before during since while when where as this that these those it its he she they we i you his her their our there here some many most all no not if between among under over about around across outside inside into through throughout against following despite although until according also then yet so such each every both either neither other another one two three four five six seven eight nine ten what which who whom whose how why".split(
    " ",
  ),
);

const CALENDAR = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

/** Words before a name that say it is a place. */
const BEFORE = new Set(["in", "near", "outside", "around", "across", "towards", "toward", "into", "nearby"]);
/** "the town of X", "the outskirts of X": a place noun, then "of". */
const PLACE_NOUNS = new Set(
  "town towns village villages city cities district districts province provinces region regions governorate county municipality outskirts suburbs suburb neighbourhood neighborhood area areas camp camps state prefecture department locality settlement settlements".split(
    " ",
  ),
);
/** Words after a name that say it is a place; the first group names a region. */
const REGION_AFTER = new Set(
  "province region governorate state county prefecture oblast department municipality division territory".split(
    " ",
  ),
);
const TOWN_AFTER = new Set(
  "town village city district camp township area neighbourhood neighborhood suburb market".split(" "),
);

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
    key: fold(m[0]),
  }));
}

const isCapital = (raw: string) => {
  const c = raw[0] ?? "";
  return c !== c.toLowerCase();
};
const allCaps = (raw: string) => raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();

/** Capitalised words that are never part of a name: "In", "The", months and days ("In April Homs ..."). */
const outside = (t: Token) => FUNCTION_WORDS.has(t.key) || CALENDAR.has(t.key);

/** Text between two tokens that keeps them in one name: a space, a hyphen or an apostrophe. */
function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  // "St. Louis", "Ste. Marie": the abbreviation's full stop stays inside the name.
  if (gap === ". " && (a.key === "st" || a.key === "ste")) return true;
  return /^(?:[ \t]|\r?\n|[-'\u2019\u2010\u2011])$/.test(gap);
}

/** Runs of capitalised words, each as token indexes [from, to). */
function runs(text: string, toks: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (!isCapital(t.raw) || outside(t) || /^\p{N}/u.test(t.raw)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && joins(text, toks[j - 1] as Token, toks[j] as Token)) {
      const n = toks[j] as Token;
      if (isCapital(n.raw) && !outside(n)) {
        j++;
        continue;
      }
      // A connector counts only when a capitalised word follows it ("Deir ez-Zor", not "Aleppo on").
      const next = toks[j + 1];
      if (CONNECTORS.has(n.raw) && next && isCapital(next.raw) && joins(text, n, next)) {
        j += 2;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

export interface TownOptions {
  index: TownIndex;
  /** ISO alpha-3 codes of the countries the whole text names. */
  mentioned: ReadonlySet<string>;
  /** Spans already read as something else (dates, countries, the store's names): never a town. */
  taken: readonly Span[];
}

function cueBefore(toks: Token[], i: number): string | null {
  const p = toks[i - 1];
  if (!p) return null;
  if (BEFORE.has(p.key)) return p.raw;
  const q = toks[i - 2];
  if (p.key === "of" && q && PLACE_NOUNS.has(q.key)) return `${q.raw} of`;
  return null;
}

function choose(cands: TownRecord[], wantRegion: boolean): TownRecord | null {
  const regions = cands.filter((c) => c.kind === "region");
  const towns = cands.filter((c) => c.kind === "town");
  const pool = wantRegion && regions.length > 0 ? regions : towns.length > 0 ? towns : regions;
  const first = pool[0];
  if (!first) return null;
  // Several towns of one name in one country: the country is known, where exactly is not.
  const places = new Set(pool.map((c) => `${c.region}|${c.latitude}|${c.longitude}`));
  if (places.size > 1) return { ...first, region: null, latitude: null, longitude: null };
  return first;
}

/** Towns and regions of `text` (one sentence), leftmost-longest, none overlapping `taken`. */
export function findTowns(text: string, options: TownOptions): TownMatch[] {
  const toks = tokenize(text);
  const out: TownMatch[] = [];
  const isTaken = (start: number, end: number) => options.taken.some((t) => start < t.end && t.start < end);
  for (const [from, to] of runs(text, toks)) {
    const head = toks[from] as Token;
    if (isTaken(head.start, head.end)) continue;
    // The longest name that starts the run; it must cover the run, or leave only a place kind after it.
    let hit: { end: number; cands: TownRecord[] } | null = null;
    let key = "";
    for (let j = from; j < to && j < from + 8; j++) {
      key = key ? `${key} ${(toks[j] as Token).key}` : (toks[j] as Token).key;
      const cands = options.index.lookup(key);
      if (cands.length > 0) hit = { end: j + 1, cands };
      else if (!options.index.hasPrefix(`${key} `)) break;
    }
    if (!hit) continue;
    const rest = toks.slice(hit.end, to).map((t) => t.key);
    const kindAfter =
      rest.length === 1 && (REGION_AFTER.has(rest[0] ?? "") || TOWN_AFTER.has(rest[0] ?? ""))
        ? (rest[0] as string)
        : null;
    if (rest.length > 0 && !kindAfter) continue;
    const first = toks[from] as Token;
    const last = toks[hit.end - 1] as Token;
    const span = { start: first.start, end: last.end };
    if (isTaken(span.start, span.end)) continue;
    const words = toks.slice(from, hit.end);
    const after = kindAfter ?? ((toks[hit.end]?.key ?? "") as string);
    const cue = cueBefore(toks, from) ?? (REGION_AFTER.has(after) || TOWN_AFTER.has(after) ? after : null);
    const common = words.every((t) => TOWN_COMMON_WORDS.has(t.key) || CONNECTORS.has(t.key));
    // A common word needs a cue, wherever it stands (at a sentence's start its capital says nothing).
    if (common && !cue) continue;
    const cands = hit.cands.filter(
      (c) => !words.some((t) => allCaps(t.raw)) || c.name === c.name.toUpperCase(),
    );
    const named = cands.filter((c) => options.mentioned.has(c.country));
    const pool = named.length > 0 ? named : cands;
    if (new Set(pool.map((c) => c.country)).size !== 1) continue;
    if (named.length === 0 && !cue) continue;
    const record = choose(pool, REGION_AFTER.has(after));
    if (!record) continue;
    out.push({ ...span, text: text.slice(span.start, span.end), record, cue });
  }
  return out;
}
