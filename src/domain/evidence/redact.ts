import { CONFIDENTIAL_FIELDS, canSee, type Sensitivity } from "./sensitivity.ts";

export type RecordKind = keyof typeof CONFIDENTIAL_FIELDS | "event" | "actor" | "group" | "situation";

/**
 * The record as a caller with `clearance` may see it: null when the record itself is above the clearance,
 * otherwise a copy with every confidential field set to null. The one place where field-level secrecy is
 * applied, so that no route or output can forget it.
 */
export function redact<T extends { sensitivity: Sensitivity }>(
  kind: RecordKind,
  record: T,
  clearance: Sensitivity,
): T | null {
  if (!canSee(clearance, record.sensitivity)) return null;
  const fields = (CONFIDENTIAL_FIELDS as Record<string, readonly string[]>)[kind] ?? [];
  if (fields.length === 0 || canSee(clearance, "confidential")) return record;
  const copy: Record<string, unknown> = { ...record };
  for (const f of fields) if (f in copy) copy[f] = null;
  return copy as T;
}
