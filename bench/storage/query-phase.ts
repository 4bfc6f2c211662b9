import {
  CompiledQuery,
  createQueryId,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type RootOperationNode,
  sql,
} from "kysely";
import { KyselyEvidenceReader } from "../../src/adapters/db/evidence-reader.ts";
import type { AppContext } from "../../src/bootstrap.ts";
import type { EventQuery } from "../../src/ports/evidence-store.ts";
import { COUNTRIES, prng } from "../synthetic-events.ts";

export interface Percentiles {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export interface QueryResult {
  countryYear: Percentiles & { medianRowsReturned: number };
  heaviestCountryYear: Percentiles & { country: string; year: number; eventsInYear: number };
  search: Percentiles;
  searchTerms: { q: string; country?: string; matches: number; p50: number }[];
  explain: Record<string, string>;
}

// Terms from common to rare in the synthetic text (the words are drawn by Zipf's law; names are rarer).
const TERMS: { q: string; country?: string }[] = [
  { q: "attack" },
  { q: "village" },
  { q: "civilians" },
  { q: "massacre" },
  { q: "grave" },
  { q: '"mass grave"' },
  { q: "village burned" },
  { q: "Kara" },
  { q: "Motuli" },
  { q: "attack", country: "SYR" },
  { q: "massacre", country: "IRQ" },
];

const CLEARANCE = "internal" as const;

/** Country-year lists and full-text searches through the store's own listEvents, timed one by one. */
export async function runQueries(app: AppContext): Promise<QueryResult> {
  const rand = prng(2024);
  const list = (q: Omit<EventQuery, "clearance" | "limit">) =>
    app.store.listEvents({ clearance: CLEARANCE, limit: 50, ...q });
  const yearQuery = (country: string, year: number) => ({
    country,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  for (let i = 0; i < 10; i++) await list(yearQuery(COUNTRIES[i] as string, 2000 + i));

  const times: number[] = [];
  const returned: number[] = [];
  for (let i = 0; i < 200; i++) {
    const country = COUNTRIES[Math.floor(rand() * COUNTRIES.length)] as string;
    const year = 1989 + Math.floor(rand() * 36);
    const t0 = performance.now();
    const page = await list(yearQuery(country, year));
    times.push(performance.now() - t0);
    returned.push(page.items.length);
  }

  const heavy = { country: COUNTRIES[0] as string, year: 2024 };
  const heavyTimes: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t0 = performance.now();
    await list(yearQuery(heavy.country, heavy.year));
    heavyTimes.push(performance.now() - t0);
  }
  const inYear = await count(
    app,
    sql`country = ${heavy.country} AND date_start BETWEEN ${`${heavy.year}-01-01`}
    AND ${`${heavy.year}-12-31`}`,
  );

  const searchTimes: number[] = [];
  const searchTerms: QueryResult["searchTerms"] = [];
  for (const term of TERMS) {
    await list(term);
    const mine: number[] = [];
    for (let i = 0; i < 18; i++) {
      const t0 = performance.now();
      await list(term);
      mine.push(performance.now() - t0);
    }
    searchTimes.push(...mine);
    const matches = await count(
      app,
      sql`search @@ websearch_to_tsquery('english', ${term.q})${term.country ? sql` AND country = ${term.country}` : sql``}`,
    );
    searchTerms.push({ ...term, matches, p50: percentiles(mine).p50 });
  }

  return {
    countryYear: { ...percentiles(times), medianRowsReturned: percentiles(returned).p50 },
    heaviestCountryYear: { ...percentiles(heavyTimes), ...heavy, eventsInYear: inYear },
    search: percentiles(searchTimes),
    searchTerms,
    explain: {
      heaviestCountryYear: await explain(app, yearQuery(heavy.country, heavy.year)),
      smallCountryYear: await explain(app, yearQuery("MKD", 2010)),
      commonWord: await explain(app, { q: "attack" }),
      rareWord: await explain(app, { q: "Motuli" }),
    },
  };
}

async function count(app: AppContext, where: ReturnType<typeof sql>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM events WHERE ${where}`.execute(
    app.database.db,
  );
  return r.rows[0]?.n ?? 0;
}

/** EXPLAIN ANALYZE of exactly the SQL that listEvents sends (captured by a Kysely plugin). */
async function explain(app: AppContext, q: Omit<EventQuery, "clearance" | "limit">): Promise<string> {
  let node: RootOperationNode | undefined;
  const capture: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs) {
      node = args.node;
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs) {
      return args.result;
    },
  };
  const db = app.database.db.withPlugin(capture);
  await new KyselyEvidenceReader(db).listEvents({ clearance: CLEARANCE, limit: 50, ...q });
  if (!node) throw new Error("no query captured");
  const compiled = db.getExecutor().compileQuery(node, createQueryId());
  const result = await app.database.db.executeQuery<{ "QUERY PLAN": string }>(
    CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}`, [...compiled.parameters]),
  );
  return result.rows.map((r) => r["QUERY PLAN"]).join("\n");
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { runs: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0) };
}
