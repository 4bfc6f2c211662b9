import type { EntityKind, EntityMap, InputMap } from "../../ports/evidence-store.ts";
import { actorFromRow, actorToRow, groupFromRow, groupToRow } from "./mappers/actor-group.mapper.ts";
import { claimFromRow, claimToRow } from "./mappers/claim.mapper.ts";
import { documentFromRow, documentToRow } from "./mappers/document.mapper.ts";
import { EVENT_COLUMNS, eventFromRow, eventToRow } from "./mappers/event.mapper.ts";
import { situationFromRow, situationToRow } from "./mappers/situation.mapper.ts";
import { sourceFromRow, sourceToRow } from "./mappers/source.mapper.ts";
import type { DB } from "./schema.ts";

type Row = Record<string, unknown>;

export interface EntityTable<K extends EntityKind> {
  table: keyof DB & string;
  toRow(input: InputMap[K]): Row;
  fromRow(row: Row): EntityMap[K];
  /** The columns `fromRow` reads, when a table keeps more than that (else every column is read). */
  columns?: readonly string[];
}

/** Where each kind of record lives and how it maps to a row: the one table the generic queries consult. */
export const ENTITY_TABLES: { [K in EntityKind]: EntityTable<K> } = {
  source: { table: "sources", toRow: sourceToRow, fromRow: sourceFromRow },
  actor: { table: "actors", toRow: actorToRow, fromRow: actorFromRow },
  group: { table: "groups", toRow: groupToRow, fromRow: groupFromRow },
  situation: { table: "situations", toRow: situationToRow, fromRow: situationFromRow },
  event: { table: "events", toRow: eventToRow, fromRow: eventFromRow, columns: EVENT_COLUMNS },
  claim: { table: "claims", toRow: claimToRow, fromRow: claimFromRow },
  document: {
    table: "documents",
    toRow: (d) => ({ ...documentToRow(d), sha256: d.sha256, size: d.size }),
    fromRow: (r) => documentFromRow(r),
  },
};

// biome-ignore lint/suspicious/noExplicitAny: tables are chosen at run time from ENTITY_TABLES.
type AnyQuery = any;

/** A select (or insert/update returning) of what `fromRow` needs: the declared columns, or all. */
export function selectRecord<K extends EntityKind>(q: AnyQuery, t: EntityTable<K>): AnyQuery {
  // Qualified, so that a join (events by situation) reads the record's own table.
  return t.columns ? q.select(t.columns.map((c) => `${t.table}.${c}`)) : q.selectAll(t.table);
}

export function returningRecord<K extends EntityKind>(q: AnyQuery, t: EntityTable<K>): AnyQuery {
  return t.columns ? q.returning(t.columns) : q.returningAll();
}
