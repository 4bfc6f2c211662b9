// A store with N synthetic events for the web benchmark, generated in SQL (as bench/assessment.bench.ts does):
// 200 situations in 20 countries (19 on the world map, one with a user-assigned code, drawn as an approximate
// outline), events with coordinates, one act each from ten act types, small tolls as ranges, 5% contested,
// one claim per event from 30 graded sources, N/500 indicator claims.
import { sql } from "kysely";
import type { AppContext } from "../../src/bootstrap.ts";

export const SITUATIONS = 200;
export const COUNTRIES = [
  "SDN",
  "SSD",
  "COD",
  "CAF",
  "NGA",
  "MLI",
  "BFA",
  "ETH",
  "SOM",
  "MMR",
  "AFG",
  "SYR",
  "IRQ",
  "YEM",
  "UKR",
  "HTI",
  "COL",
  "MEX",
  "PAK",
  "XBM",
];
const ACTS = [
  "killing",
  "massacre",
  "forced-displacement",
  "arbitrary-detention",
  "hate-speech-or-incitement",
  "battle",
  "destruction-of-homes",
  "torture",
  "discriminatory-law-or-policy",
  "denial-statement",
];

/** A situation's id: md5 shaped as a version-4 UUID (the API checks ids strictly). */
const SIT_ID = (g: string) =>
  sql.raw(`overlay(overlay(md5('sit' || ${g}) placing '4' from 13) placing '8' from 17)::uuid`);

export async function generate(app: AppContext, n: number, log: (line: string) => void): Promise<void> {
  const db = app.database.db;
  await sql`INSERT INTO sources (id, kind, name, reliability, sensitivity)
    SELECT md5('src' || g)::uuid, 'organisation', 'Bench source ' || g, (ARRAY['A','B','C','D','E','F'])[1 + g % 6], 'public'
    FROM generate_series(1, 30) g`.execute(db);
  await sql`INSERT INTO situations (id, name, country, sensitivity)
    SELECT ${SIT_ID("g")}, 'Bench situation ' || g, (${COUNTRIES}::text[])[1 + g % 20], 'public'
    FROM generate_series(1, ${SITUATIONS}::int) g`.execute(db);
  const chunk = 100_000;
  for (let s = 0; s < n; s += chunk) {
    const lo = s + 1;
    const hi = Math.min(n, s + chunk);
    await sql`INSERT INTO events (id, title, date_start, date_precision, country, latitude, longitude,
        location_precision, act_types, acts, situation_ids, fatalities_low, fatalities_best, fatalities_high,
        contested, sensitivity)
      SELECT md5('ev' || g)::uuid, 'Bench event ' || g, current_date - ((g::bigint * 7919) % 3650)::int,
        (ARRAY['day','day','day','month','year'])[1 + g % 5],
        (${COUNTRIES}::text[])[1 + (g % ${SITUATIONS}::int + 1) % 20],
        -30 + (g % 20) * 3 + ((g * 7) % 100) / 50.0, -20 + (g % 20) * 8 + ((g * 13) % 100) / 50.0, 'exact',
        ARRAY[(${ACTS}::text[])[1 + (g::bigint * 31) % 10]],
        jsonb_build_array(jsonb_build_object('type', (${ACTS}::text[])[1 + (g::bigint * 31) % 10], 'description', null)),
        ARRAY[${SIT_ID(`(1 + g % ${SITUATIONS})`)}], g % 5, g % 5 + g % 7, g % 5 + g % 7 + g % 3,
        g % 20 = 0, 'public'
      FROM generate_series(${lo}::int, ${hi}::int) g`.execute(db);
    await sql`INSERT INTO claims (id, source_id, event_id, statement, credibility, stated_at, sensitivity)
      SELECT md5('cl' || g)::uuid, md5('src' || (1 + g % 30))::uuid, md5('ev' || g)::uuid, 'Reported', 1 + g % 6,
        current_date - ((g::bigint * 7919) % 3650)::int, 'public'
      FROM generate_series(${lo}::int, ${hi}::int) g`.execute(db);
    log(`  generated ${hi} events`);
  }
  const ids = [
    "s4.coded-terms",
    "s7.euphemisms",
    "s7.fear-speech",
    "s10.evidence-destroyed",
    "s9.selective-killing",
  ];
  await sql`INSERT INTO claims (id, source_id, situation_id, indicator, statement, credibility, stated_at, sensitivity)
    SELECT md5('ic' || g)::uuid, md5('src' || (1 + g % 30))::uuid, ${SIT_ID(`(1 + g % ${SITUATIONS})`)},
      (${ids}::text[])[1 + g % 5], 'Indicator reported', 1 + g % 4, current_date - (g * 13 % 1500), 'public'
    FROM generate_series(1, ${Math.max(1, Math.floor(n / 500))}::int) g`.execute(db);
  await sql`ANALYZE`.execute(db);
}
