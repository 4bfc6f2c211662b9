import type { AppContext } from "../../bootstrap.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import { ENTITY_KINDS } from "../../ports/evidence-store.ts";
import { loadDemoAlerts } from "./demo-alerts.ts";
import { ensureDemoForecast } from "./demo-forecast.ts";
import { buildScenario, declaredCounts, orderedRecords } from "./scenario/build.ts";
import {
  COUNTRY,
  MARKER_SOURCE_KEY,
  SCENARIO_DATE,
  SCENARIO_ID,
  SCENARIO_VERSION,
} from "./scenario/constants.ts";
import {
  actorInput,
  claimInput,
  documentMetadata,
  eventInput,
  groupInput,
  type IdOf,
  situationInput,
  sourceInput,
} from "./scenario/inputs.ts";
import type { Scenario, ScenarioKind } from "./scenario/types.ts";
import {
  findMarker,
  isComplete,
  LOADED_ACTION,
  LOADER_ACTOR,
  reasonFor,
  recordedKeys,
} from "./scenario-registry.ts";

/** The scenario's "today": assess it as of this date (its evidence decays against the wall clock). */
export { COUNTRY as SCENARIO_COUNTRY, SCENARIO_DATE } from "./scenario/constants.ts";
export { confidentialValues, contestedEventKeys } from "./scenario/facts.ts";

/** The loader sees and writes everything: the scenario has confidential records and fields. */
const LOADER: Caller = { actor: LOADER_ACTOR, clearance: "confidential" };

export interface LoadResult {
  /** False when the scenario was already in the store: nothing was written. */
  loaded: boolean;
  /** How many records of each kind this call created. */
  counts: Record<ScenarioKind, number>;
  /** Pending suggestions filed from the scenario's documents (reading and screening), when loaded. */
  suggestions?: number;
}

export interface LoadOptions {
  /** Called after each record (created or found), for progress bars. */
  onProgress?: (done: number, total: number, key: string) => void;
}

/**
 * Loads the fictional training scenario through the evidence use cases, so every record has its custody
 * entry. Idempotent: when the scenario's source record is there and its load completed, nothing is written;
 * when an earlier load was interrupted, the records it made are found by their scenario keys and only the
 * rest are created.
 */
export async function loadDemoScenario(ctx: AppContext, options: LoadOptions = {}): Promise<LoadResult> {
  const scenario = buildScenario();
  const counts = zeroCounts();
  const marker = await findMarker(ctx);
  if (marker && (await isComplete(ctx, marker.id))) {
    await ensureDemoForecast(ctx.forecasts, ctx.clock); // stores loaded before forecasts existed
    return { loaded: false, counts };
  }
  const ids = marker ? await recordedKeys(ctx, scenario, marker.id) : new Map<string, string>();
  if (marker) ids.set(MARKER_SOURCE_KEY, marker.id);
  const idOf: IdOf = (key) => {
    const id = ids.get(key);
    if (!id) throw new Error(`training scenario: ${key} is not loaded yet`);
    return id;
  };
  const records = orderedRecords(scenario);
  for (const [i, { kind, key }] of records.entries()) {
    if (!ids.has(key)) {
      ids.set(key, await create(ctx, scenario, kind, key, idOf));
      counts[kind]++;
    }
    options.onProgress?.(i + 1, records.length, key);
  }
  // Alerts (one published with a correction, one draft) and public level history, through the use cases.
  await loadDemoAlerts(
    ctx,
    { orvanne: idOf("situation:orvanne"), teskal: idOf("situation:teskal") },
    scenario.situations.map((s) => idOf(s.key)),
  );
  await ctx.store.transaction((tx) =>
    tx.appendCustody(
      {
        actor: LOADER_ACTOR,
        action: LOADED_ACTION,
        targetType: "source",
        targetId: idOf(MARKER_SOURCE_KEY),
        reason: "fictional training scenario loaded",
        details: { scenario: SCENARIO_ID, version: SCENARIO_VERSION, records: declaredCounts(scenario) },
      },
      ctx.clock.now(),
    ),
  );
  // The fictional forecast run (invented figures for XFT only) for the map layer and the trend.
  await ensureDemoForecast(ctx.forecasts, ctx.clock);
  // The review queue gets content: the scenario's documents read and screened into pending suggestions.
  const filed = await ctx.reading.fileAll(LOADER, { read: true, screen: true });
  return { loaded: true, counts, suggestions: filed.reading.added + filed.screening.added };
}

/** True when the store holds no evidence record of any kind (for `npm start`, which then loads the scenario). */
export async function isStoreEmpty(ctx: AppContext): Promise<boolean> {
  for (const kind of ENTITY_KINDS) {
    const page = await ctx.store.list(kind, { clearance: "confidential", limit: 1 });
    if (page.items.length > 0) return false;
  }
  return true;
}

/** One line for people: what was loaded, or that it was already there. */
export function describeLoad(result: LoadResult): string {
  const name = `the fictional training scenario "${COUNTRY.name}" (${COUNTRY.iso3}, dated ${SCENARIO_DATE})`;
  if (!result.loaded) return `${name} is already loaded: nothing changed`;
  const c = result.counts;
  return `loaded ${name}: ${c.situation} situations, ${c.event} events, ${c.claim} claims, ${c.document} documents, ${c.source} sources, ${c.actor} actors, ${c.group} groups`;
}

async function create(
  ctx: AppContext,
  s: Scenario,
  kind: ScenarioKind,
  key: string,
  idOf: IdOf,
): Promise<string> {
  const reason = reasonFor(key);
  const find = <T extends { key: string }>(items: T[]): T => {
    const found = items.find((r) => r.key === key);
    if (!found) throw new Error(`training scenario: no ${kind} ${key}`);
    return found;
  };
  switch (kind) {
    case "source":
      return (await ctx.evidence.create("source", sourceInput(find(s.sources)), LOADER, reason)).id;
    case "group":
      return (await ctx.evidence.create("group", groupInput(find(s.groups)), LOADER, reason)).id;
    case "actor":
      return (await ctx.evidence.create("actor", actorInput(find(s.actors)), LOADER, reason)).id;
    case "situation":
      return (
        await ctx.evidence.create("situation", situationInput(find(s.situations), idOf), LOADER, reason)
      ).id;
    case "event":
      return (await ctx.evidence.create("event", eventInput(find(s.events), idOf), LOADER, reason)).id;
    case "claim":
      return (await ctx.evidence.create("claim", claimInput(find(s.claims), idOf), LOADER, reason)).id;
    case "document": {
      const d = find(s.documents);
      const bytes = new TextEncoder().encode(d.original);
      return (await ctx.evidence.addDocument(bytes, documentMetadata(d, idOf), LOADER, d.text)).id;
    }
  }
}

function zeroCounts(): Record<ScenarioKind, number> {
  return { source: 0, group: 0, actor: 0, situation: 0, document: 0, event: 0, claim: 0 };
}
