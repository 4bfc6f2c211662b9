import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadMigrations } from "../../src/adapters/db/migrator.ts";

/** Where this run's migrated PGlite template lives: named by the migrations, so a new migration makes a new one. */
export function templateDir(): string {
  const hash = createHash("sha256");
  // The file name too: a migration renumbered with the same text is a different migration to the migrator.
  for (const m of loadMigrations()) hash.update(`${m.name}\0${m.checksum}\0`);
  return join(tmpdir(), `tocsin-test-template-${hash.digest("hex").slice(0, 16)}`);
}

/** Names the run's PGlite folder with the fictional scenario loaded (set by scripts/test.mjs for browser tests). */
export const DEMO_TEMPLATE_ENV = "TOCSIN_TEST_DEMO_TEMPLATE";
