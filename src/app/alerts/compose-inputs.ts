import { NO_GRANTS } from "../../domain/access/record-access.ts";
import type { ComposeInput } from "../../domain/alerts/document/compose.ts";
import { claimGuardIds, claimReadable, recordAccessOf } from "../../domain/auth/policy.ts";
import { NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Claim, Event, Source } from "../../domain/evidence/entities.ts";
import { redact } from "../../domain/evidence/redact.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { dayNumber, isoFromDay } from "../../domain/stages/scoring/decay.ts";
import type { EvidenceReader } from "../../ports/evidence-store.ts";
import type { AssessmentService } from "../assessment/assessment.service.ts";

/** Alerts are composed from what the public may see, and nothing else. */
export const PUBLIC_READER: Caller = { actor: "alert composer", clearance: "public" };

/**
 * The current situation covers the events of the last two years before the as-of date; the background's
 * past episodes are the gravest events that ended before that.
 */
export const CURRENT_WINDOW_DAYS = 730;
const MAX_EPISODES = 8;
const MAX_CURRENT = 8;
const PAST_ACTS = new Set([
  "massacre",
  "killing",
  "forced-displacement",
  "sexual-violence",
  "disappearance",
  "torture",
  "destruction-of-cultural-property",
  "denial-statement",
]);

export interface ComposeOptions {
  asOf?: string;
  knowledge?: "recorded" | "dated";
  place?: string;
}

/**
 * Reads everything an alert cites at PUBLIC clearance: the situation, its groups and perpetrators, the
 * assessment computed on public evidence only, the background and current events with the claims and
 * sources behind them, and the records the determination names.
 */
export async function gatherComposeInput(
  evidence: EvidenceReader,
  assessment: AssessmentService,
  situationId: string,
  options: ComposeOptions,
  caller: Caller,
): Promise<ComposeInput> {
  const situation = await evidence.get("situation", situationId, "public");
  if (!situation) {
    // Read as the public reads (no grant): a situation not public, or restricted, has no alert.
    const granted = await evidence.get("situation", situationId, caller.clearance, recordAccessOf(caller));
    if (!granted) throw new NotFoundError("situation", situationId);
    const message =
      granted.sensitivity === "public"
        ? "an alert is published output, and this situation is restricted: lift its restriction first"
        : "an alert is composed from public evidence only, and this situation is not public: mark it public first";
    throw new ValidationError(`situationId: ${message}`, [{ path: "situationId", message }]);
  }
  const a = await assessment.compute(
    situationId,
    { asOf: options.asOf, knowledge: options.knowledge },
    PUBLIC_READER,
  );
  const names = async (kind: "group" | "actor", ids: string[]) => [
    ...new Set(
      (await Promise.all(ids.map((id) => evidence.get(kind, id, "public")))).flatMap((r) =>
        r ? [r.name] : [],
      ),
    ),
  ];

  const split = isoFromDay(dayNumber(a.asOf) - CURRENT_WINDOW_DAYS);
  const past = await evidence.listEvents({ clearance: "public", situationId, to: split, limit: 300 });
  const recent = await evidence.listEvents({
    clearance: "public",
    situationId,
    from: split,
    to: a.asOf,
    limit: 500,
  });
  const background = pickBy(
    past.items.filter(
      (e) =>
        (e.dateEnd ?? e.dateStart) < split && (tollOf(e) > 0 || e.acts.some((x) => PAST_ACTS.has(x.type))),
    ),
    MAX_EPISODES,
  );
  const current = pickBy(
    recent.items.filter((e) => (e.dateEnd ?? e.dateStart) >= split),
    MAX_CURRENT,
  );

  const events = new Map<string, Event>([...background, ...current].map((e) => [e.id, e]));
  const claims = new Map<string, Claim>();
  const claimsByEvent = new Map<string, Claim[]>();
  for (const e of events.values()) {
    const all = await evidence.allClaimsForEvent(e.id);
    // No restricted claim (nor one about a restricted situation) goes into an alert: NO_GRANTS, as public.
    const hidden = await evidence.unreadableAmong(claimGuardIds(all), NO_GRANTS);
    const visible = all
      .filter((c) => claimReadable(c, hidden))
      .map((c) => redact("claim", c, "public"))
      .filter((c): c is Claim => c !== null);
    claimsByEvent.set(e.id, visible);
  }
  const top = a.stages.flatMap((s) =>
    s.indicators.filter((i) => i.level !== "absent").flatMap((i) => i.top.slice(0, 5)),
  );
  for (const t of top) {
    if (t.kind === "event" && !events.has(t.id)) {
      const e = await evidence.get("event", t.id, "public");
      if (e) events.set(e.id, e);
    }
    for (const id of t.kind === "claim" ? [t.id, ...t.claimIds] : t.claimIds) {
      if (claims.has(id)) continue;
      const c = await evidence.get("claim", id, "public");
      if (c) claims.set(id, c);
    }
  }
  const sources = new Map<string, Source>();
  const sourceIds = new Set(
    [...claims.values(), ...[...claimsByEvent.values()].flat()].map((c) => c.sourceId),
  );
  for (const id of sourceIds) {
    const s = await evidence.get("source", id, "public");
    if (s) sources.set(id, s);
  }
  return {
    situation,
    groups: await names("group", situation.targetedGroupIds),
    perpetrators: await names("actor", situation.perpetratorIds),
    assessment: a,
    background,
    current,
    evidence: { events, claims, claimsByEvent, sources },
    place: options.place,
  };
}

function tollOf(e: Event): number {
  return e.fatalities.best ?? e.fatalities.high ?? e.fatalities.low ?? 0;
}

/** The `n` gravest events (by toll, then the most recent), shown oldest first. */
function pickBy(events: Event[], n: number): Event[] {
  return [...events]
    .sort((a, b) => tollOf(b) - tollOf(a) || b.dateStart.localeCompare(a.dateStart))
    .slice(0, n)
    .sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.id.localeCompare(b.id));
}
