import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { SourceInput } from "../../domain/evidence/entities.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { Clock } from "../../ports/clock.ts";
import type { DatasetManifestEntry, ImportCounts, ImportRun, ImportStore } from "../../ports/import-store.ts";
import { appendCustody } from "./custody.queries.ts";
import { json } from "./mappers/common.ts";
import { sourceToRow } from "./mappers/source.mapper.ts";
import type { DB } from "./schema.ts";

/** Sources, actors and import runs of datasets, over Kysely (PGlite or PostgreSQL). */
export class KyselyImportStore implements ImportStore {
  constructor(
    readonly db: Kysely<DB>,
    readonly clock: Clock,
  ) {}

  async ensureDatasetSource(key: string, source: SourceInput, caller: Caller): Promise<string> {
    return this.db.transaction().execute(async (tx) => {
      const row = sourceToRow(source);
      const existing = await tx
        .selectFrom("sources")
        .selectAll()
        .where("external_key", "=", key)
        .executeTakeFirst();
      if (!existing) {
        const id = randomUUID();
        await tx
          .insertInto("sources")
          .values({ id, ...row, external_key: key })
          .execute();
        await appendCustody(
          tx,
          {
            actor: caller.actor,
            action: "create",
            targetType: "source",
            targetId: id,
            reason: `dataset ${key}`,
            details: {},
          },
          this.clock.now(),
        );
        return id;
      }
      // A new release or access date updates the dataset's source; what an analyst graded stays.
      const next = {
        dataset_version: row.dataset_version,
        accessed_at: row.accessed_at,
        licence: row.licence,
        attribution: row.attribution,
        url: row.url,
        filters: row.filters,
      };
      const changed = Object.entries(next)
        .filter(
          ([k, v]) =>
            JSON.stringify(normalise(v)) !==
            JSON.stringify(normalise((existing as Record<string, unknown>)[k])),
        )
        .map(([k]) => k);
      if (changed.length > 0) {
        await tx
          .updateTable("sources")
          .set({ ...next, version: sql`version + 1`, updated_at: sql`now()` })
          .where("id", "=", existing.id)
          .execute();
        await appendCustody(
          tx,
          {
            actor: caller.actor,
            action: "update",
            targetType: "source",
            targetId: existing.id,
            reason: `dataset ${key}`,
            details: { changed },
          },
          this.clock.now(),
        );
      }
      return existing.id;
    });
  }

  async resolveActors(
    actors: readonly { key: string; name: string; kind: string }[],
    sensitivity: string,
    caller: Caller,
  ) {
    const unique = [...new Map(actors.map((a) => [a.key, a])).values()];
    const ids = new Map<string, string>();
    if (unique.length === 0) return ids;
    await this.db.transaction().execute(async (tx) => {
      const found = await tx
        .selectFrom("actors")
        .select(["id", "external_key"])
        .where(
          "external_key",
          "in",
          unique.map((a) => a.key),
        )
        .execute();
      for (const f of found) ids.set(f.external_key as string, f.id);
      const fresh = unique
        .filter((a) => !ids.has(a.key))
        .map((a) => ({
          id: randomUUID(),
          name: a.name.slice(0, 500),
          kind: a.kind,
          aliases: [],
          sensitivity,
          external_key: a.key,
        }));
      if (fresh.length === 0) return;
      await tx.insertInto("actors").values(fresh).execute();
      for (const a of fresh) ids.set(a.external_key, a.id);
      await appendCustody(
        tx,
        {
          actor: caller.actor,
          action: "create",
          targetType: "actor-batch",
          targetId: `${fresh[0]?.id}..${fresh.at(-1)?.id}`,
          reason: "named by an imported dataset",
          details: { count: fresh.length, keys: fresh.map((a) => a.external_key) },
        },
        this.clock.now(),
      );
    });
    return ids;
  }

  async startRun(
    run: Omit<ImportRun, "status" | "counts" | "error" | "startedAt" | "finishedAt">,
  ): Promise<void> {
    await this.db
      .insertInto("import_runs")
      .values({
        id: run.id,
        format: run.format,
        source_id: run.sourceId,
        file_name: run.fileName,
        file_sha256: run.fileSha256,
        file_size: run.fileSize,
        dataset_version: run.datasetVersion,
        accessed_at: run.accessedAt,
        filters: JSON.stringify(run.filters),
        status: "running",
        actor: run.actor,
      })
      .execute();
  }

  async unfinishedRuns(fileSha256: string): Promise<ImportRun[]> {
    const rows = await this.db
      .selectFrom("import_runs")
      .selectAll()
      .where("file_sha256", "=", fileSha256)
      .where("status", "=", "running")
      .orderBy("started_at")
      .execute();
    return rows.map(runFromRow);
  }

  async updateRun(
    id: string,
    counts: ImportCounts,
    status?: ImportRun["status"],
    error?: string | null,
  ): Promise<void> {
    await this.db
      .updateTable("import_runs")
      .set({
        rows_read: counts.read,
        rows_loaded: counts.loaded,
        rows_updated: counts.updated,
        rows_rejected: counts.rejected,
        rows_duplicate: counts.duplicates,
        rows_skipped: counts.skipped,
        ...(status ? { status } : {}),
        ...(error !== undefined ? { error } : {}),
        ...(status && status !== "running" ? { finished_at: this.clock.now().toISOString() } : {}),
      })
      .where("id", "=", id)
      .execute();
  }

  async manifest(): Promise<DatasetManifestEntry[]> {
    const sources = await this.db
      .selectFrom("sources")
      .selectAll()
      .where("kind", "=", "dataset")
      .orderBy("name")
      .execute();
    const runs = (await this.db.selectFrom("import_runs").selectAll().orderBy("started_at").execute()).map(
      runFromRow,
    );
    return sources.map((s) => ({
      sourceId: s.id,
      name: s.name,
      licence: s.licence,
      attribution: s.attribution,
      url: s.url,
      datasetVersion: s.dataset_version,
      accessedAt: s.accessed_at,
      runs: runs.filter((r) => r.sourceId === s.id),
    }));
  }
}

function normalise(v: unknown): unknown {
  return typeof v === "string" && v.startsWith("{") ? JSON.parse(v) : (v ?? null);
}

function runFromRow(r: Record<string, unknown>): ImportRun {
  return {
    id: r.id as string,
    format: r.format as string,
    sourceId: r.source_id as string,
    fileName: r.file_name as string,
    fileSha256: r.file_sha256 as string,
    fileSize: Number(r.file_size),
    datasetVersion: r.dataset_version as string | null,
    accessedAt: r.accessed_at as string,
    filters: json<Record<string, unknown>>(r.filters),
    status: r.status as ImportRun["status"],
    counts: {
      read: Number(r.rows_read),
      loaded: Number(r.rows_loaded),
      updated: Number(r.rows_updated),
      rejected: Number(r.rows_rejected),
      duplicates: Number(r.rows_duplicate),
      skipped: Number(r.rows_skipped),
    },
    error: r.error as string | null,
    actor: r.actor as string,
    startedAt: r.started_at as string,
    finishedAt: r.finished_at as string | null,
  };
}
