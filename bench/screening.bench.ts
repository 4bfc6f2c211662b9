// Screening throughput: short posts per second per core (classifier alone, and the whole `screen` pipeline),
// and MB/s of the lexicon scan on long text (report-like prose written by a generator here, and, when
// ../shared/data is present, HateXplain posts joined into one long text: a dense worst case).
// Times are CPU time of this single-threaded process (per core) and wall time; on a shared machine the
// wall time also counts other processes' load, which the results file records with a calibration loop.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readHateXplain } from "../src/app/screening/datasets.ts";
import { loadModel } from "../src/app/screening/model-store.ts";
import { seededRandom } from "../src/domain/screening/metrics.ts";
import { scanTextDetailed } from "../src/domain/screening/scan-text.ts";
import { screenPost } from "../src/domain/screening/screen-post.ts";
import { SHARED_DATA, sharedData } from "../test/support/shared-data.ts";
import { bestOf } from "./best-of.ts";
import { machine } from "./machine.ts";

const here = dirname(fileURLToPath(import.meta.url));
const REPEATS = 5;

const measure = (run: () => void) => bestOf(REPEATS, run);

/** Report-like prose from templates (no real text): places, numbers, quotes, a few non-ASCII characters. */
function reportProse(bytes: number): string {
  const rand = seededRandom(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const places = ["Kalima", "Nord-Ubangi", "the eastern province", "Ségou", "the river valley", "Tal Afar"];
  const actors = ["armed men", "a militia", "security forces", "unidentified gunmen", "the local council"];
  const groups = ["farmers", "displaced families", "traders", "students", "herders", "civilians"];
  const templates = [
    () =>
      `On ${1 + Math.floor(rand() * 28)} March ${1990 + Math.floor(rand() * 34)}, ${pick(actors)} attacked ${pick(places)}, killing at least ${Math.floor(rand() * 300)} ${pick(groups)}, according to witnesses.`,
    () =>
      `The commission’s report — published after a two-year inquiry — describes how ${pick(groups)} were forced from ${pick(places)}.`,
    () =>
      `Officials said the operation targeted “terrorists”, but survivors described the killing of ${pick(groups)} in their homes.`,
    () =>
      `Humanitarian agencies estimate that ${Math.floor(rand() * 90) + 10},000 people have fled since the elections.`,
    () =>
      `Local radio broadcasts repeatedly called the ${pick(groups)} a threat to the nation, the monitors noted.`,
    () => `In ${pick(places)}, the council imposed a curfew and restricted movement between neighbourhoods.`,
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 5 }, () => pick(templates)()).join(" ");
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return parts.join("\n");
}

function calibration(): number {
  let s = "";
  while (s.length < 4e6) s += "the quick brown fox jumps over the lazy dog. ";
  const { cpu } = measure(() => {
    let x = 0;
    for (let i = 0; i < s.length; i++) x += s.charCodeAt(i);
    if (x < 0) console.log(x);
  });
  return s.length / 1e6 / cpu;
}

const model = loadModel();
const hx = sharedData("text/hatexplain/092-HateXplain.csv");
const posts = hx.skip
  ? Array.from({ length: 10_000 }, (_, i) => `${reportProse(100).slice(0, 120)} ${i}`)
  : readHateXplain(SHARED_DATA)
      .slice(0, 10_000)
      .map((e) => e.text);
const avgLen = posts.reduce((a, p) => a + p.length, 0) / posts.length;

const rows: string[] = [];
const line = (what: string, amount: number, unit: string, t: { cpu: number; wall: number }, goal: string) => {
  const perCpu = amount / t.cpu;
  const perWall = amount / t.wall;
  const fmt = (x: number) => (unit === "MB/s" ? x.toFixed(1) : Math.round(x).toLocaleString("en"));
  rows.push(`| ${what} | ${fmt(perCpu)} ${unit} | ${fmt(perWall)} ${unit} | ${goal} |`);
  console.log(`${what}: ${fmt(perCpu)} ${unit} (CPU), ${fmt(perWall)} ${unit} (wall)`);
};

const loadBefore = loadavg()[0] ?? 0;
line(
  `classifier, short posts (${posts.length.toLocaleString("en")}, avg ${avgLen.toFixed(0)} chars)`,
  posts.length,
  "posts/s",
  measure(() => {
    for (const p of posts) model.probabilitiesInto(p);
  }),
  ">= 20,000 posts/s",
);
line(
  "`screen` pipeline (classifier + lexicon + rules), short posts",
  posts.length,
  "posts/s",
  measure(() => {
    for (const p of posts) screenPost(p, model);
  }),
  "",
);
const prose = reportProse(20e6);
const proseMb = Buffer.byteLength(prose) / 1e6;
line(
  `lexicon scan, report-like prose (${proseMb.toFixed(0)} MB)`,
  proseMb,
  "MB/s",
  measure(() => scanTextDetailed(prose, { rules: false })),
  ">= 50 MB/s",
);
line(
  "lexicon + fear/denial rules, same prose",
  proseMb,
  "MB/s",
  measure(() => scanTextDetailed(prose)),
  "",
);
if (!hx.skip) {
  let dense = "";
  const all = readHateXplain(SHARED_DATA).map((e) => e.text);
  while (dense.length < 20e6) dense += `${all.join(".\n")}\n`;
  const denseMb = Buffer.byteLength(dense) / 1e6;
  line(
    `lexicon scan, HateXplain posts joined (${denseMb.toFixed(0)} MB, dense worst case)`,
    denseMb,
    "MB/s",
    measure(() => scanTextDetailed(dense, { rules: false })),
    "",
  );
}
const calib = calibration();
const loadAfter = loadavg()[0] ?? 0;

const out = [
  "# Screening benchmark",
  "",
  "`npm run bench -- screening` (bench/screening.bench.ts). Best of 5 runs; single thread, so CPU-time figures",
  "are per core. Wall-time figures include waiting for the CPU on a shared machine.",
  "",
  `Machine: ${JSON.stringify(machine())}.`,
  `Load average (1 min) before/after: ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${machine().cores} cores.`,
  `Calibration: a bare \`charCodeAt\` summing loop ran at ${calib.toFixed(0)} MB/s of CPU time during this run. On a`,
  "shared machine CPU time also absorbs contention (caches, sibling hyper-threads), so this number falls with",
  "load: compare figures between runs and machines in proportion to it.",
  "",
  "| what | per core (CPU time) | wall time | goal |",
  "|---|---|---|---|",
  ...rows,
  "",
];
writeFileSync(join(here, "results/screening.md"), out.join("\n"));
console.log(`wrote bench/results/screening.md`);
