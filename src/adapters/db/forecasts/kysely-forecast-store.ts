import { type Kysely, sql, type Transaction } from "kysely";
import type { CustodyEvent } from "../../../domain/custody/custody-chain.ts";
import type { Driver } from "../../../domain/risk/explain.ts";
import type {
  CountryForecast,
  ForecastInput,
  ForecastRun,
  ForecastRunSummary,
} from "../../../domain/risk/stored-forecast.ts";
import type { ForecastStore, RunChoice } from "../../../ports/forecast-store.ts";
import { appendCustody } from "../custody.queries.ts";
import { json } from "../mappers/common.ts";
import type { DB } from "../schema.ts";

// biome-ignore lint/suspicious/noExplicitAny: the forecast tables are outside the shared DB type.
type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Forecast runs over Kysely: the same SQL on PGlite and PostgreSQL. */
export class KyselyForecastStore implements ForecastStore {
  readonly #db: AnyDb;

  constructor(kysely: Kysely<DB>) {
    this.#db = kysely as AnyDb;
  }

  async saveRun(run: ForecastRun, forecasts: CountryForecast[], custody?: CustodyEvent): Promise<void> {
    await this.#db.transaction().execute(async (tx) => {
      await tx
        .insertInto("forecast_runs")
        .values({
          id: run.id,
          model_id: run.modelId,
          model_version: run.modelVersion,
          model_description: run.modelDescription,
          train_start: run.trainStart,
          train_end: run.trainEnd,
          train_rows: run.trainRows,
          seed: run.seed,
          fictional: run.fictional,
          notes: JSON.stringify(run.notes),
          created_at: run.createdAt,
          created_by: run.createdBy,
        })
        .execute();
      if (run.inputs.length > 0) {
        await tx
          .insertInto("forecast_run_inputs")
          .values(
            run.inputs.map((i) => ({
              run_id: run.id,
              role: i.role,
              file_name: i.fileName,
              sha256: i.sha256,
              bytes: i.bytes,
            })),
          )
          .execute();
      }
      for (let i = 0; i < forecasts.length; i += 500) {
        await tx
          .insertInto("forecasts")
          .values(
            forecasts.slice(i, i + 500).map((f) => ({
              run_id: run.id,
              iso3: f.iso3,
              country: f.country,
              ccode: f.ccode,
              data_year: f.dataYear,
              window_start: f.window.from,
              window_end: f.window.to,
              probability: f.probability,
              rank: f.rank,
              previous_probability: f.previousProbability,
              previous_rank: f.previousRank,
              drivers: JSON.stringify(f.drivers),
              categories: sql`${f.categories}::text[]`,
            })),
          )
          .execute();
      }
      if (custody) await appendCustody(tx as Transaction<DB>, custody, new Date(run.createdAt));
    });
  }

  async listRuns(options: { limit: number; modelId?: string }): Promise<ForecastRunSummary[]> {
    const r = await sql<Row>`${runSummarySelect()}
      WHERE (${options.modelId ?? null}::text IS NULL OR r.model_id = ${options.modelId ?? null})
      ORDER BY r.created_at DESC, r.id LIMIT ${options.limit}`.execute(this.#db);
    return this.#withInputs(r.rows);
  }

  async getRun(id: string): Promise<ForecastRunSummary | null> {
    if (!UUID.test(id)) return null;
    const r = await sql<Row>`${runSummarySelect()} WHERE r.id = ${id}::uuid`.execute(this.#db);
    return (await this.#withInputs(r.rows))[0] ?? null;
  }

  async forecastsOf(runId: string, dataYear?: number): Promise<CountryForecast[]> {
    if (!UUID.test(runId)) return [];
    const r = await sql<Row>`SELECT * FROM forecasts WHERE run_id = ${runId}::uuid
      AND (${dataYear ?? null}::int IS NULL OR data_year = ${dataYear ?? null})
      ORDER BY data_year, rank`.execute(this.#db);
    return r.rows.map(forecastFromRow);
  }

  async chooseRun(choice: RunChoice) {
    if (choice.runId !== undefined) {
      const run = await this.getRun(choice.runId);
      if (!run) return null;
      const year = choice.year ?? Math.max(...run.dataYears);
      return run.dataYears.includes(year) ? { run, dataYear: year } : null;
    }
    const model = choice.modelId ?? null;
    const year = choice.year ?? null;
    // Per (run, data year) present; real runs first, then the latest year (when none was asked), newest run.
    const r = await sql<{ run_id: string; data_year: number }>`
      SELECT f.run_id, f.data_year FROM (SELECT DISTINCT run_id, data_year FROM forecasts) f
      JOIN forecast_runs r ON r.id = f.run_id
      WHERE (${year}::int IS NULL OR f.data_year = ${year})
        AND (${model}::text IS NULL OR r.model_id = ${model})
      ORDER BY r.fictional, f.data_year DESC, r.created_at DESC, r.id
      LIMIT 1`.execute(this.#db);
    const hit = r.rows[0];
    if (!hit) return null;
    const run = await this.getRun(hit.run_id);
    return run ? { run, dataYear: hit.data_year } : null;
  }

  async countryHistory(iso3: string, options: { modelId?: string } = {}) {
    const model = options.modelId ?? null;
    const r = await sql<Row>`
      SELECT DISTINCT ON (f.data_year) f.*, r.model_id AS r_model_id
      FROM forecasts f JOIN forecast_runs r ON r.id = f.run_id
      WHERE f.iso3 = ${iso3.toUpperCase()} AND (${model}::text IS NULL OR r.model_id = ${model})
      ORDER BY f.data_year, r.fictional, r.created_at DESC, r.id`.execute(this.#db);
    const runs = new Map<string, ForecastRun>();
    for (const id of new Set(r.rows.map((x) => x.run_id as string))) {
      const run = await this.getRun(id);
      if (run) runs.set(id, run);
    }
    return r.rows.map((x) => ({
      run: runs.get(x.run_id as string) as ForecastRun,
      forecast: forecastFromRow(x),
    }));
  }

  async hasRunOfModel(modelId: string): Promise<boolean> {
    const r = await sql`SELECT 1 FROM forecast_runs WHERE model_id = ${modelId} LIMIT 1`.execute(this.#db);
    return r.rows.length > 0;
  }

  async #withInputs(rows: Row[]): Promise<ForecastRunSummary[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((x) => x.id as string);
    const inputs = await sql<Row>`SELECT * FROM forecast_run_inputs WHERE run_id = ANY (${ids}::uuid[])
      ORDER BY role, file_name`.execute(this.#db);
    const byRun = new Map<string, ForecastInput[]>();
    for (const i of inputs.rows) {
      const list = byRun.get(i.run_id as string) ?? [];
      list.push({
        role: i.role as ForecastInput["role"],
        fileName: i.file_name as string,
        sha256: i.sha256 as string,
        bytes: Number(i.bytes),
      });
      byRun.set(i.run_id as string, list);
    }
    return rows.map((x) => runFromRow(x, byRun.get(x.id as string) ?? []));
  }
}

function runSummarySelect() {
  return sql`SELECT r.*,
      COALESCE((SELECT array_agg(DISTINCT f.data_year ORDER BY f.data_year) FROM forecasts f WHERE f.run_id = r.id), '{}') AS data_years,
      (SELECT count(DISTINCT f.iso3) FROM forecasts f WHERE f.run_id = r.id) AS countries
    FROM forecast_runs r`;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function runFromRow(x: Row, inputs: ForecastInput[]): ForecastRunSummary {
  return {
    id: x.id as string,
    modelId: x.model_id as string,
    modelVersion: x.model_version as string,
    modelDescription: x.model_description as string,
    trainStart: num(x.train_start),
    trainEnd: num(x.train_end),
    trainRows: num(x.train_rows),
    seed: num(x.seed),
    fictional: x.fictional as boolean,
    inputs,
    notes: json<Record<string, unknown>>(x.notes),
    createdAt: x.created_at as string,
    createdBy: x.created_by as string,
    dataYears: ((x.data_years as unknown[]) ?? []).map(Number),
    countries: Number(x.countries),
  };
}

function forecastFromRow(x: Row): CountryForecast {
  return {
    iso3: (x.iso3 as string).trim(),
    country: x.country as string,
    ccode: num(x.ccode),
    dataYear: Number(x.data_year),
    window: { from: Number(x.window_start), to: Number(x.window_end) },
    probability: Number(x.probability),
    rank: Number(x.rank),
    previousProbability: num(x.previous_probability),
    previousRank: num(x.previous_rank),
    drivers: json<Driver[]>(x.drivers),
    categories: (x.categories as string[]) ?? [],
  };
}
