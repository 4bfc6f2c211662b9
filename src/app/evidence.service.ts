import { randomUUID } from "node:crypto";
import { EVERY_RECORD } from "../domain/access/record-access.ts";
import { recordAccessOf } from "../domain/auth/policy.ts";
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from "../domain/errors.ts";
import { eventSpread } from "../domain/evidence/contest.ts";
import type { Claim, DocumentMetadata, Event, EventInput } from "../domain/evidence/entities.ts";
import { redact } from "../domain/evidence/redact.ts";
import { type Caller, canSee, type Sensitivity } from "../domain/evidence/sensitivity.ts";
import type { BlobStore } from "../ports/blob-store.ts";
import type { Clock } from "../ports/clock.ts";
import type { EditGuard } from "../ports/edit-guard.ts";
import type { EntityKind, EntityMap, EvidenceStore, EvidenceTx, InputMap } from "../ports/evidence-store.ts";
import { INPUT_SCHEMAS, parseInput } from "./input-schemas.ts";

export type WritableKind = Exclude<EntityKind, "document">;

/**
 * The use cases over evidence: every write is validated, lands in one transaction together with its
 * custody entry, and returns the record as the caller may see it.
 */
export class EvidenceService {
  constructor(
    readonly store: EvidenceStore,
    readonly blobs: BlobStore,
    readonly clock: Clock,
    /** Refuses a change while someone else holds the record's soft edit lock (the verification workflow). */
    readonly editGuard: EditGuard | null = null,
  ) {}

  async create<K extends WritableKind>(kind: K, raw: unknown, caller: Caller, reason: string | null = null) {
    const input = parseInput(INPUT_SCHEMAS[kind], raw, kind) as InputMap[K];
    assertCanWrite(input, caller);
    const record = await this.store.transaction((tx) => this.#insert(tx, kind, input, caller, reason));
    return this.#visible(kind, record as EntityMap[K], caller);
  }

  /**
   * The same validated create, inside a transaction the caller holds (a decision on a suggestion writes an
   * event, a claim and the decision together). Returns the record as the caller may see it.
   */
  async createIn<K extends WritableKind>(
    tx: EvidenceTx,
    kind: K,
    raw: unknown,
    caller: Caller,
    reason: string | null = null,
  ) {
    const input = parseInput(INPUT_SCHEMAS[kind], raw, kind) as InputMap[K];
    assertCanWrite(input, caller);
    const record = await this.#insert(tx, kind, input, caller, reason);
    return this.#visible(kind, record as EntityMap[K], caller);
  }

  async #insert<K extends WritableKind>(
    tx: EvidenceTx,
    kind: K,
    input: InputMap[K],
    caller: Caller,
    reason: string | null,
  ) {
    const id = randomUUID();
    await this.#checkReferences(tx, kind, input, caller);
    const created = await tx.insert(kind, id, input);
    await tx.appendCustody(
      { actor: caller.actor, action: "create", targetType: kind, targetId: id, reason, details: {} },
      this.clock.now(),
    );
    if (kind === "claim") await this.#refreshContested(tx, (input as InputMap["claim"]).eventId);
    if (kind === "event")
      return (await tx.get("event", id, caller.clearance, recordAccessOf(caller))) ?? created;
    return created;
  }

  /** Applies a partial change over the stored record; `expectedVersion` must match or nothing is written. */
  async update<K extends EntityKind>(
    kind: K,
    id: string,
    patch: unknown,
    expectedVersion: number,
    caller: Caller,
    reason: string | null = null,
  ) {
    if (patch === null || typeof patch !== "object" || Array.isArray(patch)) {
      throw new ValidationError(`invalid ${kind}: expected an object`, [
        { path: "(body)", message: "expected an object" },
      ]);
    }
    await this.editGuard?.assertMayEdit(kind, id, caller);
    const record = await this.store.transaction(async (tx) => {
      // Every record here: whether this caller may change a restricted one was the edit guard's question.
      const before = await tx.get(kind, id, "confidential", EVERY_RECORD);
      if (!before || redact(kind, before, caller.clearance) === null) throw new NotFoundError(kind, id);
      // The caller edits the event as they see it: situations they may not read are neither shown nor
      // theirs to link, and they are kept as stored whatever list the caller sends (issue 8).
      const hidden = kind === "event" ? await this.#hiddenSituations(tx, before as Event, caller) : NONE;
      const seen = hidden.size > 0 ? withoutHidden(before as Event, hidden) : before;
      const merged = { ...(seen as object), ...(patch as object) };
      const input = parseInput(INPUT_SCHEMAS[kind], merged, kind) as InputMap[K];
      assertCanWrite(input, caller);
      const full = (
        kind === "document"
          ? {
              ...input,
              sha256: (before as EntityMap["document"]).sha256,
              size: (before as EntityMap["document"]).size,
            }
          : input
      ) as InputMap[K];
      await this.#checkReferences(tx, kind, full, caller);
      const stored = hidden.size > 0 ? withHidden(full as EventInput, before as Event, hidden) : full;
      const result = await tx.update(kind, id, stored as InputMap[K], expectedVersion);
      if (result.status === "missing") throw new NotFoundError(kind, id);
      if (result.status === "stale") throw new StaleVersionError(kind, id, expectedVersion, result.current);
      const changed = changedFields(before as object, result.record as object);
      await tx.appendCustody(
        {
          actor: caller.actor,
          action: "update",
          targetType: kind,
          targetId: id,
          reason,
          details: { changed, version: result.record.version },
        },
        this.clock.now(),
      );
      if (kind === "claim") {
        await this.#refreshContested(tx, (before as Claim).eventId);
        await this.#refreshContested(tx, (result.record as Claim).eventId);
      }
      if (kind !== "event") return result.record;
      const after = (await tx.get(kind, id, "confidential", EVERY_RECORD)) ?? result.record;
      return hidden.size > 0 ? withoutHidden(after as Event, hidden) : after;
    });
    return this.#visible(kind, record as EntityMap[K], caller);
  }

  async remove(kind: EntityKind, id: string, caller: Caller, reason: string | null = null): Promise<void> {
    await this.editGuard?.assertMayEdit(kind, id, caller);
    await this.store.transaction(async (tx) => {
      // Every record here: whether this caller may change a restricted one was the edit guard's question.
      const before = await tx.get(kind, id, "confidential", EVERY_RECORD);
      if (!before || redact(kind, before, caller.clearance) === null) throw new NotFoundError(kind, id);
      const referrer = await tx.arrayReferrer(kind, id);
      if (referrer) {
        // The message names the kind only: the caller may not be cleared to see the referring record.
        const article = /^[aeiou]/.test(referrer.kind) ? "an" : "a";
        throw new ConflictError(`the ${kind} is still referenced by ${article} ${referrer.kind}`, {
          referrer,
        });
      }
      if (!(await tx.remove(kind, id))) throw new NotFoundError(kind, id);
      await tx.appendCustody(
        { actor: caller.actor, action: "delete", targetType: kind, targetId: id, reason, details: {} },
        this.clock.now(),
      );
      if (kind === "claim") await this.#refreshContested(tx, (before as Claim).eventId);
    });
  }

  async get<K extends EntityKind>(kind: K, id: string, caller: Caller): Promise<EntityMap[K]> {
    const record = await this.store.get(kind, id, caller.clearance, recordAccessOf(caller));
    if (!record) throw new NotFoundError(kind, id);
    return record;
  }

  /** An event with every claim about it the caller may see, and the spread of what they assert. */
  async eventWithClaims(id: string, caller: Caller) {
    // One read: the event and its claims, each claim closed by its own restriction and its situation's
    // (GUARDED_BY in the policy), both redacted to the caller's clearance.
    const found = await this.store.eventWithClaims(id, caller.clearance, recordAccessOf(caller));
    if (!found) throw new NotFoundError("event", id);
    const { event, claims } = found;
    return { event, claims, spread: eventSpread(event, claims) };
  }

  /** Keeps an original document: its bytes go to the blob store by hash, untouched; its text is a working copy. */
  async addDocument(bytes: Uint8Array, rawMetadata: unknown, caller: Caller, text: string | null = null) {
    const metadata = parseInput(INPUT_SCHEMAS.document, rawMetadata, "document") as DocumentMetadata;
    assertCanWrite(metadata, caller);
    const { sha256, size } = await this.blobs.put(bytes);
    const id = randomUUID();
    await this.store.transaction(async (tx) => {
      if (metadata.sourceId) await this.#mustExist(tx, "source", metadata.sourceId, "sourceId", caller);
      await tx.insert("document", id, { ...metadata, sha256, size });
      if (text !== null)
        await tx.addDocumentCopy(id, {
          id: randomUUID(),
          kind: "text",
          language: metadata.language,
          content: text,
        });
      await tx.appendCustody(
        {
          actor: caller.actor,
          action: "create",
          targetType: "document",
          targetId: id,
          reason: null,
          details: { sha256, size, collectedAt: metadata.collectedAt },
        },
        this.clock.now(),
      );
    });
    return this.get("document", id, caller);
  }

  /** The original bytes, as collected. Every read is a custody entry. */
  async readOriginal(id: string, caller: Caller, reason: string | null = null) {
    const doc = await this.get("document", id, caller);
    const bytes = await this.blobs.get(doc.sha256);
    if (!bytes) throw new NotFoundError("document original", doc.sha256);
    await this.store.transaction((tx) =>
      tx.appendCustody(
        {
          actor: caller.actor,
          action: "read",
          targetType: "document",
          targetId: id,
          reason,
          details: { part: "original" },
        },
        this.clock.now(),
      ),
    );
    return { document: doc, bytes };
  }

  /** The working copies (extracted text, translations). Every read is a custody entry. */
  async readText(id: string, caller: Caller, reason: string | null = null) {
    await this.get("document", id, caller);
    const copies = await this.store.documentText(id);
    await this.store.transaction((tx) =>
      tx.appendCustody(
        {
          actor: caller.actor,
          action: "read",
          targetType: "document",
          targetId: id,
          reason,
          details: { part: "text" },
        },
        this.clock.now(),
      ),
    );
    return copies;
  }

  async #refreshContested(tx: EvidenceTx, eventId: string | null): Promise<void> {
    if (!eventId) return;
    const event = await tx.get("event", eventId, "confidential", EVERY_RECORD);
    if (!event) return;
    const spread = eventSpread(event, await tx.allClaimsForEvent(eventId));
    if (spread.contested !== event.contested) await tx.setContested(eventId, spread.contested);
  }

  /** The situations an event links that the caller may not read (none for an event without links). */
  async #hiddenSituations(tx: EvidenceTx, event: Event, caller: Caller): Promise<ReadonlySet<string>> {
    if (event.situationIds.length === 0) return NONE;
    return tx.unreadableAmong(event.situationIds, recordAccessOf(caller));
  }

  /** Array references have no foreign keys in the schema, so they are checked here, each named on failure. */
  async #checkReferences(tx: EvidenceTx, kind: EntityKind, input: unknown, caller: Caller): Promise<void> {
    if (kind === "event") {
      const e = input as EventInput;
      for (const [i, p] of e.perpetrators.entries())
        await this.#mustExist(tx, "actor", p.actorId, `perpetrators.${i}.actorId`, caller);
      for (const [i, g] of e.targetedGroupIds.entries())
        await this.#mustExist(tx, "group", g, `targetedGroupIds.${i}`, caller);
      for (const [i, s] of e.situationIds.entries())
        await this.#mustExist(tx, "situation", s, `situationIds.${i}`, caller);
    } else if (kind === "situation") {
      const s = input as InputMap["situation"];
      for (const [i, g] of s.targetedGroupIds.entries())
        await this.#mustExist(tx, "group", g, `targetedGroupIds.${i}`, caller);
      for (const [i, a] of s.perpetratorIds.entries())
        await this.#mustExist(tx, "actor", a, `perpetratorIds.${i}`, caller);
    } else if (kind === "claim") {
      const c = input as InputMap["claim"];
      await this.#mustExist(tx, "source", c.sourceId, "sourceId", caller);
      if (c.documentId) await this.#mustExist(tx, "document", c.documentId, "documentId", caller);
      if (c.eventId) await this.#mustExist(tx, "event", c.eventId, "eventId", caller);
      if (c.situationId) await this.#mustExist(tx, "situation", c.situationId, "situationId", caller);
    }
  }

  /** A reference to a restricted record the caller may not read is refused as if it did not exist. */
  async #mustExist(tx: EvidenceTx, kind: EntityKind, id: string, path: string, caller: Caller) {
    if (!(await tx.get(kind, id, "confidential", recordAccessOf(caller)))) {
      throw new ValidationError(`${path}: no ${kind} with id ${id}`, [
        { path, message: `no ${kind} with id ${id}` },
      ]);
    }
  }

  #visible<K extends EntityKind>(kind: K, record: EntityMap[K], caller: Caller): EntityMap[K] {
    const visible = redact(kind, record, caller.clearance);
    if (!visible) throw new NotFoundError(kind, record.id);
    return visible;
  }
}

/** Nobody may write a record they could not read back. */
function assertCanWrite(input: { sensitivity: Sensitivity }, caller: Caller): void {
  if (!canSee(caller.clearance, input.sensitivity)) {
    const message = `sensitivity "${input.sensitivity}" is above your clearance "${caller.clearance}"`;
    throw new ValidationError(message, [{ path: "sensitivity", message }]);
  }
}

const NONE: ReadonlySet<string> = new Set();

function withoutHidden<E extends { situationIds: string[] }>(event: E, hidden: ReadonlySet<string>): E {
  return { ...event, situationIds: event.situationIds.filter((s) => !hidden.has(s)) };
}

/**
 * The list to store: what the caller sent and the hidden situations already linked. The stored list as it
 * was when the caller's part is unchanged (so an edit of the title changes no link, in the custody log too).
 */
function withHidden(input: EventInput, before: Event, hidden: ReadonlySet<string>): EventInput {
  const sent = [...new Set(input.situationIds)];
  const visible = before.situationIds.filter((s) => !hidden.has(s));
  if (JSON.stringify(sent) === JSON.stringify(visible))
    return { ...input, situationIds: before.situationIds };
  return { ...input, situationIds: [...sent, ...before.situationIds.filter((s) => hidden.has(s))] };
}

function changedFields(before: object, after: object): string[] {
  const skip = new Set(["version", "updatedAt", "createdAt", "copies"]);
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a).filter((k) => !skip.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
