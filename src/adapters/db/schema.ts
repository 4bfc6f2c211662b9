import type { ColumnType, Generated } from "kysely";

/**
 * The database as Kysely sees it. Dates come back as 'YYYY-MM-DD' strings and timestamps as ISO strings on
 * both databases (see type-parsers.ts), so records read the same whatever the engine.
 */
type Timestamp = ColumnType<string, string | undefined, string>;
type Json = ColumnType<unknown, string, string>;
type Tsv = ColumnType<never, never, never>;

interface Versioned {
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SourcesTable extends Versioned {
  id: string;
  kind: string;
  name: string;
  reliability: string;
  reliability_reason: string | null;
  url: string | null;
  contact: string | null;
  licence: string | null;
  attribution: string | null;
  dataset_version: string | null;
  accessed_at: string | null;
  filters: Json | null;
  sensitivity: string;
  external_key: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DocumentsTable extends Versioned {
  id: string;
  sha256: string;
  size: ColumnType<number, number, number>;
  title: string;
  source_id: string | null;
  origin_url: string | null;
  collected_at: string | null;
  collected_by: string | null;
  method: string | null;
  media_type: string;
  language: string | null;
  sensitivity: string;
}

export interface DocumentCopiesTable {
  id: string;
  document_id: string;
  kind: string;
  language: string | null;
  content: string;
  search: Tsv;
  created_at: Timestamp;
}

export interface ActorsTable extends Versioned {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  country: string | null;
  description: string | null;
  sensitivity: string;
  external_key: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ImportRunsTable {
  id: string;
  format: string;
  source_id: string;
  file_name: string;
  file_sha256: string;
  file_size: ColumnType<number, number, number>;
  dataset_version: string | null;
  accessed_at: string;
  filters: Json;
  status: string;
  rows_read: ColumnType<number, number | undefined, number>;
  rows_loaded: ColumnType<number, number | undefined, number>;
  rows_updated: ColumnType<number, number | undefined, number>;
  rows_rejected: ColumnType<number, number | undefined, number>;
  rows_duplicate: ColumnType<number, number | undefined, number>;
  rows_skipped: ColumnType<number, number | undefined, number>;
  error: string | null;
  actor: string;
  started_at: Timestamp;
  finished_at: string | null;
}

export interface GroupsTable extends Versioned {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  sensitivity: string;
}

export interface SituationsTable extends Versioned {
  id: string;
  name: string;
  country: string;
  region: string | null;
  description: string | null;
  targeted_group_ids: string[];
  perpetrator_ids: string[];
  sensitivity: string;
}

export interface EventsTable extends Versioned {
  id: string;
  title: string;
  description: string | null;
  date_start: string;
  date_end: string | null;
  date_precision: string;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  place_name: string | null;
  latitude: number | null;
  longitude: number | null;
  location_precision: string;
  acts: Json;
  act_types: string[];
  perpetrators: Json;
  perpetrator_ids: string[];
  targeted_group_ids: string[];
  situation_ids: string[];
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  contested: Generated<boolean>;
  external_dataset: string | null;
  external_id: string | null;
  sensitivity: string;
  search: Tsv;
}

export interface ClaimsTable extends Versioned {
  id: string;
  source_id: string;
  document_id: string | null;
  locator: string | null;
  event_id: string | null;
  situation_id: string | null;
  indicator: string | null;
  statement: string;
  assertion: Json;
  credibility: number;
  credibility_reason: string | null;
  how_known: string | null;
  witness: string | null;
  stated_at: string | null;
  sensitivity: string;
}

export interface CustodyLogTable {
  seq: ColumnType<number, number, never>;
  at: string;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  details: Json;
  prev_hash: string;
  hash: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface DB {
  sources: SourcesTable;
  documents: DocumentsTable;
  document_copies: DocumentCopiesTable;
  actors: ActorsTable;
  groups: GroupsTable;
  situations: SituationsTable;
  events: EventsTable;
  claims: ClaimsTable;
  custody_log: CustodyLogTable;
  schema_migrations: SchemaMigrationsTable;
  import_runs: ImportRunsTable;
}
