import { ValidationError } from "../../domain/errors.ts";
import { CsvMapping, checkMappingValues, csvFormat } from "../../domain/importers/csv-mapping.ts";
import type { EventFormat } from "../../domain/importers/import-record.ts";
import { EVENT_FORMATS } from "./formats.ts";

export const FORMAT_NAMES = [...Object.keys(EVENT_FORMATS), "csv"];

/** The format named (csv: built from its mapping, validated whole); a bad name or mapping is invalid input. */
export function resolveFormat(name: string, mapping: unknown): EventFormat {
  if (name !== "csv") {
    const format = EVENT_FORMATS[name];
    if (!format) throw invalid("format", `unknown format "${name}": use one of ${FORMAT_NAMES.join(", ")}`);
    return format;
  }
  if (mapping === undefined || mapping === null)
    throw invalid("mapping", "csv needs a mapping of columns to fields");
  const parsed = CsvMapping.safeParse(mapping);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw invalid(`mapping.${i?.path.join(".") ?? ""}`, i?.message ?? "invalid");
  }
  const problems = checkMappingValues(parsed.data);
  if (problems.length > 0) throw invalid("mapping", problems.join("; "));
  return csvFormat(parsed.data);
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(`${path}: ${message}`, [{ path, message }]);
}
