import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { EwpKind } from "../../../domain/importers/ewp.ts";
import type { Cell, EwpCountryYear, EwpEpisode } from "../../../domain/importers/ewp-rows.ts";
import {
  canonicalRow,
  type EwpDataset,
  type EwpRow,
  type EwpStore,
  ewpRowKey,
} from "../../../ports/ewp-store.ts";
import { appendCustody } from "../custody.queries.ts";
import { json } from "../mappers/common.ts";
import type { DB } from "../schema.ts";

// biome-ignore lint/suspicious/noExplicitAny: the EWP tables (migration 0015) are outside the shared DB type.
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

/** Rows looked up or written per statement (well under PostgreSQL's 65,535 parameters). */
const CHUNK = 1000;

/** EWP datasets, country-years and episodes over Kysely: the same SQL on PGlite and PostgreSQL. */
export class KyselyEwpStore implements EwpStore {
  readonly #db: AnyDb;
  readonly #typed: Kysely<DB>;

  constructor(kysely: Kysely<DB>) {
    this.#typed = kysely;
    this.#db = kysely as AnyDb;
  }

  async ensureDataset(d: Omit<EwpDataset, "id" | "rowCount" | "createdAt" | "updatedAt">, at: Date) {
    const found = await this.dataset(d.kind, d.version);
    if (found) return { dataset: found, created: false };
    const id = randomUUID();
    await this.#typed.transaction().execute(async (tx) => {
      const inserted = await (tx as unknown as AnyDb)
        .insertInto("ewp_datasets")
        .values({
          id,
          kind: d.kind,
          version: d.version,
          source_id: d.sourceId,
          columns: d.columns,
          file_name: d.fileName,
          file_sha256: d.fileSha256,
          file_size: d.fileSize,
          row_count: 0,
          created_at: at.toISOString(),
          created_by: d.createdBy,
          updated_at: at.toISOString(),
        })
        // Two importers of the same version at once: the second finds the first's row.
        .onConflict((oc) => oc.columns(["kind", "version"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!inserted) return;
      await appendCustody(
        tx,
        {
          actor: d.createdBy,
          action: "create",
          targetType: "ewp-dataset",
          targetId: id,
          reason: `EWP ${d.kind}, version ${d.version}`,
          details: { kind: d.kind, version: d.version, sourceId: d.sourceId },
        },
        at,
      );
    });
    const dataset = await this.dataset(d.kind, d.version);
    if (!dataset) throw new Error(`EWP ${d.kind} ${d.version}: dataset row not found after insert`);
    return { dataset, created: dataset.id === id };
  }

  async storedRows(datasetId: string, rows: readonly EwpRow[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      if (part[0]?.kind === "episode") {
        const found = await this.#db
          .selectFrom("ewp_episodes")
          .selectAll()
          .where("dataset_id", "=", datasetId)
          .where(
            "code",
            "in",
            part.map((r) => ewpRowKey(r)),
          )
          .execute();
        for (const f of found) {
          const stored: EwpRow = { kind: "episode", ordinal: f.ordinal, row: episodeFromRow(f) };
          out.set(ewpRowKey(stored), canonicalRow(stored));
        }
      } else {
        const cy = part.flatMap((r) => (r.kind === "country-year" ? [r.row] : []));
        // A join on two arrays: a long (ccode, year) IN list plans very slowly (an OR of row comparisons).
        const found = await this.#db
          .selectFrom("ewp_country_years")
          .selectAll()
          .where("dataset_id", "=", datasetId)
          .where(
            sql<boolean>`(ccode, year) IN (SELECT * FROM unnest(${cy.map((r) => r.ccode)}::integer[], ${cy.map((r) => r.year)}::integer[]))`,
          )
          .execute();
        for (const f of found) {
          const stored: EwpRow = { kind: "country-year", ordinal: f.ordinal, row: countryYearFromRow(f) };
          out.set(ewpRowKey(stored), canonicalRow(stored));
        }
      }
    }
    return out;
  }

  async writeRows(datasetId: string, rows: readonly EwpRow[], custody: CustodyEvent, at: Date) {
    if (rows.length === 0) return;
    await this.#typed.transaction().execute(async (tx) => {
      const db = tx as unknown as AnyDb;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const part = rows.slice(i, i + CHUNK);
        const episodes = part.flatMap((r) => (r.kind === "episode" ? [{ ...r, row: r.row }] : []));
        const countryYears = part.flatMap((r) => (r.kind === "country-year" ? [{ ...r, row: r.row }] : []));
        if (countryYears.length > 0) {
          await db
            .insertInto("ewp_country_years")
            .values(
              countryYears.map((r) => ({
                dataset_id: datasetId,
                ccode: r.row.ccode,
                year: r.row.year,
                country: r.row.country,
                ordinal: r.ordinal,
                cells: JSON.stringify(r.row.cells),
              })),
            )
            .onConflict((oc) =>
              oc.columns(["dataset_id", "ccode", "year"]).doUpdateSet({
                country: sql`excluded.country`,
                ordinal: sql`excluded.ordinal`,
                cells: sql`excluded.cells`,
              }),
            )
            .execute();
        }
        if (episodes.length > 0) {
          await db
            .insertInto("ewp_episodes")
            .values(episodes.map((r) => episodeToRow(datasetId, r.ordinal, r.row)))
            .onConflict((oc) =>
              oc.columns(["dataset_id", "code"]).doUpdateSet((eb) => {
                const set: Record<string, unknown> = {};
                for (const c of EPISODE_UPDATE) set[c] = eb.ref(`excluded.${c}`);
                return set;
              }),
            )
            .execute();
        }
      }
      await appendCustody(tx, custody, at);
    });
  }

  async removeRowsNotIn(datasetId: string, keep: ReadonlySet<string>, custody: CustodyEvent, at: Date) {
    return this.#typed.transaction().execute(async (tx) => {
      const db = tx as unknown as AnyDb;
      const years = await db
        .selectFrom("ewp_country_years")
        .select(["ccode", "year"])
        .where("dataset_id", "=", datasetId)
        .execute();
      const codes = await db
        .selectFrom("ewp_episodes")
        .select("code")
        .where("dataset_id", "=", datasetId)
        .execute();
      const goneYears = years.filter((r) => !keep.has(`${r.ccode}:${r.year}`));
      const goneCodes = codes.map((r) => r.code as string).filter((c) => !keep.has(c));
      for (const r of goneYears)
        await db
          .deleteFrom("ewp_country_years")
          .where("dataset_id", "=", datasetId)
          .where("ccode", "=", r.ccode)
          .where("year", "=", r.year)
          .execute();
      if (goneCodes.length > 0)
        await db
          .deleteFrom("ewp_episodes")
          .where("dataset_id", "=", datasetId)
          .where("code", "in", goneCodes)
          .execute();
      const removed = [...goneYears.map((r) => `${r.ccode}:${r.year}`), ...goneCodes];
      if (removed.length > 0)
        await appendCustody(tx, { ...custody, details: { ...custody.details, removed } }, at);
      return removed;
    });
  }

  async finishDataset(
    datasetId: string,
    file: { columns: string[]; fileName: string; fileSha256: string; fileSize: number },
    at: Date,
  ): Promise<EwpDataset> {
    await this.#db
      .updateTable("ewp_datasets")
      .set({
        columns: file.columns,
        file_name: file.fileName,
        file_sha256: file.fileSha256,
        file_size: file.fileSize,
        updated_at: at.toISOString(),
        row_count: sql`(SELECT count(*) FROM ewp_country_years WHERE dataset_id = ${datasetId}) + (SELECT count(*) FROM ewp_episodes WHERE dataset_id = ${datasetId})`,
      })
      .where("id", "=", datasetId)
      .execute();
    const row = await this.#db
      .selectFrom("ewp_datasets")
      .selectAll()
      .where("id", "=", datasetId)
      .executeTakeFirstOrThrow();
    return datasetFromRow(row);
  }

  async datasets(kind?: EwpKind): Promise<EwpDataset[]> {
    let q = this.#db.selectFrom("ewp_datasets").selectAll().orderBy("created_at").orderBy("version");
    if (kind) q = q.where("kind", "=", kind);
    return (await q.execute()).map(datasetFromRow);
  }

  async dataset(kind: EwpKind, version?: string): Promise<EwpDataset | null> {
    let q = this.#db.selectFrom("ewp_datasets").selectAll().where("kind", "=", kind);
    q =
      version === undefined
        ? q.orderBy("created_at", "desc").orderBy("version", "desc").limit(1)
        : q.where("version", "=", version);
    const row = await q.executeTakeFirst();
    return row ? datasetFromRow(row) : null;
  }

  async countryYears(datasetId: string): Promise<EwpCountryYear[]> {
    const rows = await this.#db
      .selectFrom("ewp_country_years")
      .selectAll()
      .where("dataset_id", "=", datasetId)
      .orderBy("ordinal")
      .execute();
    return rows.map(countryYearFromRow);
  }

  async episodes(datasetId: string): Promise<EwpEpisode[]> {
    const rows = await this.#db
      .selectFrom("ewp_episodes")
      .selectAll()
      .where("dataset_id", "=", datasetId)
      .orderBy("ordinal")
      .execute();
    return rows.map(episodeFromRow);
  }
}

const EPISODE_UPDATE = [
  "ordinal",
  "country",
  "name",
  "summary",
  "start_year",
  "end_year",
  "perpetrator_type",
  "ethnic_groups",
  "location_ccode",
  "location_inheritors",
  "responsible_ccode",
  "responsible_inheritors",
  "notes",
];

function datasetFromRow(r: Row): EwpDataset {
  return {
    id: r.id as string,
    kind: r.kind as EwpKind,
    version: r.version as string,
    sourceId: r.source_id as string,
    columns: r.columns as string[],
    fileName: r.file_name as string,
    fileSha256: r.file_sha256 as string,
    fileSize: Number(r.file_size),
    rowCount: Number(r.row_count),
    createdAt: r.created_at as string,
    createdBy: r.created_by as string,
    updatedAt: r.updated_at as string,
  };
}

function countryYearFromRow(r: Row): EwpCountryYear {
  return {
    ccode: Number(r.ccode),
    year: Number(r.year),
    country: r.country as string,
    cells: json<Record<string, Cell>>(r.cells),
  };
}

function episodeToRow(datasetId: string, ordinal: number, e: EwpEpisode) {
  return {
    dataset_id: datasetId,
    code: e.code,
    ordinal,
    country: e.country,
    name: e.name,
    summary: e.summary,
    start_year: e.startYear,
    end_year: e.endYear,
    perpetrator_type: e.perpetratorType,
    ethnic_groups: e.ethnicGroups,
    location_ccode: e.locationCcode,
    location_inheritors: e.locationInheritors,
    responsible_ccode: e.responsibleCcode,
    responsible_inheritors: e.responsibleInheritors,
    notes: JSON.stringify(e.notes),
  };
}

function episodeFromRow(r: Row): EwpEpisode {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    code: r.code as string,
    country: r.country as string,
    name: r.name as string,
    summary: (r.summary as string | null) ?? null,
    startYear: Number(r.start_year),
    endYear: n(r.end_year),
    perpetratorType: (r.perpetrator_type as string | null) ?? null,
    ethnicGroups: n(r.ethnic_groups),
    locationCcode: n(r.location_ccode),
    locationInheritors: ((r.location_inheritors as unknown[]) ?? []).map(Number),
    responsibleCcode: n(r.responsible_ccode),
    responsibleInheritors: ((r.responsible_inheritors as unknown[]) ?? []).map(Number),
    notes: json<Record<string, string>>(r.notes),
  };
}
