import { existsSync, mkdirSync, statSync } from "node:fs";
import { readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { gunzipFile } from "../../adapters/download/gunzip.ts";
import { unzipFile } from "../../adapters/download/unzip.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { isCancellation } from "../../domain/jobs/cancelled.ts";
import type { Clock } from "../../ports/clock.ts";
import { DownloadError, type Downloader } from "../../ports/downloader.ts";
import type { EwpImportService } from "../import/ewp-import.service.ts";
import { fileDigest } from "../import/file-digest.ts";
import { EVENT_FORMATS } from "../import/formats.ts";
import type {
  ImportDatasetService,
  ImportProgress,
  ImportSummary,
} from "../import/import-dataset.service.ts";
import type { PullFile, PullPlan } from "./dataset-catalogue.ts";
import { manifestPath, type PullManifest, readManifest, writeManifest } from "./pull-manifest.ts";

export interface PullProgress {
  phase: "downloading" | "unpacking" | "importing";
  file: string;
  fileIndex: number;
  fileCount: number;
  bytes: number;
  totalBytes: number | null;
  import: ImportProgress | null;
}

export interface PullOptions {
  /** The downloads folder; each pull goes to DIR/<dataset>/<release>/. */
  dir: string;
  /** Import the unpacked files afterwards, as this caller. */
  importAs?: Caller | null;
  onProgress?: (p: PullProgress) => void;
  signal?: AbortSignal;
  /** Called between files and between an import's batches; throwing stops the pull (a job's cancel). */
  checkpoint?: () => Promise<void>;
}

export interface PulledFile {
  fileName: string;
  url: string;
  /** downloaded now; present from an earlier pull (hash checked again); absent on the server (GDELT gaps). */
  status: "downloaded" | "present" | "absent";
  path: string | null;
  manifest: string | null;
  bytes: number;
  sha256: string | null;
  unpacked: string[];
}

export interface PullReport {
  dataset: string;
  release: string;
  folder: string;
  files: PulledFile[];
  imports: ImportSummary[];
  /** Why nothing was imported although asked (a dataset no importer reads). */
  importNote: string | null;
}

const DATA_FILE = /\.(csv|tsv|txt)$/i;
/** EWP's files: CSV, and the Excel workbook of its mass-killing episodes (read by the EWP importer). */
const EWP_DATA_FILE = /\.(csv|xlsx)$/i;

/**
 * `tocsin pull`: downloads a public dataset from its publisher (see dataset-catalogue.ts), checks it
 * (the publisher's size and hashes where given; always the announced length), unpacks it, writes a
 * manifest beside it, and optionally imports it. A download whose manifest is present and whose bytes
 * still hash the same is not fetched again; an interrupted one resumes. A checksum mismatch keeps nothing.
 */
export class PullDatasetService {
  constructor(
    readonly downloader: Downloader,
    readonly imports: ImportDatasetService | null,
    readonly clock: Clock,
    /** The EWP importer (`pull ewp --import`): EWP's files are country-years and episodes, not events. */
    readonly ewp: EwpImportService | null = null,
  ) {}

  /**
   * Downloads (and imports) a plan. Half-written files (`*.part`: a download in progress, an entry being
   * unpacked) are removed when the pull succeeds, is cancelled, or fails in a way a retry would not mend;
   * after a retryable failure (a broken connection) they stay, so the next attempt resumes the download.
   */
  async pull(plan: PullPlan, o: PullOptions): Promise<PullReport> {
    const folder = pullFolder(o.dir, plan);
    try {
      const report = await this.#pull(plan, folder, o);
      await removePartials(folder);
      return report;
    } catch (error) {
      const retryable = (error as { retryable?: unknown })?.retryable === true;
      if (isCancellation(error, o.signal) || !retryable) await removePartials(folder);
      throw error;
    }
  }

  async #pull(plan: PullPlan, folder: string, o: PullOptions): Promise<PullReport> {
    mkdirSync(folder, { recursive: true });
    const files: PulledFile[] = [];
    for (const [i, f] of plan.files.entries()) {
      const progress = (phase: PullProgress["phase"], bytes: number, totalBytes: number | null) =>
        o.onProgress?.({
          phase,
          file: f.fileName,
          fileIndex: i,
          fileCount: plan.files.length,
          bytes,
          totalBytes,
          import: null,
        });
      await o.checkpoint?.();
      files.push(await this.#fetchOne(plan, f, folder, progress, o.signal));
    }
    const report: PullReport = {
      dataset: plan.dataset,
      release: plan.release,
      folder,
      files,
      imports: [],
      importNote: null,
    };
    if (o.importAs) await this.#import(plan, report, o.importAs, o);
    return report;
  }

  async #fetchOne(
    plan: PullPlan,
    f: PullFile,
    folder: string,
    progress: (phase: PullProgress["phase"], bytes: number, total: number | null) => void,
    signal: AbortSignal | undefined,
  ): Promise<PulledFile> {
    const path = join(folder, f.fileName);
    const present = await this.#present(path);
    if (present) return present;
    const part = `${path}.part`;
    let result: Awaited<ReturnType<Downloader["fetchTo"]>>;
    try {
      result = await this.downloader.fetchTo(f.url, part, {
        signal,
        onBytes: (b, t) => progress("downloading", b, t),
      });
    } catch (error) {
      if (f.optional && error instanceof DownloadError && error.status === 404) {
        await rm(part, { force: true });
        return {
          fileName: f.fileName,
          url: f.url,
          status: "absent",
          path: null,
          manifest: null,
          bytes: 0,
          sha256: null,
          unpacked: [],
        };
      }
      throw error;
    }
    const mismatch = checkPublished(f, result);
    if (mismatch) {
      await rm(part, { force: true });
      throw new DownloadError("checksum", `${f.url}: ${mismatch}; nothing was kept`, false);
    }
    await rename(part, path);
    progress("unpacking", result.bytes, result.bytes);
    let unpacked: { name: string; path: string }[];
    try {
      unpacked = await unpack(f, path, folder);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const manifest: PullManifest = {
      dataset: plan.dataset,
      title: plan.title,
      release: plan.release,
      url: f.url,
      finalUrl: result.finalUrl,
      fetchedAt: this.clock.now().toISOString(),
      bytes: result.bytes,
      sha256: result.sha256,
      md5: result.md5,
      verified: {
        sha256: f.published.sha256 ? "published" : "computed",
        md5: f.published.md5 ? "published" : "none",
        size:
          f.published.size !== undefined
            ? "published"
            : result.announcedBytes !== null
              ? "content-length"
              : "none",
      },
      licence: plan.licence,
      attribution: plan.attribution,
      homepage: plan.homepage,
      unpacked: [],
    };
    for (const u of unpacked) {
      const d = await fileDigest(u.path);
      manifest.unpacked.push({ name: u.name, bytes: d.size, sha256: d.sha256 });
    }
    await writeManifest(path, manifest);
    return {
      fileName: f.fileName,
      url: f.url,
      status: "downloaded",
      path,
      manifest: manifestPath(path),
      bytes: result.bytes,
      sha256: result.sha256,
      unpacked: unpacked.map((u) => u.path),
    };
  }

  /** A download done before: its manifest, its bytes hashing as recorded, and its unpacked files there. */
  async #present(path: string): Promise<PulledFile | null> {
    const m = readManifest(path);
    if (!m || !existsSync(path)) return null;
    const folder = path.slice(0, path.lastIndexOf("/"));
    const unpacked = m.unpacked.map((u) => join(folder, u.name));
    if (unpacked.some((p, k) => !existsSync(p) || statSync(p).size !== m.unpacked[k]?.bytes)) return null;
    const digest = await fileDigest(path);
    if (digest.sha256 !== m.sha256) return null;
    return {
      fileName: path.slice(folder.length + 1),
      url: m.url,
      status: "present",
      path,
      manifest: manifestPath(path),
      bytes: m.bytes,
      sha256: m.sha256,
      unpacked,
    };
  }

  async #import(plan: PullPlan, report: PullReport, caller: Caller, o: PullOptions) {
    const { onProgress, signal, checkpoint } = o;
    const format = plan.importFormat ? EVENT_FORMATS[plan.importFormat] : undefined;
    if (!this.imports) throw new Error("this pull service was built without an importer");
    const ewp = plan.importFormat === "ewp" ? this.ewp : null;
    if (!format && !ewp) {
      report.importNote = `${plan.dataset} has no importer into the store; its files are read by forecast and backtest (TOCSIN_EWP_DATA)`;
      return;
    }
    const readable = ewp ? EWP_DATA_FILE : DATA_FILE;
    const dataFiles = report.files.flatMap((f) =>
      (f.unpacked.length > 0 ? f.unpacked : f.path ? [f.path] : []).filter((p) => readable.test(p)),
    );
    for (const [i, file] of dataFiles.entries()) {
      const m = readManifest(
        report.files.find((f) => f.unpacked.includes(file) || f.path === file)?.path ?? "",
      );
      const onImport = (p: ImportProgress) =>
        onProgress?.({
          phase: "importing",
          file,
          fileIndex: i,
          fileCount: dataFiles.length,
          bytes: p.bytesRead,
          totalBytes: p.totalBytes,
          import: p,
        });
      if (ewp) {
        report.imports.push(
          await ewp.importFile({
            file,
            caller,
            datasetVersion: plan.release,
            accessedAt: m?.fetchedAt.slice(0, 10),
            signal,
            checkpoint,
            onProgress: onImport,
          }),
        );
        continue;
      }
      if (!format) continue;
      report.imports.push(
        await this.imports.importFile({
          format,
          file,
          caller,
          datasetVersion: plan.dataset === "gdelt" ? null : plan.release,
          accessedAt: m?.fetchedAt.slice(0, 10),
          signal,
          checkpoint,
          onProgress: onImport,
        }),
      );
    }
  }
}

/** Where a plan's files go: DIR/<dataset>/<release>/. */
export function pullFolder(dir: string, plan: PullPlan): string {
  return join(dir, plan.dataset, plan.release.replace(/[^\w.-]+/g, "_"));
}

/**
 * Removes the half-written files in a pull's folder (downloads and unpacked entries are written as
 * NAME.part and renamed when whole); returns their names. One pull writes a folder at a time (a job per
 * dataset and release), so every part there is this pull's.
 */
export async function removePartials(folder: string): Promise<string[]> {
  const names = existsSync(folder) ? (await readdir(folder)).filter((n) => n.endsWith(".part")) : [];
  for (const n of names) await rm(join(folder, n), { force: true });
  return names;
}

/** Compares a download with what the publisher states; null when everything stated matches. */
function checkPublished(f: PullFile, r: { bytes: number; sha256: string; md5: string }): string | null {
  const p = f.published;
  if (p.size !== undefined && p.size !== r.bytes)
    return `${r.bytes} bytes where the publisher states ${p.size}`;
  if (p.sha256 && p.sha256.toLowerCase() !== r.sha256)
    return `SHA-256 ${r.sha256} where the publisher states ${p.sha256}`;
  if (p.md5 && p.md5.toLowerCase() !== r.md5) return `MD5 ${r.md5} where the publisher states ${p.md5}`;
  return null;
}

async function unpack(f: PullFile, path: string, folder: string): Promise<{ name: string; path: string }[]> {
  if (f.unpack === "zip") return unzipFile(path, folder);
  if (f.unpack === "gz") {
    const name = f.fileName.replace(/\.gz$/i, "");
    await gunzipFile(path, join(folder, name));
    return [{ name, path: join(folder, name) }];
  }
  return [];
}
