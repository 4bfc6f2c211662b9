import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { GED_COLUMNS } from "../../src/domain/importers/ucdp-ged.ts";
import { gwFromIso } from "../../src/domain/reference/gleditsch-ward.ts";
import { COUNTRIES, prng, WORDS } from "../synthetic-events.ts";

/**
 * Writes a UCDP-GED-shaped CSV of `rows` rows (all 49 columns, header first), made up by a seeded PRNG: no
 * value is copied from the dataset. Countries are drawn by a skewed spread over real ISO codes whose
 * Gleditsch-Ward code (the repository's crosswalk) is valid in the event's year; dates 1989-2024 growing
 * towards recent years; types of violence 62/18/20 %; heavy-tailed tolls; about 1,500 actor ids; source
 * fields of realistic length (about 400 bytes a row in all, as the 1M-row, 400 MB file).
 * No cell holds a line break, so a reader may split the file at newlines.
 */
export async function writeGedFile(path: string, rows: number, seed = 2025): Promise<number> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const syllables = "ka ra mo tu li se na bo di ga ha ja ko lu ma ni po sa ta wa ye zu".split(" ");
  const name = () => cap(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(syllables)).join(""));
  const places = Array.from({ length: 30_000 }, name);
  const groups = Array.from({ length: 1_500 }, (_, k) => ({
    id: String(200 + k),
    name: `${name()} ${pick(["Liberation Front", "Army", "Movement", "militia", "forces"])}`,
  }));
  const weights = COUNTRIES.map((_, k) => 1 / (k + 1) ** 1.1);
  const total = weights.reduce((a, b) => a + b, 0);
  const country = () => {
    let x = rand() * total;
    for (let k = 0; k < weights.length; k++) {
      x -= weights[k] as number;
      if (x <= 0) return k;
    }
    return 0;
  };
  const centres = COUNTRIES.map(() => [rand() * 120 - 50, rand() * 340 - 170] as const);
  const offices = ["Reuters", "AFP", "BBC Monitoring", "Associated Press", "local NGO report", "UN OCHA"];

  const out = createWriteStream(path);
  let bytes = 0;
  const put = async (line: string) => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  };
  await put(`${GED_COLUMNS.join(",")}\n`);
  let made = 0;
  while (made < rows) {
    const c = country();
    const iso = COUNTRIES[c] as string;
    const year = 1989 + Math.floor(Math.sqrt(rand()) * 36);
    const gw = gwFromIso(iso, year);
    if (gw === undefined) continue; // no state of that code that year (e.g. South Sudan before 2011)
    made++;
    const start = new Date(Date.UTC(year, 0, 1) + Math.floor(rand() * 365) * 86_400_000);
    const spans = rand() < 0.15;
    const end = spans ? new Date(start.getTime() + Math.floor(rand() * 6) * 86_400_000) : start;
    const day = (d: Date) => `${d.toISOString().slice(0, 10)} 00:00:00.000`;
    const endDay = end.getUTCFullYear() === year ? end : start;
    const r = rand();
    const violence = r < 0.62 ? 1 : r < 0.8 ? 2 : 3;
    const best = Math.min(20_000, Math.floor((1 - rand()) ** (-1 / 1.1)) - 1);
    const low = Math.max(0, Math.floor(best * (0.5 + rand() * 0.5)));
    const high = best + Math.floor(best * rand() * (rand() < 0.2 ? 3 : 0.5));
    const a = violence === 1 ? { id: String(100 + c), name: `Government of ${iso}` } : pick(groups);
    const b = violence === 3 ? { id: "1", name: "Civilians" } : pick(groups);
    const [lat0, lon0] = centres[c] as readonly [number, number];
    const lat = Math.max(-90, Math.min(90, lat0 + (rand() - 0.5) * 8)).toFixed(6);
    const lon = Math.max(-180, Math.min(180, lon0 + (rand() - 0.5) * 8)).toFixed(6);
    const place = pick(places);
    const sources = 1 + Math.floor(rand() * 3);
    const article = `${pick(offices)},${day(start).slice(0, 10)},"${cap(words(2 + Math.floor(rand() * 4)))}"`;
    const conflict = `${iso}: ${a.name.replace(/^Government of /, "Government")}`;
    const cells = [
      String(made),
      `${iso}-${year}-${made}`,
      String(year),
      "1",
      rand() < 0.97 ? "Clear" : "Check deaths",
      String(violence),
      String(1000 + c),
      String(1000 + c),
      conflict,
      String(5000 + c),
      String(5000 + c),
      `${a.name} - ${b.name}`,
      a.id,
      a.id,
      a.name,
      b.id,
      b.id,
      b.name,
      String(sources),
      article,
      pick(offices),
      day(start),
      cap(words(3 + Math.floor(rand() * 5))),
      pick(offices),
      String(1 + Math.floor(rand() * 6)),
      `${place} town`,
      `${place} town`,
      `${name()} province`,
      rand() < 0.7 ? `${name()} district` : "",
      lat,
      lon,
      `POINT (${lon} ${lat})`,
      String(100_000 + Math.floor(rand() * 150_000)),
      iso,
      String(gw),
      "Synthetic region",
      rand() < 0.85 ? "1" : "2",
      String(rand() < 0.8 ? 1 : 1 + Math.floor(rand() * 5)),
      day(start),
      day(endDay),
      "0",
      "0",
      violence === 3 ? String(best) : "0",
      violence === 3 ? "0" : String(best),
      String(best),
      String(high),
      String(low),
      String(gw),
      "",
    ];
    await put(`${cells.map(csvCell).join(",")}\n`);
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
