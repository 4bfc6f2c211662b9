// Run once by scripts/test.mjs before the tests: a migrated PGlite data folder that each storage test copies
// (creating a database costs seconds; copying one well under a second).
import { existsSync, renameSync, rmSync } from "node:fs";
import { openApp } from "../../src/bootstrap.ts";
import { templateDir } from "./template.ts";

const dir = templateDir();
if (!existsSync(dir)) {
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const app = await openApp({ dataDir: building, databaseUrl: undefined }, { command: "test template" });
  await app.close();
  try {
    renameSync(building, dir);
  } catch (error) {
    // Another run (engineers sharing a machine) built the same template meanwhile: use theirs.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
}
