import { loadMigrations, migrate } from "../adapters/db/migrator.ts";
import type { BackupDeps } from "../app/backup/backup-store.ts";
import type { RestoreDeps } from "../app/backup/restore-store.ts";
import { documentHashes, eventIds } from "../app/verify/document-hashes.ts";
import type { VerifyDeps } from "../app/verify/verify-store.ts";
import type { AppContext } from "../bootstrap.ts";

/** What the verify, backup and restore use cases need, taken from an open store. */
export function verifyDeps(app: AppContext): VerifyDeps {
  return {
    store: app.store,
    blobs: app.blobs,
    documents: documentHashes(app.database.db),
    events: eventIds(app.database.db),
  };
}

export function backupDeps(app: AppContext, actor: string): BackupDeps {
  return {
    db: app.database.db,
    engine: app.database.engine,
    blobs: app.blobs,
    store: app.store,
    clock: app.clock,
    actor,
  };
}

export function restoreDeps(app: AppContext): RestoreDeps {
  const known = loadMigrations();
  return {
    db: app.database.db,
    blobs: app.blobs,
    knownMigrations: known.map((m) => m.name),
    migrateTo: async (version) =>
      (
        await migrate(
          app.database,
          known.filter((m) => m.version <= version),
        )
      ).applied,
  };
}
