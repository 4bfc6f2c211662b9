import { canonicalJson } from "../domain/custody/canonical-json.ts";
import type { CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { EwpKind } from "../domain/importers/ewp.ts";
import type { EwpCountryYear, EwpEpisode } from "../domain/importers/ewp-rows.ts";

/** One kind of EWP file at one dataset version, as stored (the last file imported into it). */
export interface EwpDataset {
  id: string;
  kind: EwpKind;
  version: string;
  sourceId: string;
  columns: string[];
  fileName: string;
  fileSha256: string;
  fileSize: number;
  rowCount: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** A row keyed in its dataset: `ccode:year` for a country-year, the episode code for an episode. */
export type EwpRow =
  | { kind: "country-year"; ordinal: number; row: EwpCountryYear }
  | { kind: "episode"; ordinal: number; row: EwpEpisode };

export function ewpRowKey(r: EwpRow): string {
  return r.kind === "country-year" ? `${r.row.ccode}:${r.row.year}` : r.row.code;
}

/** What is compared on re-import: the row with its place in the file (the panel keeps the file's order). */
export function canonicalRow(r: EwpRow): string {
  return canonicalJson({ ordinal: r.ordinal, row: r.row });
}

/**
 * EWP's country-year files and episode sheet in the store (migration 0015). A dataset is one kind of file
 * at one version; re-importing compares rows by key and writes only what changed.
 */
export interface EwpStore {
  /** The dataset of this kind and version, created (with a custody entry) when new. */
  ensureDataset(
    d: Omit<EwpDataset, "id" | "rowCount" | "createdAt" | "updatedAt">,
    at: Date,
  ): Promise<{ dataset: EwpDataset; created: boolean }>;
  /** The stored rows among these keys, as canonical JSON (to tell unchanged from changed). */
  storedRows(datasetId: string, rows: readonly EwpRow[]): Promise<Map<string, string>>;
  /** Writes new and changed rows in one transaction, with one custody entry. */
  writeRows(datasetId: string, rows: readonly EwpRow[], custody: CustodyEvent, at: Date): Promise<void>;
  /**
   * Removes the rows whose keys are not in `keep` (a corrected file of the same version dropped them), in
   * one transaction with one custody entry naming them; returns the keys removed.
   */
  removeRowsNotIn(
    datasetId: string,
    keep: ReadonlySet<string>,
    custody: CustodyEvent,
    at: Date,
  ): Promise<string[]>;
  /** Records the file a dataset was last imported from, and its row count. */
  finishDataset(
    datasetId: string,
    file: { columns: string[]; fileName: string; fileSha256: string; fileSize: number },
    at: Date,
  ): Promise<EwpDataset>;
  datasets(kind?: EwpKind): Promise<EwpDataset[]>;
  /** A dataset by kind and version, or the most recently created of that kind when version is undefined. */
  dataset(kind: EwpKind, version?: string): Promise<EwpDataset | null>;
  /** A country-year dataset's rows in file order. */
  countryYears(datasetId: string): Promise<EwpCountryYear[]>;
  /** An episode sheet's rows in file order. */
  episodes(datasetId: string): Promise<EwpEpisode[]>;
}
