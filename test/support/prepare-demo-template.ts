// Run by scripts/test.mjs when browser tests are selected: a PGlite data folder with the fictional scenario
// loaded, which each browser test file copies (loading the scenario costs 10-20 s; copying it about one).
// Usage: node --import tsx test/support/prepare-demo-template.ts DIR
import { cpSync, existsSync, renameSync, rmSync } from "node:fs";
import { loadDemoScenario } from "../../src/app/demo/load-demo.ts";
import { openApp } from "../../src/bootstrap.ts";
import { templateDir } from "./template.ts";

const dir = process.argv[2];
if (!dir) throw new Error("usage: prepare-demo-template.ts DIR");
const building = `${dir}.building`;
rmSync(building, { recursive: true, force: true });
if (existsSync(templateDir())) cpSync(templateDir(), building, { recursive: true });
const app = await openApp({ dataDir: building, databaseUrl: undefined }, { command: "test demo template" });
try {
  await loadDemoScenario(app);
} finally {
  await app.close();
}
renameSync(building, dir);
