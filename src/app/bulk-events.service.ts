import { idsDigest } from "../domain/custody/batch-digest.ts";
import { ValidationError } from "../domain/errors.ts";
import type { ClaimInput, EventInput } from "../domain/evidence/entities.ts";
import { type Caller, canSee } from "../domain/evidence/sensitivity.ts";
import type {
  BulkEventBatch,
  BulkEventRow,
  BulkEventWriter,
  BulkLoadOutcome,
  OnDuplicate,
  ReferenceKind,
} from "../ports/bulk-event-writer.ts";
import type { Clock } from "../ports/clock.ts";
import { timeOrderedIds } from "./time-ordered-ids.ts";

export interface BulkOptions {
  caller: Caller;
  /** The dataset being loaded, recorded in each batch's custody entry (null for events of no dataset). */
  dataset: string | null;
  /** What to do with an event whose external id is stored already (default: skip it). */
  onDuplicate?: OnDuplicate;
  reason?: string | null;
  /**
   * The claim that attributes a loaded row to its source (importers: one per row, so every event stays
   * attributed). Called for each inserted or revised event; the claims land in the same transaction.
   */
  claimFor?: (input: EventInput, eventId: string, revised: boolean) => ClaimInput | null;
}

export interface BatchReport {
  /** Rows given. */
  rows: number;
  inserted: number;
  updated: number;
  /** Rows not loaded because their external id was stored already or repeated within the batch. */
  skipped: number;
  firstId: string | null;
  lastId: string | null;
  /** The batch's custody entry, or null when the batch changed nothing. */
  custodySeq: number | null;
}

/**
 * Loads validated events in batches, each batch in one transaction with COPY (see the BulkEventWriter
 * adapter). Ids are assigned here, time-ordered, so a batch's rows are the ids between its first and last.
 *
 * Custody: ONE `import` entry per batch, not per row. A million-row dataset would otherwise add a million
 * entries (each a hash, a lock and an insert), which would cost more than loading the rows and bury the
 * log's human decisions. The chain still covers every row: the batch entry records the count, the first
 * and last id and the SHA-256 of the ids in order, and it is hash-chained like any entry, so a row added,
 * removed or swapped inside a batch no longer matches its entry.
 */
export class BulkEventsService {
  readonly #newId: () => string;

  constructor(
    readonly writer: BulkEventWriter,
    readonly clock: Clock,
    newId?: () => string,
  ) {
    this.#newId = newId ?? timeOrderedIds(clock);
  }

  /** Loads one batch: all of it (with its custody entry) or, on any error, none of it. */
  async writeBatch(inputs: readonly EventInput[], options: BulkOptions): Promise<BatchReport> {
    const onDuplicate = options.onDuplicate ?? "skip";
    checkClearance(inputs, options.caller);
    const { rows, repeated } = distinctRows(inputs, onDuplicate, this.#newId);
    return this.writer.batch(async (batch) => {
      await checkReferences(batch, inputs);
      const loaded = await batch.load(rows, onDuplicate);
      const claims = options.claimFor ? this.#claims(rows, loaded, options.claimFor) : [];
      await batch.loadClaims(claims);
      const report: BatchReport = {
        rows: inputs.length,
        inserted: loaded.inserted.length,
        updated: loaded.updated.length,
        skipped: loaded.skipped + repeated,
        firstId: loaded.inserted[0] ?? null,
        lastId: loaded.inserted.at(-1) ?? null,
        custodySeq: null,
      };
      // A batch that changed nothing (a re-import) leaves the log as it was.
      if (report.inserted + report.updated === 0) return report;
      const entry = await batch.appendCustody(
        {
          actor: options.caller.actor,
          action: "import",
          targetType: "event-batch",
          targetId: `${report.firstId ?? loaded.updated[0]}..${report.lastId ?? loaded.updated.at(-1)}`,
          reason: options.reason ?? null,
          details: {
            dataset: options.dataset,
            count: report.inserted,
            firstId: report.firstId,
            lastId: report.lastId,
            idsSha256: idsDigest(loaded.inserted),
            updated: report.updated,
            ...(report.updated > 0 ? { updatedIdsSha256: idsDigest(loaded.updated) } : {}),
            skipped: report.skipped,
            ...(claims.length > 0
              ? { claims: claims.length, claimIdsSha256: idsDigest(claims.map((c) => c.id)) }
              : {}),
          },
        },
        this.clock.now(),
      );
      report.custodySeq = entry.seq;
      return report;
    });
  }

  #claims(
    rows: readonly BulkEventRow[],
    loaded: BulkLoadOutcome,
    claimFor: NonNullable<BulkOptions["claimFor"]>,
  ): { id: string; input: ClaimInput }[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const claims: { id: string; input: ClaimInput }[] = [];
    const add = (row: BulkEventRow | undefined, eventId: string, revised: boolean) => {
      const input = row ? claimFor(row.input, eventId, revised) : null;
      if (input) claims.push({ id: this.#newId(), input });
    };
    for (const id of loaded.inserted) add(byId.get(id), id, false);
    loaded.updated.forEach((id, k) => {
      add(rows[loaded.updatedRows[k] ?? -1], id, true);
    });
    return claims;
  }

  /**
   * To call once a large load is over (writeAll does): refreshes the statistics the query planner uses
   * for events, which PGlite never refreshes on its own. About a second at a million events.
   */
  refreshStatistics(): Promise<void> {
    return this.writer.analyze();
  }

  /**
   * Loads batch after batch, then refreshes statistics; a failing batch stops the run and leaves the
   * batches before it loaded.
   */
  async writeAll(
    batches: Iterable<readonly EventInput[]> | AsyncIterable<readonly EventInput[]>,
    options: BulkOptions,
    onBatch?: (report: BatchReport) => void,
  ): Promise<Omit<BatchReport, "firstId" | "lastId" | "custodySeq"> & { batches: number }> {
    const total = { rows: 0, inserted: 0, updated: 0, skipped: 0, batches: 0 };
    for await (const inputs of batches) {
      const report = await this.writeBatch(inputs, options);
      total.rows += report.rows;
      total.inserted += report.inserted;
      total.updated += report.updated;
      total.skipped += report.skipped;
      total.batches++;
      onBatch?.(report);
    }
    if (total.inserted + total.updated > 0) await this.refreshStatistics();
    return total;
  }
}

/**
 * Rows with fresh ids, without repeats of an external id inside the batch (a statement cannot insert and
 * revise one row twice): the first occurrence is kept when skipping, the last when revising.
 */
function distinctRows(inputs: readonly EventInput[], onDuplicate: OnDuplicate, newId: () => string) {
  const seen = new Map<string, number>();
  const keep: (EventInput | null)[] = [...inputs];
  let repeated = 0;
  inputs.forEach((input, i) => {
    if (!input.externalId) return;
    const key = `${input.externalId.dataset}\u0000${input.externalId.id}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, i);
      return;
    }
    repeated++;
    if (onDuplicate === "skip") keep[i] = null;
    else {
      keep[earlier] = null;
      seen.set(key, i);
    }
  });
  const rows: BulkEventRow[] = [];
  keep.forEach((input, i) => {
    if (input) rows.push({ id: newId(), input, row: i + 1 });
  });
  return { rows, repeated };
}

function checkClearance(inputs: readonly EventInput[], caller: Caller): void {
  inputs.forEach((input, i) => {
    if (!canSee(caller.clearance, input.sensitivity)) {
      const message = `sensitivity "${input.sensitivity}" is above your clearance "${caller.clearance}"`;
      throw new ValidationError(`batch row ${i + 1}: ${message}`, [
        { path: `batch row ${i + 1}, sensitivity`, message },
      ]);
    }
  });
}

/** Array references have no foreign keys: one query per kind and batch checks them, naming the first miss. */
async function checkReferences(batch: BulkEventBatch, inputs: readonly EventInput[]): Promise<void> {
  const refs: [ReferenceKind, string, (e: EventInput) => readonly string[]][] = [
    ["actor", "perpetrators", (e) => e.perpetrators.map((p) => p.actorId)],
    ["group", "targetedGroupIds", (e) => e.targetedGroupIds],
    ["situation", "situationIds", (e) => e.situationIds],
  ];
  for (const [kind, field, ids] of refs) {
    const missing = new Set(await batch.missing(kind, inputs.flatMap(ids)));
    if (missing.size === 0) continue;
    const i = inputs.findIndex((e) => ids(e).some((id) => missing.has(id)));
    const id = ids(inputs[i] as EventInput).find((x) => missing.has(x));
    const message = `no ${kind} with id ${id}`;
    throw new ValidationError(`batch row ${i + 1}, ${field}: ${message}`, [
      { path: `batch row ${i + 1}, ${field}`, message },
    ]);
  }
}
