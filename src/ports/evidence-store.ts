import type { RecordAccess } from "../domain/access/record-access.ts";
import type { CustodyEntry, CustodyEvent } from "../domain/custody/custody-chain.ts";
import type {
  Actor,
  ActorInput,
  Claim,
  ClaimInput,
  DocumentMetadata,
  DocumentRecord,
  Event,
  EventInput,
  Group,
  GroupInput,
  Situation,
  SituationInput,
  Source,
  SourceInput,
} from "../domain/evidence/entities.ts";
import type { Sensitivity } from "../domain/evidence/sensitivity.ts";

export interface EntityMap {
  source: Source;
  actor: Actor;
  group: Group;
  situation: Situation;
  event: Event;
  claim: Claim;
  document: DocumentRecord;
}
export interface InputMap {
  source: SourceInput;
  actor: ActorInput;
  group: GroupInput;
  situation: SituationInput;
  event: EventInput;
  claim: ClaimInput;
  document: DocumentMetadata & { sha256: string; size: number };
}
export type EntityKind = keyof EntityMap;
export const ENTITY_KINDS: readonly EntityKind[] = [
  "source",
  "actor",
  "group",
  "situation",
  "event",
  "claim",
  "document",
];

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ListQuery {
  clearance: Sensitivity;
  limit: number;
  cursor?: string | null;
  /** Full-text search (events and documents). */
  q?: string;
  /** Whose grants open restricted records (events, claims, sources, documents); default: nobody's. */
  access?: RecordAccess;
}

export interface EventQuery extends ListQuery {
  country?: string;
  situationId?: string;
  from?: string;
  to?: string;
  act?: string;
  groupId?: string;
  perpetratorId?: string;
  contested?: boolean;
  /** Only events marked at exactly this level (within the caller's clearance). */
  sensitivity?: Sensitivity;
  /** Only events at this verification status / assigned to this actor (see src/domain/verification). */
  verification?: VerificationFilter;
}

export interface VerificationFilter {
  status?: string;
  assignee?: string;
}

export interface ClaimQuery extends ListQuery {
  eventId?: string;
  situationId?: string;
  sourceId?: string;
  /** Only claims at this verification status / assigned to this actor. */
  verification?: VerificationFilter;
}

/**
 * Reads that respect the caller's clearance: records above it are absent, confidential fields are null. A
 * restricted record (migration 0013) is absent unless `access` holds a grant on it (default: nobody's).
 */
export interface EvidenceReader {
  get<K extends EntityKind>(
    kind: K,
    id: string,
    clearance: Sensitivity,
    access?: RecordAccess,
  ): Promise<EntityMap[K] | null>;
  list<K extends EntityKind>(kind: K, query: ListQuery): Promise<Page<EntityMap[K]>>;
  listEvents(query: EventQuery): Promise<Page<Event>>;
  listClaims(query: ClaimQuery): Promise<Page<Claim>>;
  /** Every claim about an event, whatever the caller's clearance: for computing whether it is contested. */
  allClaimsForEvent(eventId: string): Promise<Claim[]>;
  /**
   * An event (as `get` gives it) and, oldest first, the claims about it that `access` may read and the
   * clearance shows (each redacted); null when the event is absent or unreadable. One read (issue 8 load).
   */
  eventWithClaims(
    id: string,
    clearance: Sensitivity,
    access: RecordAccess,
  ): Promise<{ event: Event; claims: Claim[] } | null>;
  /** Of these record ids, the restricted ones that `access` may not read. */
  unreadableAmong(ids: readonly string[], access: RecordAccess): Promise<Set<string>>;
  documentText(id: string): Promise<{ kind: string; language: string | null; content: string }[]>;
  custodyFor(targetType: string, targetId: string): Promise<CustodyEntry[]>;
  /**
   * A record that still refers to this one through an array column (events and situations list actors,
   * groups and situations in arrays, which no foreign key guards), or null when none does.
   */
  arrayReferrer(kind: EntityKind, id: string): Promise<{ kind: EntityKind; id: string } | null>;
}

export type UpdateResult<T> =
  | { status: "ok"; record: T }
  | { status: "stale"; current: number }
  | { status: "missing" };

/** Writes happen inside one transaction, custody entry included: all of it lands or none of it does. */
export interface EvidenceTx extends EvidenceReader {
  insert<K extends EntityKind>(kind: K, id: string, input: InputMap[K]): Promise<EntityMap[K]>;
  update<K extends EntityKind>(
    kind: K,
    id: string,
    input: InputMap[K],
    expectedVersion: number,
  ): Promise<UpdateResult<EntityMap[K]>>;
  remove(kind: EntityKind, id: string): Promise<boolean>;
  setContested(eventId: string, contested: boolean): Promise<void>;
  addDocumentCopy(
    documentId: string,
    copy: { id: string; kind: string; language: string | null; content: string },
  ): Promise<void>;
  appendCustody(event: CustodyEvent, at: Date): Promise<CustodyEntry>;
}

export interface EvidenceStore extends EvidenceReader {
  transaction<T>(fn: (tx: EvidenceTx) => Promise<T>): Promise<T>;
  /** The custody log in order, a page at a time, for verification and backup. */
  custodyLog(afterSeq: number, limit: number): Promise<CustodyEntry[]>;
}
