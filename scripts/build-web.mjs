// Builds the web app (src/web) into dist/web with Vite, unless dist/web was built from exactly the same sources.
// `npm start` and `npm test` call it, so a fresh clone needs no separate build step. --force always builds.
// Usage: node scripts/build-web.mjs [--force]
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stampFile = join(root, "dist/web/build-stamp.json");

function files(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

// The inputs: the app's sources, the build config and the locked dependency versions.
const hash = createHash("sha256");
for (const file of [
  ...files(join(root, "src/web")),
  join(root, "vite.config.ts"),
  join(root, "package-lock.json"),
]) {
  hash.update(file.slice(root.length)).update("\0").update(readFileSync(file)).update("\0");
}
const inputs = hash.digest("hex");

const built = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, "utf8")).inputs : null;
if (built === inputs && !process.argv.includes("--force")) process.exit(0);

const { build } = await import("vite");
const started = Date.now();
await build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
writeFileSync(stampFile, `${JSON.stringify({ inputs, builtAt: new Date().toISOString() }, null, 2)}\n`);
console.error(`web app built into dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
