import type { RecordAccess } from "../domain/access/record-access.ts";
import type { Alert, AlertStatus, AlertVersion } from "../domain/alerts/document/alert-version.ts";
import type { CustodyEntry, CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { Page } from "./evidence-store.ts";

export interface AlertListQuery {
  /** Only alerts with at least one published version (public mode, the feed). */
  publishedOnly: boolean;
  situationId?: string;
  /** Only alerts whose latest version has this status. */
  status?: AlertStatus;
  limit: number;
  cursor?: string | null;
  /** Whose grants open restricted alerts and situations (the policy's GUARDED_BY); none when absent. */
  access?: RecordAccess;
}

/** An alert with its versions (content included), oldest first. */
export interface AlertWithVersions {
  alert: Alert;
  versions: AlertVersion[];
}

/** Writes inside one transaction, custody entry included. */
export interface AlertTx {
  /** The alert and its versions, locked against concurrent changes until the transaction ends. */
  lock(alertId: string): Promise<AlertWithVersions | null>;
  insertAlert(alert: Alert): Promise<void>;
  insertVersion(version: AlertVersion): Promise<void>;
  /** Replaces a version that is not published, if it is still at `expectedRevision`. */
  updateVersion(version: AlertVersion, expectedRevision: number): Promise<"ok" | "stale">;
  /** Deletes a draft version, if it is still a draft at `expectedRevision`; an alert left without versions goes too. */
  deleteDraft(alertId: string, number: number, expectedRevision: number): Promise<"ok" | "stale">;
  appendCustody(event: CustodyEvent, at: Date): Promise<CustodyEntry>;
}

/** Storage of alert documents. Published versions are immutable (the database refuses to change them). */
export interface AlertStore {
  transaction<T>(fn: (tx: AlertTx) => Promise<T>): Promise<T>;
  get(alertId: string): Promise<AlertWithVersions | null>;
  /** Alerts, newest first, each with its versions. */
  list(query: AlertListQuery): Promise<Page<AlertWithVersions>>;
  /** Published versions of every alert, newest publication first (for the feed). */
  published(limit: number): Promise<AlertVersion[]>;
}
