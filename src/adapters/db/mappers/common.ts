import type { Stored } from "../../../domain/evidence/entities.ts";

export function storedFields(row: {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
}): Stored {
  return { id: row.id, version: row.version, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** jsonb arrives parsed from pg and from PGlite; this keeps the type honest either way. */
export function json<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
