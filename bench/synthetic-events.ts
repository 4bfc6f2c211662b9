import type { EventInput } from "../src/domain/evidence/entities.ts";

/**
 * Synthetic events shaped like UCDP GED rows, made up by a seeded PRNG (no real data is copied): a skewed
 * spread over about 120 ISO codes, dates 1989-2024 growing towards recent years, UCDP's three types of
 * violence, heavy-tailed tolls with low <= best <= high, coordinates around a made-up centre per country,
 * and titles and descriptions of realistic length. The same seed gives the same rows, so the bare COPY and
 * tocsin's bulk path load identical data.
 */

/** sfc32: small, fast and good enough for benchmark data. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

// Countries roughly in the order of how many GED events they have, then the long tail (ISO 3166-1 codes).
export const COUNTRIES = (
  "AFG SYR IND PAK SOM IRQ NGA COD COL PHL SDN UKR MEX YEM MLI BFA MMR TUR NER CAF " +
  "ETH SSD LBY CMR DZA LKA NPL ISR PSE MOZ BDI UGA KEN TCD EGY THA RUS AGO SLE LBR " +
  "CIV GIN GTM SLV PER HTI BGD IDN BIH HRV SRB AZE ARM GEO TJK UZB KGZ LBN IRN " +
  "SAU BRA VEN HND NIC ECU BOL PNG SLB TLS KHM LAO CHN NOR FRA GBR ESP DEU BEL " +
  "USA CAN AUS NZL ZAF ZWE ZMB MWI TZA RWA COG GAB GNQ BEN TGO GHA SEN GMB GNB " +
  "MRT MAR TUN ERI DJI SWZ LSO NAM BWA MDG COM MUS JOR KWT OMN ARE QAT BHR MDA " +
  "BLR MKD ALB MNE KOS"
)
  .split(" ")
  .filter((c) => /^[A-Z]{3}$/.test(c));

export const WORDS = (
  "attack armed clashes killed village town district forces militia rebels government army police civilians " +
  "fighters members group soldiers security operation raid ambush shelling airstrike bombing gunmen attackers " +
  "market mosque church school hospital camp displaced residents farmers herders tribe community local " +
  "reported according sources said officials witnesses night morning during near outside road convoy " +
  "checkpoint border area region province northern southern eastern western central capital clash " +
  "insurgents opposition offensive retaliation massacre execution abducted wounded injured burned looted " +
  "houses homes property cattle livestock fled across river bridge highway patrol base barracks " +
  "commander leader faction coalition alliance splinter jihadist separatist ethnic religious political " +
  "election protest demonstrators crackdown arrested detained tortured disappeared bodies found mass grave"
).split(" ");

const SYLLABLES = "ka ra mo tu li se na bo di ga ha ja ko lu ma ni po sa ta wa ye zu an el in or".split(" ");

export interface SyntheticOptions {
  seed?: number;
  dataset?: string;
}

/** Yields `count` events in batches of `batchSize`, deterministically from the seed. */
export function* syntheticEvents(
  count: number,
  batchSize: number,
  options: SyntheticOptions = {},
): Generator<EventInput[]> {
  const rand = prng(options.seed ?? 1989);
  const dataset = options.dataset ?? "synthetic-ged";
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const zipf = zipfSampler(COUNTRIES.length, 1.1, rand);
  const centres = COUNTRIES.map(() => [rand() * 120 - 50, rand() * 340 - 170] as const);
  const actors = syntheticActorIds();
  // Words follow Zipf's law as in real text: a few in most descriptions, most in few.
  const wordRank = zipfSampler(WORDS.length, 1, rand);
  const word = () => WORDS[wordRank()] as string;
  const name = () => {
    let s = "";
    for (let i = 1 + Math.floor(rand() * 3); i >= 0; i--) s += pick(SYLLABLES);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const makeSentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min));
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(rand() < 0.12 ? name() : word());
    return `${words.join(" ")}.`;
  };
  // Pools keep generation fast (a million rows of fresh words would cost a minute); rows still differ.
  const names = Array.from({ length: 40_000 }, name);
  const long = Array.from({ length: 20_000 }, () => makeSentence(12, 40));
  const short = Array.from({ length: 20_000 }, () => makeSentence(5, 30));
  const sentence = (pool: string[]) => pick(pool);
  const placeName = () => pick(names);

  let made = 0;
  while (made < count) {
    const batch: EventInput[] = [];
    for (let i = 0; i < batchSize && made < count; i++, made++) {
      const c = zipf();
      const country = COUNTRIES[c] as string;
      const [lat0, lon0] = centres[c] as readonly [number, number];
      // Event counts grow over time (GED has several times more events in the 2010s than the 1990s).
      const year = 1989 + Math.floor(Math.sqrt(rand()) * 36);
      const start = new Date(Date.UTC(year, 0, 1) + Math.floor(rand() * 365) * 86_400_000);
      const dateStart = start.toISOString().slice(0, 10);
      const spans = rand() < 0.15;
      const end = spans ? new Date(start.getTime() + Math.floor(rand() * 30) * 86_400_000) : start;
      const dateEnd = end.toISOString().slice(0, 10) > dateStart ? end.toISOString().slice(0, 10) : null;
      const r = rand();
      const violence = r < 0.62 ? 1 : r < 0.8 ? 2 : 3;
      // Heavy tail: most events kill a handful, a few hundreds or thousands.
      const best = Math.min(20_000, Math.floor((1 - rand()) ** (-1 / 1.1)) - 1);
      const low = Math.max(0, Math.floor(best * (0.5 + rand() * 0.5)));
      const high = best + Math.floor(best * rand() * (rand() < 0.2 ? 3 : 0.5));
      const place = placeName();
      const sideA =
        violence === 1
          ? `Government of ${country}`
          : `${placeName()} ${pick(["Front", "Army", "Movement", "militia"])}`;
      const sideB =
        violence === 3 ? "civilians" : `${placeName()} ${pick(["Liberation Army", "forces", "group"])}`;
      const precision = pick(["exact", "exact", "exact", "near", "admin2", "admin1", "country"] as const);
      batch.push({
        title: `${sideA} - ${sideB}: ${place}`,
        description:
          rand() < 0.5
            ? `${sentence(long)} ${sentence(short)}`
            : `${sentence(long)} ${sentence(short)} ${sentence(short)}`,
        dateStart,
        dateEnd,
        datePrecision: rand() < 0.9 ? "day" : rand() < 0.7 ? "month" : "year",
        place: {
          country,
          admin1: `${placeName()} province`,
          admin2: rand() < 0.7 ? `${placeName()} district` : null,
          name: place,
          latitude: round4(clamp(lat0 + (rand() - 0.5) * 8, -90, 90)),
          longitude: round4(clamp(lon0 + (rand() - 0.5) * 8, -180, 180)),
          precision,
        },
        acts:
          violence === 3
            ? [{ type: best >= 25 ? "massacre" : "killing", description: null }]
            : [{ type: "battle", description: null }],
        perpetrators: [{ actorId: pick(actors), involvement: "direct" }],
        targetedGroupIds: [],
        situationIds: [],
        fatalities: { low, best, high },
        externalId: { dataset, id: String(made + 1) },
        sensitivity: "public",
      });
    }
    yield batch;
  }
}

export const ACTOR_COUNT = 600;

/** The perpetrators the events name: a fixed set, so the benchmark can create them first. */
export function syntheticActorIds(): string[] {
  const rand = prng(1945);
  return Array.from({ length: ACTOR_COUNT }, () => uuidFrom(rand));
}

function zipfSampler(n: number, s: number, rand: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= n; k++) {
    total += 1 / k ** s;
    cumulative.push(total);
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
