import type { CustodyEntry, CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { ClaimInput, EventInput } from "../domain/evidence/entities.ts";

/**
 * What to do with an event whose external id (dataset, id) is already stored: leave the stored one as it
 * is, or revise it with the incoming fields (a newer release of the dataset). Either way an event is never
 * loaded twice.
 */
export type OnDuplicate = "skip" | "update";

export interface BulkEventRow {
  id: string;
  input: EventInput;
  /** The row's number in the caller's batch (1-based), for error messages. */
  row: number;
}

export interface BulkLoadOutcome {
  /** Ids of the rows inserted, in the order the rows were given. */
  inserted: string[];
  /** Ids of stored events that the rows revised (onDuplicate "update"), in the order the rows were given. */
  updated: string[];
  /** Rows left out: their external id is stored already (and, under "update", with the same fields). */
  skipped: number;
  /** For each id in `updated`, the index in the given rows of the row that revised it. */
  updatedRows: number[];
}

export type ReferenceKind = "actor" | "group" | "situation";

/** One batch's transaction: the rows it loads and its custody entry land together or not at all. */
export interface BulkEventBatch {
  /**
   * Loads validated events. Under "update", a revision replaces the dataset's fields of the stored event
   * but keeps its id, its situations and its sensitivity (analysts' decisions), and bumps its version.
   * Rows must not repeat an external id within one call.
   */
  load(rows: readonly BulkEventRow[], onDuplicate: OnDuplicate): Promise<BulkLoadOutcome>;
  /** The ids among `ids` that name no stored record of that kind (arrays have no foreign keys). */
  missing(kind: ReferenceKind, ids: readonly string[]): Promise<string[]>;
  appendCustody(event: CustodyEvent, at: Date): Promise<CustodyEntry>;
  /** Loads claims with COPY in the same transaction (importers attribute each row to its dataset). */
  loadClaims(rows: readonly { id: string; input: ClaimInput }[]): Promise<void>;
}

/** The bulk write path for events (importers, restores): COPY-speed loading in per-batch transactions. */
export interface BulkEventWriter {
  batch<T>(fn: (batch: BulkEventBatch) => Promise<T>): Promise<T>;
  /**
   * Refreshes the query planner's statistics for events after a large load. PostgreSQL's autovacuum does
   * it in time; PGlite has no autovacuum, and without statistics its plans for search are poor.
   */
  analyze(): Promise<void>;
}
