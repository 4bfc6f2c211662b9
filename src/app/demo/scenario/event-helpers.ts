import { rank, type Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { FICTIONAL } from "./constants.ts";
import type { ClaimSpec, EventSpec, EventWithClaims } from "./types.ts";

type EventDraft = Omit<EventSpec, "sensitivity"> & { sensitivity?: Sensitivity };
type ClaimDraft = Omit<ClaimSpec, "key" | "event" | "sensitivity"> & { sensitivity?: Sensitivity };

/**
 * An event and what sources say about it. The description is labelled fictional; claim keys are derived from
 * the event's key and the claim's position ("claim:halbrenn-massacre:2"), so they stay stable.
 */
export function event(draft: EventDraft, claims: ClaimDraft[]): EventWithClaims {
  const e: EventSpec = {
    ...draft,
    description: `${draft.description} (${FICTIONAL})`,
    sensitivity: draft.sensitivity ?? "public",
  };
  const base = e.key.replace(/^event:/, "");
  return {
    event: e,
    claims: claims.map((c, i) => ({
      ...c,
      key: `claim:${base}:${i + 1}`,
      sensitivity: c.sensitivity ?? atLeast(e.sensitivity, c.witness ? "internal" : "public"),
    })),
  };
}

/** A claim is never less protected than the event it is about, nor than "internal" when it names a witness. */
function atLeast(a: Sensitivity, b: Sensitivity): Sensitivity {
  return rank(a) >= rank(b) ? a : b;
}

/** Tolls as UCDP records them: low, best, high. */
export function toll(low: number | null, best: number | null, high: number | null) {
  return { low, best, high };
}
