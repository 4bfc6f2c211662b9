import type { GrantAccess, RecordAccess } from "../domain/access/record-access.ts";
import type { CustodyEntry, CustodyEvent } from "../domain/custody/custody-chain.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";
import type {
  VerifiableKind,
  Verification,
  VerificationComment,
} from "../domain/verification/verification.ts";

/** Reads of the verification workflow. The caller's clearance is checked by the service against the record. */
export interface VerificationReader {
  /** The record's sensitivity, or null when there is no such record. */
  /** The record's sensitivity; null when it does not exist, or is restricted and `access` holds no grant
   * (a write grant when `need` is write). */
  recordSensitivity(
    kind: VerifiableKind,
    id: string,
    access?: RecordAccess,
    need?: GrantAccess,
  ): Promise<Sensitivity | null>;
  /** The workflow state; an untouched record reads as unverified at version 0. */
  get(kind: VerifiableKind, id: string): Promise<Verification>;
  comments(kind: VerifiableKind, id: string): Promise<VerificationComment[]>;
}

/** Inside one transaction: the state read is locked until the transaction ends; custody entries land with it. */
export interface VerificationTx extends VerificationReader {
  /** Who last created or changed the record's content, from the custody log. */
  lastContentEditor(kind: VerifiableKind, id: string): Promise<string | null>;
  save(v: Verification): Promise<void>;
  addComment(c: VerificationComment): Promise<void>;
  appendCustody(event: CustodyEvent, at: Date): Promise<CustodyEntry>;
}

export interface VerificationStore extends VerificationReader {
  transaction<T>(fn: (tx: VerificationTx) => Promise<T>): Promise<T>;
}
