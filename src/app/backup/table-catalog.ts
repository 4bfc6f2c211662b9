import { type Kysely, sql } from "kysely";

/** A table as the archive needs it: what to read, what to write back, and in which order. */
export interface TableInfo {
  name: string;
  /** Columns that can be written (generated columns are computed again by the database). */
  columns: string[];
  generated: string[];
  /** Primary key columns; rows are archived in this order. Empty when the table has none. */
  primaryKey: { name: string; textual: boolean }[];
  /** Columns fed by a sequence (serial or identity), to move the sequence past the restored rows. */
  sequenced: string[];
  /** Whether the table has triggers of its own (not those behind foreign keys): switched off by a restore. */
  userTriggers: boolean;
  /** Whether the current user owns the table (or may act as its owner), as switching triggers needs. */
  owned: boolean;
}

/** Tables that describe the schema rather than hold data: recorded in the manifest instead. */
const SKIP = new Set(["schema_migrations"]);

// biome-ignore lint/suspicious/noExplicitAny: the catalog is queried on any database handle.
type Db = Kysely<any>;

/**
 * Every data table of the current schema, parents before the tables that refer to them (ties by name), so
 * that rows can be inserted in file order without breaking a foreign key. Read from the catalog, so tables
 * added by later migrations are archived without changing this code.
 */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await sql<{ name: string; triggers: boolean; owned: boolean }>`
    SELECT c.relname AS name, pg_has_role(c.relowner, 'USAGE') AS owned,
           EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS triggers
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname`.execute(db);
  const flags = new Map(tables.rows.map((r) => [r.name, r]));
  const names = tables.rows.map((r) => r.name).filter((n) => !SKIP.has(n));

  const columns = await sql<{ tbl: string; name: string; generated: string; sequenced: boolean }>`
    SELECT c.relname AS tbl, a.attname AS name, a.attgenerated AS generated,
           (a.attidentity <> '' OR pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL) AS sequenced
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY c.relname, a.attnum`.execute(db);
  const keys = await sql<{ tbl: string; name: string; textual: boolean }>`
    SELECT c.relname AS tbl, a.attname AS name,
           t.typcategory = 'S' AS textual
    FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      JOIN pg_type t ON t.oid = a.atttypid
    WHERE n.nspname = current_schema() AND i.indisprimary
    ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const fks = await sql<{ child: string; parent: string }>`
    SELECT src.relname AS child, dst.relname AS parent
    FROM pg_constraint k JOIN pg_class src ON src.oid = k.conrelid JOIN pg_class dst ON dst.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = src.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema()`.execute(db);

  const info = new Map<string, TableInfo>(
    names.map((name) => [
      name,
      {
        name,
        columns: [],
        generated: [],
        primaryKey: [],
        sequenced: [],
        userTriggers: Boolean(flags.get(name)?.triggers),
        owned: Boolean(flags.get(name)?.owned),
      },
    ]),
  );
  for (const c of columns.rows) {
    const t = info.get(c.tbl);
    if (!t) continue;
    if (c.generated) t.generated.push(c.name);
    else t.columns.push(c.name);
    if (c.sequenced) t.sequenced.push(c.name);
  }
  for (const k of keys.rows) info.get(k.tbl)?.primaryKey.push({ name: k.name, textual: k.textual });

  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set()]));
  for (const fk of fks.rows) {
    // A table referring to itself cannot be ordered by table; its rows go in primary-key order.
    if (fk.child !== fk.parent && info.has(fk.parent)) parents.get(fk.child)?.add(fk.parent);
  }
  return topological(names, parents).map((n) => info.get(n) as TableInfo);
}

/** Kahn's algorithm, always taking the first ready name alphabetically, so the order is stable. */
function topological(names: string[], parents: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  const left = new Set(names);
  while (left.size > 0) {
    const ready = [...left].filter((n) => [...(parents.get(n) ?? [])].every((p) => !left.has(p))).sort();
    const next = ready[0];
    if (next === undefined) throw new Error(`foreign keys form a cycle among: ${[...left].join(", ")}`);
    out.push(next);
    left.delete(next);
  }
  return out;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
