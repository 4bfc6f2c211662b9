import { basename } from "node:path";
import { type RowItem, readDelimited } from "../../adapters/importers/delimited-rows.ts";
import { readJsonLines } from "../../adapters/importers/json-lines.ts";
import { RejectWriter } from "../../adapters/importers/reject-writer.ts";
import { AppError } from "../../domain/errors.ts";
import { EventInput } from "../../domain/evidence/entities.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { fastEventInput, type ImportedEventCandidate } from "../../domain/importers/fast-event-input.ts";
import { FieldError } from "../../domain/importers/field-error.ts";
import type { EventFormat, ImportRecord } from "../../domain/importers/import-record.ts";
import type { Clock } from "../../ports/clock.ts";
import type { ImportCounts, ImportStore } from "../../ports/import-store.ts";
import type { BulkEventsService } from "../bulk-events.service.ts";
import { fileDigest } from "./file-digest.ts";
import { closeFailedRun, openImportRun } from "./import-run.ts";

export interface ImportOptions {
  format: EventFormat;
  file: string;
  caller: Caller;
  /** Where rejected rows go (default: FILE.rejects.csv beside the input). */
  rejectFile?: string;
  stopOnError?: boolean;
  batchSize?: number;
  datasetVersion?: string | null;
  /** The day the dataset was downloaded (default: today). */
  accessedAt?: string;
  filters?: Record<string, unknown>;
  onProgress?: (p: ImportProgress) => void;
  /** The file is JSON Lines (one object per line) rather than delimited text. */
  jsonLines?: boolean;
  /** Stops the import between batches (the batches loaded stay; a later run resumes). */
  signal?: AbortSignal;
  /**
   * Called before each batch is written; throwing stops the import there (a job's cancel check). Batches
   * already written stay whole; the run is recorded `cancelled` when it throws a CancelledError.
   */
  checkpoint?: () => Promise<void>;
}

export interface ImportProgress {
  counts: ImportCounts;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportSummary {
  runId: string;
  format: string;
  file: string;
  sha256: string;
  counts: ImportCounts;
  rejectFile: string | null;
  /** Earlier runs of the same file that never finished, now closed as interrupted. */
  resumed: string[];
  stoppedAt: { line: number; reason: string } | null;
}

/** Reads just the first record, so that a file with the wrong columns is refused before any write. */
async function checkHeader(file: string, format: EventFormat, jsonLines: boolean): Promise<void> {
  for await (const item of jsonLines ? readJsonLines(file, format) : readDelimited(file, format)) {
    if (item.kind === "row") break;
  }
}

export class ImportStoppedError extends AppError {
  constructor(file: string, line: number, reason: string) {
    super("import-stopped", `${file}, line ${line}: ${reason} (stopped: --stop-on-error)`, { line, reason });
  }
}

/** Bytes of the file read into one batch at most (rows of about 500 bytes reach the row count first). */
// 4 MiB, not 8: with 8 a 64 MiB heap ran out of memory once in CI on rows at the size limits (two batches are
// held at once, each as parsed rows and as COPY text), a margin too thin for the 128 MiB default.
export const MAX_BATCH_BYTES = 4 * 2 ** 20;

/** A row ready to load: only what the batch needs (the raw cells die young, which spares the collector). */
interface Pending {
  line: number;
  record: ImportRecord;
  input: EventInput;
}

/**
 * Imports a dataset file: streamed row by row, each row mapped and validated, bad rows written to a reject
 * file with their line, column and reason, good rows loaded in batches through the bulk path (COPY, one
 * transaction and one custody entry per batch), each event attributed to the dataset by a claim.
 * Re-importing changes nothing; a newer release revises events by the dataset's own ids; a killed import
 * started again loads each row exactly once (the external id is unique).
 */
export class ImportDatasetService {
  constructor(
    readonly imports: ImportStore,
    readonly bulk: BulkEventsService,
    readonly clock: Clock,
    /** Refresh the planner's statistics after an import that changed rows (PGlite has no autovacuum). */
    readonly options: { analyzeAfterImport: boolean } = { analyzeAfterImport: true },
  ) {}

  /** Refuses a file whose columns are wrong (HeaderError naming them), before it is queued or read. */
  checkColumns(format: EventFormat, file: string, jsonLines = false): Promise<void> {
    return checkHeader(file, format, jsonLines);
  }

  async importFile(o: ImportOptions): Promise<ImportSummary> {
    const { format, file } = o;
    // Wrong or missing columns fail the whole file before anything is written.
    await checkHeader(file, format, o.jsonLines ?? false);
    const digest = await fileDigest(file);
    const accessedAt = o.accessedAt ?? this.clock.now().toISOString().slice(0, 10);
    const sensitivity = format.restricted ? "internal" : "public";
    const { runId, sourceId, resumed } = await openImportRun(this.imports, {
      sourceKey: `dataset:${format.name}`,
      dataset: format.dataset,
      format: format.name,
      fileName: basename(file),
      digest,
      datasetVersion: o.datasetVersion ?? null,
      accessedAt,
      sourceFilters: o.filters ?? null,
      runFilters: o.filters ?? {},
      caller: o.caller,
    });

    const counts: ImportCounts = { read: 0, loaded: 0, updated: 0, rejected: 0, duplicates: 0, skipped: 0 };
    const rejectPath = o.rejectFile ?? `${file}.rejects.csv`;
    let rejects: RejectWriter | null = null;
    let bytesRead = 0;
    let batchStart = 0;
    let batch: Pending[] = [];
    const actorIds = new Map<string, string>();
    const batchSize = o.batchSize ?? 5000;
    const progress = () => o.onProgress?.({ counts: { ...counts }, bytesRead, totalBytes: digest.size });

    const reject = async (line: number, values: string[] | null, column: string | null, reason: string) => {
      counts.rejected++;
      await rejects?.write(line, values, column, reason);
      if (o.stopOnError)
        throw new ImportStoppedError(basename(file), line, column ? `${column}: ${reason}` : reason);
    };
    // One batch is written while the next is read and mapped: parsing is CPU work in this process, the
    // write mostly waits for the database (PostgreSQL works in its own process), so the two overlap. At most
    // one write is in flight; the next starts only after it (and the checkpoint) succeeded, so batches
    // still commit in file order and a cancel or a kill keeps whole batches only.
    let writing: Promise<void> | null = null;
    const settle = async () => {
      const w = writing;
      writing = null;
      await w;
    };
    const flush = async () => {
      o.signal?.throwIfAborted();
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      await settle();
      await o.checkpoint?.();
      const w = this.#load(rows, format, sourceId, sensitivity, o.caller, counts, actorIds).then(async () => {
        await this.imports.updateRun(runId, counts);
        progress();
      });
      // Handled here so a failure waits for the next settle() instead of crashing the process meanwhile.
      w.catch(() => {});
      writing = w;
    };

    try {
      const onBytes = (b: number) => {
        bytesRead = b;
      };
      if (o.jsonLines) rejects = new RejectWriter(rejectPath, ",", ["record"]);
      const rows = o.jsonLines
        ? readJsonLines(file, format, onBytes)
        : readDelimited(
            file,
            format,
            (h) => {
              rejects = new RejectWriter(rejectPath, format.delimiter, h.columns);
            },
            onBytes,
          );
      for await (const item of rows) {
        counts.read++;
        const pending = await this.#prepare(item, format, sensitivity, reject, counts);
        if (pending) batch.push(pending);
        // A batch also ends after MAX_BATCH_BYTES of the file, so that a file of large rows (a 20,000-character
        // description in every row) keeps the same memory bound as one of small rows: two batches live at
        // once, each held as rows, then as COPY text (bin/tocsin.js runs imports under a heap limit).
        if (batch.length >= batchSize || bytesRead - batchStart >= MAX_BATCH_BYTES) {
          batchStart = bytesRead;
          await flush();
        }
      }
      await flush();
      await settle();
      await this.imports.updateRun(runId, counts, "completed", null);
      // PGlite has no autovacuum: without fresh statistics its plans for the new rows are poor.
      if (this.options.analyzeAfterImport && counts.loaded + counts.updated > 0)
        await this.bulk.refreshStatistics();
      return {
        runId,
        format: format.name,
        file,
        sha256: digest.sha256,
        counts,
        rejectFile: counts.rejected > 0 ? rejectPath : null,
        resumed,
        stoppedAt: null,
      };
    } catch (error) {
      // A batch still being written finishes (committed or rolled back) before the run is closed.
      await (writing as Promise<unknown> | null)?.catch(() => {});
      await closeFailedRun(this.imports, runId, counts, error, o.signal);
      throw error;
    } finally {
      await (rejects as RejectWriter | null)?.close();
    }
  }

  /** Maps and validates one row; a bad row is rejected (and named), a row the format leaves out is skipped. */
  async #prepare(
    item: RowItem,
    format: EventFormat,
    sensitivity: "public" | "internal",
    reject: (line: number, values: string[] | null, column: string | null, reason: string) => Promise<void>,
    counts: ImportCounts,
  ): Promise<Pending | null> {
    if (item.kind === "error") {
      await reject(item.line, item.values, item.column, item.reason);
      return null;
    }
    // PostgreSQL text cannot hold U+0000: a NUL in any cell is that row's reject, not the whole batch's failure.
    // The cells are looked at in file order first (no array of keys a row); the keys only name the column.
    const nul = item.values.some((v) => v.includes("\u0000"))
      ? Object.keys(item.row).find((k) => item.row[k]?.includes("\u0000"))
      : undefined;
    if (nul !== undefined) {
      await reject(item.line, item.values, nul, "holds a NUL character (U+0000), which cannot be stored");
      return null;
    }
    if (format.keep && !format.keep(item.row)) {
      counts.skipped++;
      return null;
    }
    let record: ImportRecord;
    try {
      record = format.mapRow(item.row);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      await reject(item.line, item.values, error.column, error.reason);
      return null;
    }
    // An actor is stored by the dataset's key (a unique index) under its name: both must fit.
    const actor = record.actors.find((a) => a.key.length > 200 || a.name.length > 500);
    if (actor) {
      const what = actor.key.length > 200 ? "its key" : "its name";
      await reject(
        item.line,
        item.values,
        null,
        `actors: an actor's ${what} is too long (${actor.name.slice(0, 40)}...)`,
      );
      return null;
    }
    const candidate: ImportedEventCandidate = {
      title: record.title.length > 500 ? `${record.title.slice(0, 497)}...` : record.title,
      description: record.description,
      dateStart: record.dateStart,
      dateEnd: record.dateEnd,
      datePrecision: record.datePrecision,
      place: record.place,
      acts: record.acts,
      fatalities: record.fatalities,
      externalId: { dataset: format.name, id: record.externalId },
      sensitivity,
    };
    // Most rows are certainly valid and skip zod; any other row gets zod's verdict and wording.
    const fast = fastEventInput(candidate);
    if (fast) return { line: item.line, record, input: fast };
    const parsed = EventInput.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      await reject(
        item.line,
        item.values,
        null,
        `${issue?.path.join(".") || "row"}: ${issue?.message ?? "invalid"}`,
      );
      return null;
    }
    return { line: item.line, record, input: parsed.data };
  }

  async #load(
    batch: Pending[],
    format: EventFormat,
    sourceId: string,
    sensitivity: "public" | "internal",
    caller: Caller,
    counts: ImportCounts,
    actorIds: Map<string, string>,
  ) {
    // Actors seen by an earlier batch of this import are not looked up again (a dataset names a few
    // thousand actors across a million rows); one removed meanwhile fails its batch in writeBatch's
    // reference check, as before.
    const unknown = batch.flatMap((p) => p.record.actors.filter((a) => !actorIds.has(a.key)));
    if (unknown.length > 0)
      for (const [key, id] of await this.imports.resolveActors(unknown, sensitivity, caller))
        actorIds.set(key, id);
    const byExternalId = new Map<string, Pending>();
    const inputs = batch.map((p) => {
      byExternalId.set(p.record.externalId, p);
      // The input is this batch's own object: filled in place rather than copied for every row.
      p.input.perpetrators = p.record.actors.map((a) => ({
        actorId: actorIds.get(a.key) as string,
        involvement: a.involvement,
      }));
      return p.input;
    });
    const report = await this.bulk.writeBatch(inputs, {
      caller,
      dataset: format.name,
      onDuplicate: "update",
      claimFor: (input, eventId, revised) => {
        const p = byExternalId.get(input.externalId?.id ?? "");
        if (!p) return null;
        return {
          sourceId,
          documentId: null,
          locator: `line ${p.line}`,
          eventId,
          situationId: null,
          indicator: null,
          statement: `${revised ? "Revised by a later release: " : ""}${p.record.statement}`,
          assertion: {
            fatalities: input.fatalities,
            dateStart: input.dateStart,
            ...(input.dateEnd ? { dateEnd: input.dateEnd } : {}),
          },
          credibility: p.record.credibility,
          credibilityReason: null,
          howKnown: `row of the ${format.dataset.name}`,
          witness: null,
          statedAt: null,
          sensitivity,
        };
      },
    });
    counts.loaded += report.inserted;
    counts.updated += report.updated;
    counts.duplicates += report.skipped;
  }
}
