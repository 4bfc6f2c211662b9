// `npm run bench [-- name ...]`: runs every bench/*.bench.ts (or those whose names contain a given word),
// each in its own process so one's memory does not weigh on the next. Each suite writes its results under
// bench/results/ with the machine noted (see bench/machine.ts).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const suites = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== ${suite}`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(here, suite), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TZ: "UTC" },
  });
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
