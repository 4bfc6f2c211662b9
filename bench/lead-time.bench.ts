// `npm run bench -- lead-time`: the engine's lead time on real data (UCDP BRD v25.1 as evidence, EWP
// mass-killing onsets), read from ../shared/data (never copied here). Writes bench/results/lead-time.json
// and .md; docs/assessment-method.md explains what the figures can and cannot show.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_RULES_FILE, readRuleFile } from "../src/app/assessment/rule-registry.ts";
import { SHARED_DATA } from "../test/support/shared-data.ts";
import { brdEvidence, ewpOnsets, leadTimes, ulfelderOnsetCount } from "./lead-time/lead-time.ts";

const files = {
  brd: join(SHARED_DATA, "ucdp/ucdp-brd-dyadic-v25.1.csv"),
  ewp: join(SHARED_DATA, "ewp/ewp2025_mk_events_sheet.csv"),
  ulfelder: join(SHARED_DATA, "ulfelder/ulfelder2015_state_led_mass_killing_countryyear_1945-2014.csv"),
};
for (const f of Object.values(files))
  if (!existsSync(f)) {
    console.log(`lead-time: ${f} is absent: skipped (../shared/data is needed)`);
    process.exit(0);
  }
const started = Date.now();
const evidence = brdEvidence(files.brd);
// Onsets the event data cover: BRD starts in 1989, so an onset from 1990 has at least a year before it.
const onsets = ewpOnsets(files.ewp, 1990, 2024);
const report = leadTimes(evidence, onsets, readRuleFile(DEFAULT_RULES_FILE));
const ms = Date.now() - started;
const withEvents = report.onsets.filter((o) => o.eventsBefore > 0);
const warned = report.onsets.filter((o) => o.leadMonths !== null && o.leadMonths > 0);
const rf1 = report.onsets.filter((o) => o.armedConflictLeadMonths !== null && o.armedConflictLeadMonths > 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : null;
};
const summary = {
  command: "npm run bench -- lead-time",
  rules: report.rules,
  window: report.window,
  countrySituations: report.countries,
  brdEvents: report.events,
  countryMonths: report.levelMonths,
  ewpEpisodesWithOnset1990to2024: onsets.length,
  episodesWithBrdEventsBefore: withEvents.length,
  warningBeforeOnset: warned.length,
  misses: report.onsets.length - warned.length,
  falseAlarms: report.falseAlarms.length,
  armedConflictLikelyBeforeOnset: rf1.length,
  countriesWithArmedConflictLikely: report.armedConflictCountries.length,
  ofThemWithoutEwpOnset1990to2024: report.armedConflictCountries.filter(
    (iso) => !onsets.some((o) => o.iso3 === iso),
  ).length,
  armedConflictMedianLeadMonths: median(rf1.map((o) => o.armedConflictLeadMonths as number)),
  ulfelderStateLedOnsets1990to2014NotReplayed: ulfelderOnsetCount(files.ulfelder, 1990, 2014),
  seconds: Math.round(ms / 100) / 10,
};
console.log(JSON.stringify(summary, null, 2));
const results = join(import.meta.dirname, "results");
writeFileSync(join(results, "lead-time.json"), `${JSON.stringify({ summary, ...report }, null, 2)}\n`);
const lines = [
  "# Lead time on real data (UCDP BRD v25.1, EWP onsets)",
  "",
  `Command: \`${summary.command}\` (${summary.seconds} s). Rules ${report.rules}; "dated" knowledge; month ends ${report.window.from} to ${report.window.to}.`,
  `Onset date: 1 January of the EWP start year (the data give years only). Lead = months from the first month-end at the level to that date.`,
  "",
  "| country | onset year | BRD events before | first Warning+ | lead (months) | armed conflict (UN RF1) likely from | RF1 lead |",
  "|---|---|---|---|---|---|---|",
  ...report.onsets.map(
    (o) =>
      `| ${o.iso3} | ${o.year} | ${o.eventsBefore} | ${o.firstWarning ?? "never"} | ${o.leadMonths ?? "miss"} | ${o.firstArmedConflict ?? "never"} | ${o.armedConflictLeadMonths ?? "-"} |`,
  ),
  "",
];
writeFileSync(join(results, "lead-time.md"), lines.join("\n"));
