// CI's dependency audit: `npm audit --json --audit-level=high` against the registry, decided against the
// committed exception list (audit-exceptions.json; the rules are in audit-decision.ts). Exit 0 on a pass and
// when the registry cannot answer audits at all (405: a loud notice, not a pass); exit 1 otherwise.
// Usage: node --import tsx scripts/audit.ts   (run by .ci/run before the tests)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decideAudit } from "./audit-decision.ts";

const root = join(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["audit", "--json", "--audit-level=high"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  timeout: 5 * 60 * 1000,
});
if (run.error) {
  console.error(`audit: FAILED: npm audit could not run: ${run.error.message}`);
  process.exit(1);
}
const exceptions = readFileSync(join(root, "audit-exceptions.json"), "utf8");
const decision = decideAudit(
  { status: run.status, stdout: run.stdout, stderr: run.stderr },
  exceptions,
  new Date().toISOString().slice(0, 10),
);

if (decision.outcome === "unavailable") {
  const bar = "!".repeat(100);
  console.error(
    [
      bar,
      "!! AUDIT NOT RUN: the dependency audit could not run, so it did NOT pass.",
      `!! ${decision.reason}`,
      "!! (this registry mirror does not serve npm's advisories endpoint). CI goes on without it: run",
      "!! `node --import tsx scripts/audit.ts` where the public registry is reachable before a release.",
      bar,
    ].join("\n"),
  );
  process.exit(0);
}
if (decision.outcome === "fail") {
  console.error("audit: FAILED");
  for (const r of decision.reasons) console.error(`  - ${r}`);
  console.error(
    "  fix: upgrade the package (npm audit fix), or, if the advisory cannot affect tocsin, add it to " +
      "audit-exceptions.json with id, package, why and reviewBy",
  );
  process.exit(1);
}
console.log(
  `audit: passed (${decision.advisories.length} high or critical advisories, ${decision.excepted.length} excepted)`,
);
for (const a of decision.excepted) console.log(`  excepted: ${a.package} ${a.id} (${a.severity})`);
for (const e of decision.unused)
  console.log(
    `  note: exception ${e.id} (${e.package}) matched nothing: remove it from audit-exceptions.json`,
  );
