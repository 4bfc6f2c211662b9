import type {
  GrantAccess,
  GranteeKind,
  RecordAccess,
  RecordRestriction,
  RestrictableKind,
  UserGroup,
} from "../domain/access/record-access.ts";
import type { CustodyEntry, CustodyEvent } from "../domain/custody/custody-chain.ts";

/** Groups of users and record restrictions (migration 0013); reads outside a transaction. */
export interface AccessReader {
  groups(): Promise<UserGroup[]>;
  group(name: string): Promise<UserGroup | null>;
  /** The groups a user is a member of (their ids). */
  groupIdsOf(userId: string): Promise<string[]>;
  user(name: string): Promise<{ id: string; name: string } | null>;
  restriction(recordId: string): Promise<RecordRestriction | null>;
  /** Which kind of restrictable record has this id, or null when none does. */
  recordKind(recordId: string): Promise<RestrictableKind | null>;
  /** The ids of the records that guard this one (GUARDED_BY in the policy: a claim's event and situation, an alert's situation). */
  parentsOf(recordId: string): Promise<string[]>;
  /**
   * Whether `access` may read and may write the record of `kind` with this id, its parents included
   * (readableCondition: the policy's rule in SQL), in one statement; null when no record of that kind has it.
   */
  accessOn(
    kind: RestrictableKind,
    recordId: string,
    access: RecordAccess,
  ): Promise<{ read: boolean; write: boolean } | null>;
}

/** Every change happens in one transaction with its custody entry. */
export interface AccessTx extends AccessReader {
  insertGroup(group: { id: string; name: string; description: string; createdAt: Date }): Promise<void>;
  deleteGroup(id: string): Promise<boolean>;
  /** False when the user was already a member. */
  addMember(groupId: string, userId: string, at: Date): Promise<boolean>;
  removeMember(groupId: string, userId: string): Promise<boolean>;
  /** False when the record was already restricted. */
  restrict(recordId: string, kind: RestrictableKind, by: string, at: Date): Promise<boolean>;
  /** Lifts the restriction and drops its grants; false when it was not restricted. */
  unrestrict(recordId: string): Promise<boolean>;
  /** Sets a grant; the access it had before, or null when new. */
  setGrant(
    recordId: string,
    grantee: { kind: GranteeKind; id: string },
    access: GrantAccess,
    by: string,
    at: Date,
  ): Promise<GrantAccess | null>;
  deleteGrant(recordId: string, grantee: { kind: GranteeKind; id: string }): Promise<boolean>;
  appendCustody(event: CustodyEvent, at: Date): Promise<CustodyEntry>;
}

export interface AccessStore extends AccessReader {
  transaction<T>(fn: (tx: AccessTx) => Promise<T>): Promise<T>;
}
