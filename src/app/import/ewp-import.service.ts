import { createHash } from "node:crypto";
import { basename } from "node:path";
import { readEwpRecords } from "../../adapters/ewp/read-records.ts";
import { HeaderError } from "../../adapters/importers/header.ts";
import { RejectWriter } from "../../adapters/importers/reject-writer.ts";
import { XlsxError } from "../../adapters/importers/xlsx/read-xlsx.ts";
import { ValidationError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import {
  detectEwpKind,
  EWP_DATASET,
  type KindSpec,
  versionFromFileName,
} from "../../domain/importers/ewp.ts";
import { countryYearRow, episodeRow } from "../../domain/importers/ewp-rows.ts";
import { FieldError } from "../../domain/importers/field-error.ts";
import { EWP_ONSET, EWP_OUTCOME, EWP_PREDICTORS } from "../../domain/risk/panel.ts";
import type { Clock } from "../../ports/clock.ts";
import { canonicalRow, type EwpRow, type EwpStore, ewpRowKey } from "../../ports/ewp-store.ts";
import type { ImportCounts, ImportStore } from "../../ports/import-store.ts";
import { fileDigest } from "./file-digest.ts";
import { type ImportProgress, ImportStoppedError, type ImportSummary } from "./import-dataset.service.ts";
import { closeFailedRun, openImportRun } from "./import-run.ts";

/** Every column the forecaster reads from a predictors file. */
export const EWP_MODEL_COLUMNS = [...EWP_PREDICTORS, EWP_OUTCOME, EWP_ONSET];

export interface EwpImportOptions {
  file: string;
  /** The name to report and record (an upload's own name; default the file's). */
  fileName?: string;
  caller: Caller;
  /** The assessment the file belongs to (default: the year in an EWP file name, e.g. ewp2025_...). */
  datasetVersion?: string | null;
  accessedAt?: string;
  rejectFile?: string;
  stopOnError?: boolean;
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Called before each batch is written (a job's cancel check); batches written before stay whole. */
  checkpoint?: () => Promise<void>;
}

export interface EwpImportSummary extends ImportSummary {
  /** removed: stored rows of this version that the file no longer has (taken out). */
  ewp: { kind: KindSpec["kind"]; version: string; datasetId: string; removed: number };
}

/**
 * `tocsin import ewp FILE`: one of EWP's replication files into the store. The kind of file comes from its
 * header, checked whole before anything is written; rows are streamed, checked one by one (a bad row goes
 * to the reject file with its line, column and reason) and written in batches, each one transaction with
 * one custody entry. A row already stored as it is counts as a duplicate and writes nothing, so importing
 * the same file again changes nothing; a corrected file of the same version updates the rows that differ.
 * Each version (an assessment year) is kept apart, so the forecaster can name the one it reads.
 */
export class EwpImportService {
  constructor(
    readonly imports: ImportStore,
    readonly ewp: EwpStore,
    readonly clock: Clock,
  ) {}

  /**
   * Reads the header alone: the file's kind, or a HeaderError naming what is wrong. A CSV file or an Excel
   * workbook (EWP publishes the episode list as one); a workbook that cannot be read is refused here whole.
   */
  async checkColumns(file: string, shownAs?: string): Promise<KindSpec> {
    const name = shownAs ?? file;
    try {
      for await (const item of readEwpRecords(file, name)) {
        if (item.error) throw new HeaderError(name, `header row: ${item.error.reason}`);
        return this.#detect(item.cells, name);
      }
    } catch (error) {
      if (error instanceof XlsxError) throw new HeaderError(name, `${error.part}: ${error.detail}`);
      throw error;
    }
    throw new HeaderError(name, "empty file: no header row");
  }

  #detect(header: string[], file: string): KindSpec {
    const d = detectEwpKind(header, EWP_MODEL_COLUMNS);
    if (!d.ok) throw new HeaderError(file, d.reason, d.missing);
    const dup = header.filter((h, i) => h !== "" && header.indexOf(h) !== i);
    if (dup.length > 0) throw new HeaderError(file, `duplicated columns: ${[...new Set(dup)].join(", ")}`);
    return d.spec;
  }

  async importFile(o: EwpImportOptions): Promise<EwpImportSummary> {
    const fileName = o.fileName ?? basename(o.file);
    const spec = await this.checkColumns(o.file, fileName);
    const version = o.datasetVersion ?? versionFromFileName(fileName);
    if (!version)
      throw new ValidationError(
        `datasetVersion: ${fileName} does not say which EWP assessment it belongs to: give the version (e.g. 2025)`,
        [{ path: "datasetVersion", message: "required: the file name holds no ewpYYYY" }],
      );
    const digest = await fileDigest(o.file);
    const now = () => this.clock.now();
    const accessedAt = o.accessedAt ?? now().toISOString().slice(0, 10);
    const { runId, sourceId, resumed } = await openImportRun(this.imports, {
      sourceKey: "dataset:ewp",
      dataset: EWP_DATASET,
      format: "ewp",
      fileName,
      digest,
      datasetVersion: version,
      accessedAt,
      sourceFilters: null,
      runFilters: { kind: spec.kind },
      caller: o.caller,
    });
    const counts: ImportCounts = { read: 0, loaded: 0, updated: 0, rejected: 0, duplicates: 0, skipped: 0 };
    const rejectPath = o.rejectFile ?? `${o.file}.rejects.csv`;
    let rejects: RejectWriter | null = null;
    let header: string[] = [];
    let datasetId = "";
    let bytesRead = 0;
    let batch: EwpRow[] = [];
    const lines = new Map<string, number>();
    const seen = new Map<string, number>();
    const batchSize = o.batchSize ?? 2000;

    const reject = async (line: number, values: string[], column: string | null, reason: string) => {
      counts.rejected++;
      await rejects?.write(line, values, column, reason);
      if (o.stopOnError)
        throw new ImportStoppedError(fileName, line, column ? `${column}: ${reason}` : reason);
    };
    const flush = async () => {
      o.signal?.throwIfAborted();
      if (batch.length === 0) return;
      await o.checkpoint?.();
      await this.#write(
        batch,
        lines,
        { datasetId, spec, version, fileName, sha256: digest.sha256, runId },
        o,
        counts,
      );
      batch = [];
      lines.clear();
      await this.imports.updateRun(runId, counts);
      o.onProgress?.({ counts: { ...counts }, bytesRead, totalBytes: digest.size });
    };

    try {
      let ordinal = 0;
      for await (const item of readEwpRecords(o.file, fileName)) {
        bytesRead = item.bytes;
        if (header.length === 0) {
          header = item.cells.map((c) => c.trim());
          rejects = new RejectWriter(rejectPath, ",", header);
          const { dataset } = await this.ewp.ensureDataset(
            {
              kind: spec.kind,
              version,
              sourceId,
              columns: header,
              fileName,
              fileSha256: digest.sha256,
              fileSize: digest.size,
              createdBy: o.caller.actor,
            },
            now(),
          );
          datasetId = dataset.id;
          continue;
        }
        counts.read++;
        ordinal++;
        if (item.error) {
          const column = item.error.column === null ? null : (header[item.error.column] ?? null);
          await reject(item.line, item.cells, column, item.error.reason);
          continue;
        }
        const row = await this.#mapRow(spec, header, item.cells, item.line, ordinal, reject);
        if (!row) continue;
        const key = ewpRowKey(row);
        const first = seen.get(key);
        if (first !== undefined) {
          await reject(
            item.line,
            item.cells,
            row.kind === "episode" ? "mk_event_code" : "year",
            `duplicate of line ${first} (${key})`,
          );
          continue;
        }
        seen.set(key, item.line);
        lines.set(key, item.line);
        batch.push(row);
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      // A corrected file of the same version that drops rows: the stored version follows the file, so that a
      // forecast from the store equals one from the file. Not when rows were rejected (they may be the ones).
      let removed: string[] = [];
      if (counts.rejected === 0) {
        await o.checkpoint?.();
        removed = await this.ewp.removeRowsNotIn(
          datasetId,
          new Set(seen.keys()),
          {
            actor: o.caller.actor,
            action: "remove",
            targetType: "ewp-dataset",
            targetId: datasetId,
            reason: `EWP ${spec.kind} ${version}: rows absent from ${fileName}`,
            details: { kind: spec.kind, version, importRun: runId, fileSha256: digest.sha256 },
          },
          now(),
        );
      }
      const stored = await this.ewp.dataset(spec.kind, version);
      if (
        stored &&
        (counts.loaded + counts.updated + removed.length > 0 || stored.fileSha256 !== digest.sha256)
      )
        await this.ewp.finishDataset(
          datasetId,
          { columns: header, fileName, fileSha256: digest.sha256, fileSize: digest.size },
          now(),
        );
      await this.imports.updateRun(runId, counts, "completed", null);
      return {
        runId,
        format: "ewp",
        file: o.file,
        sha256: digest.sha256,
        counts,
        rejectFile: counts.rejected > 0 ? rejectPath : null,
        resumed,
        stoppedAt: null,
        ewp: { kind: spec.kind, version, datasetId, removed: removed.length },
      };
    } catch (error) {
      await closeFailedRun(this.imports, runId, counts, error, o.signal);
      throw error;
    } finally {
      await (rejects as RejectWriter | null)?.close();
    }
  }

  async #mapRow(
    spec: KindSpec,
    header: string[],
    cells: string[],
    line: number,
    ordinal: number,
    reject: (line: number, values: string[], column: string | null, reason: string) => Promise<void>,
  ): Promise<EwpRow | null> {
    // The episodes sheet leaves out empty trailing cells; a country-year row must be whole.
    if (cells.length > header.length || (spec.kind !== "episodes" && cells.length < header.length)) {
      await reject(line, cells, null, `${cells.length} cells, the header has ${header.length}`);
      return null;
    }
    const nul = cells.findIndex((c) => c.includes("\u0000"));
    if (nul >= 0) {
      await reject(
        line,
        cells,
        header[nul] ?? null,
        "holds a NUL character (U+0000), which cannot be stored",
      );
      return null;
    }
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h !== "") row[h] = cells[i] ?? "";
    });
    try {
      return spec.kind === "episodes"
        ? { kind: "episode", ordinal, row: episodeRow(header, row) }
        : { kind: "country-year", ordinal, row: countryYearRow(header, row) };
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      await reject(line, cells, error.column, error.reason);
      return null;
    }
  }

  /** One batch: rows stored as they are count as duplicates; new and changed ones are written with custody. */
  async #write(
    batch: EwpRow[],
    lines: Map<string, number>,
    d: {
      datasetId: string;
      spec: KindSpec;
      version: string;
      fileName: string;
      sha256: string;
      runId: string;
    },
    o: EwpImportOptions,
    counts: ImportCounts,
  ) {
    const stored = await this.ewp.storedRows(d.datasetId, batch);
    const write: EwpRow[] = [];
    let inserted = 0;
    let updated = 0;
    for (const row of batch) {
      const before = stored.get(ewpRowKey(row));
      if (before === undefined) inserted++;
      else if (before !== canonicalRow(row)) updated++;
      else {
        counts.duplicates++;
        continue;
      }
      write.push(row);
    }
    if (write.length === 0) return;
    const hash = createHash("sha256");
    for (const row of write) hash.update(canonicalRow(row)).update("\n");
    const at = lines.values();
    const first = at.next().value ?? null;
    await this.ewp.writeRows(
      d.datasetId,
      write,
      {
        actor: o.caller.actor,
        action: "import",
        targetType: "ewp-dataset",
        targetId: d.datasetId,
        reason: `EWP ${d.spec.kind} ${d.version}: ${d.fileName}`,
        details: {
          kind: d.spec.kind,
          version: d.version,
          importRun: d.runId,
          fileSha256: d.sha256,
          fromLine: first,
          toLine: [...lines.values()].at(-1) ?? null,
          inserted,
          updated,
          rowsSha256: hash.digest("hex"),
        },
      },
      this.clock.now(),
    );
    counts.loaded += inserted;
    counts.updated += updated;
  }
}
