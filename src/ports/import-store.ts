import type { ActorKind, SourceInput } from "../domain/evidence/entities.ts";
import type { Caller } from "../domain/evidence/sensitivity.ts";

export interface ImportCounts {
  read: number;
  loaded: number;
  updated: number;
  rejected: number;
  duplicates: number;
  skipped: number;
}

export interface ImportRun {
  id: string;
  format: string;
  sourceId: string;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  datasetVersion: string | null;
  accessedAt: string;
  filters: Record<string, unknown>;
  status: "running" | "completed" | "failed" | "cancelled";
  counts: ImportCounts;
  error: string | null;
  actor: string;
  startedAt: string;
  finishedAt: string | null;
}

/** A dataset's manifest entry: the source with its licence and attribution, and every import of it. */
export interface DatasetManifestEntry {
  sourceId: string;
  name: string;
  licence: string | null;
  attribution: string | null;
  url: string | null;
  datasetVersion: string | null;
  accessedAt: string | null;
  runs: ImportRun[];
}

/** What importing a dataset needs beyond the bulk event path: its source, its actors, its runs. */
export interface ImportStore {
  /** The dataset's Source (found by `key`, created or brought up to date), with custody entries. */
  ensureDatasetSource(key: string, source: SourceInput, caller: Caller): Promise<string>;
  /** Ids of the dataset's actors by their dataset keys, creating those not yet stored. */
  resolveActors(
    actors: readonly { key: string; name: string; kind: ActorKind }[],
    sensitivity: SourceInput["sensitivity"],
    caller: Caller,
  ): Promise<Map<string, string>>;
  startRun(run: Omit<ImportRun, "status" | "counts" | "error" | "startedAt" | "finishedAt">): Promise<void>;
  /** Runs of the same file that never finished (a killed import), oldest first. */
  unfinishedRuns(fileSha256: string): Promise<ImportRun[]>;
  updateRun(
    id: string,
    counts: ImportCounts,
    status?: ImportRun["status"],
    error?: string | null,
  ): Promise<void>;
  manifest(): Promise<DatasetManifestEntry[]>;
}
