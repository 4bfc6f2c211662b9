import type { Claim, ClaimInput, EventAssertion } from "../../../domain/evidence/entities.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { toIsoTimestamp } from "../type-parsers.ts";
import { json, storedFields } from "./common.ts";

type Row = Record<string, unknown>;

export function claimToRow(c: ClaimInput) {
  return {
    source_id: c.sourceId,
    document_id: c.documentId,
    locator: c.locator,
    event_id: c.eventId,
    situation_id: c.situationId,
    indicator: c.indicator,
    statement: c.statement,
    assertion: JSON.stringify(c.assertion),
    credibility: c.credibility,
    credibility_reason: c.credibilityReason,
    how_known: c.howKnown,
    witness: c.witness,
    stated_at: c.statedAt,
    sensitivity: c.sensitivity,
  };
}

export function claimFromRow(r: Row): Claim {
  return {
    ...storedFields(r as never),
    sourceId: r.source_id as string,
    documentId: r.document_id as string | null,
    locator: r.locator as string | null,
    eventId: r.event_id as string | null,
    situationId: r.situation_id as string | null,
    indicator: r.indicator as string | null,
    statement: r.statement as string,
    assertion: json<EventAssertion>(r.assertion),
    credibility: r.credibility as number,
    credibilityReason: r.credibility_reason as string | null,
    howKnown: r.how_known as string | null,
    witness: r.witness as string | null,
    statedAt: r.stated_at as string | null,
    sensitivity: r.sensitivity as Sensitivity,
  };
}

/**
 * A claim from `to_jsonb(claims row)` with its two timestamps as PostgreSQL's text (`created_at::text`):
 * the same record as `claimFromRow` of the row (JSON keeps the other columns' values as the driver reads them).
 */
export function claimFromJson(o: Row): Claim {
  return claimFromRow({
    ...o,
    created_at: toIsoTimestamp(o.created_at as string),
    updated_at: toIsoTimestamp(o.updated_at as string),
  });
}
