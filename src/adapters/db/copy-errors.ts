import { ValidationError } from "../../domain/errors.ts";

/**
 * A value COPY refused, as an error naming the row and column. PostgreSQL says where in its `where` field
 * ("COPY table, line 3, column latitude: ..."); `label` turns the line (1-based, no header) into the
 * caller's own name for the row.
 */
export function mapCopyError(error: unknown, label: (line: number) => string): unknown {
  const e = error as { where?: string; message?: string };
  const m = /COPY \w+, line (\d+)(?:, column (\w+))?/.exec(e?.where ?? "");
  if (!m) return error;
  const path = `${label(Number(m[1]))}${m[2] ? `, column ${m[2]}` : ""}`;
  const message = e.message ?? "refused by the database";
  return new ValidationError(`${path}: ${message}`, [{ path, message }]);
}
