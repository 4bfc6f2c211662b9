import type { EntityKind, EntityMap, InputMap } from "../../ports/evidence-store.ts";
import { actorFromRow, actorToRow, groupFromRow, groupToRow } from "./mappers/actor-group.mapper.ts";
import { claimFromRow, claimToRow } from "./mappers/claim.mapper.ts";
import { documentFromRow, documentToRow } from "./mappers/document.mapper.ts";
import { eventFromRow, eventToRow } from "./mappers/event.mapper.ts";
import { situationFromRow, situationToRow } from "./mappers/situation.mapper.ts";
import { sourceFromRow, sourceToRow } from "./mappers/source.mapper.ts";
import type { DB } from "./schema.ts";

type Row = Record<string, unknown>;

export interface EntityTable<K extends EntityKind> {
  table: keyof DB & string;
  toRow(input: InputMap[K]): Row;
  fromRow(row: Row): EntityMap[K];
}

/** Where each kind of record lives and how it maps to a row: the one table the generic queries consult. */
export const ENTITY_TABLES: { [K in EntityKind]: EntityTable<K> } = {
  source: { table: "sources", toRow: sourceToRow, fromRow: sourceFromRow },
  actor: { table: "actors", toRow: actorToRow, fromRow: actorFromRow },
  group: { table: "groups", toRow: groupToRow, fromRow: groupFromRow },
  situation: { table: "situations", toRow: situationToRow, fromRow: situationFromRow },
  event: { table: "events", toRow: eventToRow, fromRow: eventFromRow },
  claim: { table: "claims", toRow: claimToRow, fromRow: claimFromRow },
  document: {
    table: "documents",
    toRow: (d) => ({ ...documentToRow(d), sha256: d.sha256, size: d.size }),
    fromRow: (r) => documentFromRow(r),
  },
};
