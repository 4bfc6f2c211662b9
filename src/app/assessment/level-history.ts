import { createHash } from "node:crypto";
import type { RuleSet } from "../../domain/alerts/rules/rule-set.ts";
import { CATALOGUE_VERSION } from "../../domain/stages/catalogue.ts";
import type { AssessmentStore, LevelAt, RawEvidence } from "../../ports/assessment-store.ts";
import { levelsAt, monthEnds, type ReplayOptions, type ReplayResult, replayResult } from "./replay.ts";

/**
 * The replay (month-by-month computed levels) read from the stored level history where it is valid, and
 * computed only for the dates it lacks. A stored level is valid while the change marks of its situation and
 * of all situations have the versions it was computed at (migration 0011), or while every change since is
 * dated after it (each mark's version carries the earliest date its write can move: migration 0016): a new
 * event of last week makes the next replay compute the months from last week only, and carries the earlier
 * months over to the new versions. The levels are the ones `replayEvidence` gives, date by date (each date
 * depends only on the evidence known at it).
 */
export async function storedReplay(
  store: AssessmentStore,
  rules: RuleSet,
  situationId: string,
  o: ReplayOptions,
): Promise<ReplayResult> {
  const key = { situationId, clearance: o.clearance, knowledge: o.knowledge, rulesSha256: methodKey(rules) };
  let raw: RawEvidence | null = null;
  const load = async () => {
    raw ??= await store.loadEvidence(situationId, {
      clearance: o.clearance,
      recordedBefore: o.knowledge === "recorded" ? `${o.to}T23:59:59.999Z` : null,
      maxDate: o.to,
    });
    return raw;
  };
  // Without a first month, the evidence's earliest date is the first (as replayEvidence does).
  const first = o.from ?? earliest(await load()) ?? o.to;
  const dates = monthEnds(first, o.to);
  const versions = raw ? (raw as RawEvidence).versions : await store.markVersions(situationId);
  const stored = versions ? await store.storedLevels(key, dates, versions) : [];
  const byDate = new Map(stored.map((l) => [l.asOf, l]));
  const missing = dates.filter((d) => !byDate.has(d));
  if (missing.length > 0) {
    const evidence = await load();
    const read = evidence.versions;
    // Stored levels are combined with new ones only when both come from the same evidence.
    const same = read && versions && read.own === versions.own && read.all === versions.all;
    if (!same) byDate.clear();
    const computed = levelsAt(evidence, rules, situationId, same ? missing : dates, o);
    if (read) await store.saveLevels(key, read, computed);
    for (const l of computed) byDate.set(l.asOf, l);
  }
  return replayResult(
    situationId,
    rules,
    o,
    dates.map((d) => byDate.get(d) as LevelAt),
  );
}

/**
 * The stored levels' method: the rule file and the indicator catalogue's version (a new catalogue scores
 * differently), as one SHA-256 in the history's rules_sha256 column.
 */
function methodKey(rules: RuleSet): string {
  return createHash("sha256").update(`${rules.sha256}|${CATALOGUE_VERSION}`).digest("hex");
}

function earliest(raw: RawEvidence): string | undefined {
  return [
    ...raw.events.map((e) => e.dateStart),
    ...raw.indicatorClaims.map((c) => c.statedAt ?? c.createdAt.slice(0, 10)),
  ].sort()[0];
}
