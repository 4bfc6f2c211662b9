import type { RecordAccess } from "../../../domain/access/record-access.ts";
import { EVENT_COLUMNS } from "../mappers/event.mapper.ts";
import { readableIds } from "./access-condition.ts";

/**
 * What `eventFromRow` reads of the events table aliased `table`, for a caller of `access`: every column as
 * stored but `situation_ids`, cut to the situations the caller may read (`readableIds`). Events are not
 * guarded by their situations, but the id of a situation hidden from the caller is not theirs to see.
 * Writes never start from this list: an update reads the event with access `every` (evidence.service.ts).
 */
export function eventSelection(access: RecordAccess, table: string) {
  return EVENT_COLUMNS.map((c) =>
    c === "situation_ids"
      ? readableIds(access, `${table}.situation_ids`).as("situation_ids")
      : `${table}.${c}`,
  );
}
