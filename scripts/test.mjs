// Runs every test file through node's own test runner (Node 20 has no --test globs, so we list them).
// Usage: node scripts/test.mjs [path-prefix ...]
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const roots = ["src", "test", "bench"];
const filters = process.argv.slice(2);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

const files = roots
  .flatMap((root) => walk(root, []))
  .filter((f) => filters.length === 0 || filters.some((p) => f.startsWith(p)))
  .sort();
if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}

const env = { ...process.env, TZ: "UTC" };
// The browser tests drive the built web app: build it when its sources changed (a no-op otherwise).
const web = spawnSync(process.execPath, ["scripts/build-web.mjs"], { stdio: "inherit", env });
if (web.status !== 0) process.exit(web.status ?? 1);
// One migrated PGlite template for the whole run: creating a database costs seconds, copying it well under one.
const prep = spawnSync(process.execPath, ["--import", "tsx", "test/support/prepare-template.ts"], {
  stdio: "inherit",
  env,
});
if (prep.status !== 0) process.exit(prep.status ?? 1);

// Browser tests (and files calling freshDemoPGlite) each need the fictional scenario: load it once into a
// template they copy.
let demoTemplate = null;
const needsScenario = (f) =>
  f.endsWith(".browser.test.ts") || readFileSync(f, "utf8").includes("freshDemoPGlite(");
if (files.some(needsScenario)) {
  demoTemplate = join(tmpdir(), `tocsin-test-demo-${process.pid}`);
  const demo = spawnSync(
    process.execPath,
    ["--import", "tsx", "test/support/prepare-demo-template.ts", demoTemplate],
    { stdio: "inherit", env },
  );
  if (demo.status !== 0) process.exit(demo.status ?? 1);
  env.TOCSIN_TEST_DEMO_TEMPLATE = demoTemplate;
}

const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], {
  stdio: "inherit",
  env,
});
if (demoTemplate) rmSync(demoTemplate, { recursive: true, force: true });
process.exit(result.status ?? 1);
