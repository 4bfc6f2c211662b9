import { sql, type Transaction } from "kysely";
import type { CustodyEvent } from "../../domain/custody/custody-chain.ts";
import type { ClaimInput } from "../../domain/evidence/entities.ts";
import type {
  BulkEventBatch,
  BulkEventRow,
  BulkEventWriter,
  BulkLoadOutcome,
  OnDuplicate,
  ReferenceKind,
} from "../../ports/bulk-event-writer.ts";
import { type CsvValue, csvLine } from "./copy-csv.ts";
import { mapCopyError } from "./copy-errors.ts";
import { appendCustody } from "./custody.queries.ts";
import type { CopyCsv, Database } from "./database.ts";
import { mapDbError } from "./db-errors.ts";
import { claimToRow } from "./mappers/claim.mapper.ts";
import type { DB } from "./schema.ts";

/** The columns COPY fills, in CSV order: the id, then what eventToRow maps (the rest are defaults). */
export const EVENT_COPY_COLUMNS = [
  "id",
  "title",
  "description",
  "date_start",
  "date_end",
  "date_precision",
  "country",
  "admin1",
  "admin2",
  "place_name",
  "latitude",
  "longitude",
  "location_precision",
  "acts",
  "act_types",
  "perpetrators",
  "perpetrator_ids",
  "targeted_group_ids",
  "situation_ids",
  "fatalities_low",
  "fatalities_best",
  "fatalities_high",
  "external_dataset",
  "external_id",
  "sensitivity",
] as const;

// A revision keeps what analysts decide over an imported event: its situations and its sensitivity.
const KEPT_ON_UPDATE = new Set(["id", "situation_ids", "sensitivity", "external_dataset", "external_id"]);
const UPDATED = EVENT_COPY_COLUMNS.filter((c) => !KEPT_ON_UPDATE.has(c));
const STAGE = "tocsin_events_stage";

/** The rows as COPY CSV; a value CSV cannot carry exactly is refused, naming its row and column. */
export function eventsCsv(rows: readonly BulkEventRow[]): string {
  const lines = new Array<string>(rows.length);
  let i = 0;
  const where = (c: number) => `${rowLabel(rows, i)}, column ${EVENT_COPY_COLUMNS[c]}`;
  // The values of eventToRow, read straight from the input: building its object (two Sets, a spread) for
  // every row was a tenth of an import's CPU time. A test holds the two to the same output.
  const values = new Array<CsvValue>(EVENT_COPY_COLUMNS.length);
  for (; i < rows.length; i++) {
    const { id, input: e } = rows[i] as BulkEventRow;
    const place = e.place;
    values[0] = id;
    values[1] = e.title;
    values[2] = e.description;
    values[3] = e.dateStart;
    values[4] = e.dateEnd;
    values[5] = e.datePrecision;
    values[6] = place.country;
    values[7] = place.admin1;
    values[8] = place.admin2;
    values[9] = place.name;
    values[10] = place.latitude;
    values[11] = place.longitude;
    values[12] = place.precision;
    values[13] = JSON.stringify(e.acts);
    values[14] = distinct(e.acts, (a) => a.type);
    values[15] = JSON.stringify(e.perpetrators);
    values[16] = distinct(e.perpetrators, (p) => p.actorId);
    values[17] = e.targetedGroupIds;
    values[18] = e.situationIds;
    values[19] = e.fatalities.low;
    values[20] = e.fatalities.best;
    values[21] = e.fatalities.high;
    values[22] = e.externalId?.dataset ?? null;
    values[23] = e.externalId?.id ?? null;
    values[24] = e.sensitivity;
    lines[i] = csvLine(values, where);
  }
  return lines.join("");
}

/** The distinct keys of a short list in first-seen order (as [...new Set(list.map(key))], without the Set). */
function distinct<T>(list: readonly T[], key: (x: T) => string): string[] {
  const out: string[] = [];
  for (const x of list) {
    const k = key(x);
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

/**
 * A batch's new events are COPYed straight into `events`; only rows whose external id is stored already
 * take the slower road: skipped, or (to revise) COPYed into a temporary table and merged by INSERT ...
 * ON CONFLICT DO UPDATE. An event is thus never loaded twice and a duplicate never fails its batch. The
 * bench (bench/storage.bench.ts) measured this against staging every row: staging cost about a fifth more.
 */
export class KyselyBulkEventWriter implements BulkEventWriter {
  constructor(readonly database: Database) {}

  async batch<T>(fn: (batch: BulkEventBatch) => Promise<T>): Promise<T> {
    try {
      return await this.database.copyTransaction((tx, copy) => fn(new KyselyBulkEventBatch(tx, copy)));
    } catch (error) {
      throw mapDbError(error);
    }
  }

  async analyze(): Promise<void> {
    await sql`ANALYZE events`.execute(this.database.db);
  }
}

/** Advisory locks (two-key form) held by a batch on each dataset it loads: see `load`. */
const DATASET_LOCK = 7463;

class KyselyBulkEventBatch implements BulkEventBatch {
  constructor(
    readonly tx: Transaction<DB>,
    readonly copy: CopyCsv,
  ) {}

  async load(rows: readonly BulkEventRow[], onDuplicate: OnDuplicate): Promise<BulkLoadOutcome> {
    if (rows.length === 0) return { inserted: [], updated: [], skipped: 0, updatedRows: [] };
    const keyed = rows.filter((r) => r.input.externalId !== null);
    // Between looking the external ids up and COPYing, another batch of the same dataset could store one of
    // them: batches of one dataset therefore take turns. (A single event created through the API with the
    // same external id at that instant would fail this batch as a conflict; loading it again skips it.)
    await sql`SELECT pg_advisory_xact_lock(${DATASET_LOCK}, hashtext(d))
      FROM (SELECT DISTINCT d FROM unnest(${keyed.map((r) => r.input.externalId?.dataset)}::text[]) AS d) s
      ORDER BY d`.execute(this.tx);
    const stored = await this.#stored(keyed);
    const fresh: BulkEventRow[] = [];
    const known: BulkEventRow[] = [];
    for (const r of rows) (r.input.externalId && stored.has(keyOf(r)) ? known : fresh).push(r);
    if (fresh.length > 0) await this.#copyRows("events", fresh);
    const revised = onDuplicate === "update" && known.length > 0 ? await this.#revise(known) : [];
    const inserted = fresh.map((r) => ({
      id: r.id,
      inserted: true,
      external_dataset: null,
      external_id: null,
    }));
    return outcome(rows, [...inserted, ...revised]);
  }

  /** The external ids among the rows' that name a stored event. */
  async #stored(keyed: readonly BulkEventRow[]): Promise<Set<string>> {
    if (keyed.length === 0) return new Set();
    const found = await sql<{ external_dataset: string; external_id: string }>`
      SELECT e.external_dataset, e.external_id FROM events e
      JOIN unnest(${keyed.map((r) => r.input.externalId?.dataset)}::text[],
                  ${keyed.map((r) => r.input.externalId?.id)}::text[]) AS k (dataset, id)
        ON e.external_dataset = k.dataset AND e.external_id = k.id`.execute(this.tx);
    return new Set(found.rows.map((r) => externalKey(r.external_dataset, r.external_id)));
  }

  async #copyRows(table: string, rows: readonly BulkEventRow[]): Promise<void> {
    const csv = eventsCsv(rows);
    try {
      await this.copy(table, EVENT_COPY_COLUMNS, csv);
    } catch (error) {
      throw mapCopyError(error, (line) => rowLabel(rows, line - 1));
    }
  }

  /** Revises stored events from rows carrying their external ids; unchanged ones are left alone. */
  async #revise(rows: readonly BulkEventRow[]) {
    const cols = EVENT_COPY_COLUMNS.join(", ");
    await sql
      .raw(`CREATE TEMP TABLE ${STAGE} ON COMMIT DROP AS SELECT ${cols} FROM events WITH NO DATA`)
      .execute(this.tx);
    await this.#copyRows(STAGE, rows);
    // xmax is 0 on a freshly inserted row version (the stored event vanished meanwhile) and set on an update.
    const result = await sql
      .raw<{ id: string; inserted: boolean; external_dataset: string | null; external_id: string | null }>(
        `INSERT INTO events AS e (${cols}) SELECT ${cols} FROM ${STAGE}
         ON CONFLICT (external_dataset, external_id) DO UPDATE
           SET ${UPDATED.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, version = e.version + 1, updated_at = now()
           WHERE (${UPDATED.map((c) => `e.${c}`).join(", ")})
             IS DISTINCT FROM (${UPDATED.map((c) => `EXCLUDED.${c}`).join(", ")})
         RETURNING e.id, e.xmax = 0 AS inserted, e.external_dataset, e.external_id`,
      )
      .execute(this.tx);
    await sql.raw(`DROP TABLE ${STAGE}`).execute(this.tx);
    return result.rows;
  }

  async missing(kind: ReferenceKind, ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const table = { actor: "actors", group: "groups", situation: "situations" }[kind];
    const found = await sql<{
      id: string;
    }>`SELECT id FROM ${sql.table(table)} WHERE id = ANY(${unique}::uuid[])`.execute(this.tx);
    const present = new Set(found.rows.map((r) => r.id));
    return unique.filter((id) => !present.has(id));
  }

  appendCustody(event: CustodyEvent, at: Date) {
    return appendCustody(this.tx, event, at);
  }

  async loadClaims(rows: readonly { id: string; input: ClaimInput }[]): Promise<void> {
    if (rows.length === 0) return;
    // Lines joined once (as eventsCsv does): repeated += on a growing string was twice as slow.
    const values = new Array<CsvValue>(CLAIM_COPY_COLUMNS.length);
    const lines = rows.map(({ id, input }, i) => {
      const r = claimToRow(input) as Record<string, CsvValue>;
      values[0] = id;
      for (let c = 1; c < CLAIM_COPY_COLUMNS.length; c++)
        values[c] = r[CLAIM_COPY_COLUMNS[c] as string] as CsvValue;
      return csvLine(values, (c) => `claim ${i + 1}, column ${CLAIM_COPY_COLUMNS[c]}`);
    });
    await this.copy("claims", CLAIM_COPY_COLUMNS, lines.join(""));
  }
}

/** The claim columns an import fills (the rest keep their defaults). */
const CLAIM_COPY_COLUMNS = [
  "id",
  "source_id",
  "document_id",
  "locator",
  "event_id",
  "situation_id",
  "indicator",
  "statement",
  "assertion",
  "credibility",
  "credibility_reason",
  "how_known",
  "witness",
  "stated_at",
  "sensitivity",
] as const;

/** Puts the returned ids back in the order of the rows (RETURNING promises no order). */
function outcome(
  rows: readonly BulkEventRow[],
  returned: { id: string; inserted: boolean; external_dataset?: string | null; external_id: string | null }[],
): BulkLoadOutcome {
  const position = new Map<string, number>();
  rows.forEach((r, i) => {
    position.set(r.id, i);
    if (r.input.externalId) position.set(externalKey(r.input.externalId.dataset, r.input.externalId.id), i);
  });
  const inserted: [number, string][] = [];
  const updated: [number, string][] = [];
  for (const r of returned) {
    if (r.inserted) inserted.push([position.get(r.id) ?? -1, r.id]);
    else updated.push([position.get(externalKey(r.external_dataset ?? "", r.external_id ?? "")) ?? -1, r.id]);
  }
  const inOrder = (xs: [number, string][]) => xs.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
  const updatedInOrder = inOrder(updated);
  return {
    inserted: inOrder(inserted),
    updated: updatedInOrder,
    skipped: rows.length - inserted.length - updated.length,
    updatedRows: updated.map((u) => u[0]),
  };
}

const externalKey = (dataset: string, id: string) => `${dataset}\u0000${id}`;
const keyOf = (r: BulkEventRow) =>
  externalKey(r.input.externalId?.dataset ?? "", r.input.externalId?.id ?? "");

function rowLabel(rows: readonly BulkEventRow[], index: number): string {
  const row = rows[index];
  const ext = row?.input.externalId;
  return `batch row ${row?.row ?? index + 1}${ext ? ` (${ext.dataset} ${ext.id})` : ""}`;
}
