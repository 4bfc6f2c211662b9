import { createHash } from "node:crypto";
import type { AppContext } from "../../bootstrap.ts";
import type { Source } from "../../domain/evidence/entities.ts";
import type { Page } from "../../ports/evidence-store.ts";
import { MARKER_SOURCE_NAME, SCENARIO_ID } from "./scenario/constants.ts";
import type { Scenario, ScenarioKey } from "./scenario/types.ts";

/** Who the loader acts as in the custody log. */
export const LOADER_ACTOR = "tocsin training-scenario loader";

/** The custody action that marks a complete load on the scenario's source record. */
export const LOADED_ACTION = "import";

const REASON_PREFIX = `fictional training scenario ${SCENARIO_ID}, key `;

/** The custody reason recorded with each record the loader creates: it names the record's scenario key. */
export function reasonFor(key: ScenarioKey): string {
  return `${REASON_PREFIX}${key}`;
}

/** The scenario's source record in the store, or null. Sources are few, so they are read a page at a time. */
export async function findMarker(ctx: AppContext): Promise<Source | null> {
  let cursor: string | null = null;
  do {
    const page: Page<Source> = await ctx.store.list("source", {
      clearance: "confidential",
      limit: 500,
      cursor,
    });
    const found = page.items.find((s) => s.kind === "dataset" && s.name === MARKER_SOURCE_NAME);
    if (found) return found;
    cursor = page.nextCursor;
  } while (cursor);
  return null;
}

/** True when a load ran to its end: it then wrote a final custody entry on the scenario's source record. */
export async function isComplete(ctx: AppContext, markerId: string): Promise<boolean> {
  const entries = await ctx.store.custodyFor("source", markerId);
  return entries.some((e) => e.action === LOADED_ACTION && e.details.scenario === SCENARIO_ID);
}

/**
 * The ids of the records an interrupted load already created, by scenario key, read back from the custody
 * log from the scenario's source record on: each create entry names its key in its reason (documents, whose
 * entries carry no reason, are known by the SHA-256 of their original). A record deleted since counts as
 * missing and is created again.
 */
export async function recordedKeys(
  ctx: AppContext,
  scenario: Scenario,
  markerId: string,
): Promise<Map<ScenarioKey, string>> {
  const documentKeys = new Map(scenario.documents.map((d) => [sha256(d.original), d.key]));
  const [first] = await ctx.store.custodyFor("source", markerId);
  const ids = new Map<ScenarioKey, string>();
  const keyOfId = new Map<string, ScenarioKey>();
  let after = (first?.seq ?? 1) - 1;
  for (;;) {
    const entries = await ctx.store.custodyLog(after, 1000);
    for (const e of entries) {
      let key: string | undefined;
      if (e.action === "create" && e.reason?.startsWith(REASON_PREFIX))
        key = e.reason.slice(REASON_PREFIX.length);
      else if (e.action === "create" && e.targetType === "document" && e.actor === LOADER_ACTOR)
        key = documentKeys.get(String(e.details.sha256));
      if (key) {
        ids.set(key, e.targetId);
        keyOfId.set(e.targetId, key);
      }
      const deleted = e.action === "delete" ? keyOfId.get(e.targetId) : undefined;
      if (deleted) ids.delete(deleted);
    }
    if (entries.length < 1000) return ids;
    after = entries.at(-1)?.seq ?? after;
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
