/** An unweighted mean of member models' probabilities (EWP's 2014 ensemble combined its models this way). */
import type { ModelSpec } from "../model-spec.ts";

export function ensembleSpec(id: string, members: readonly ModelSpec[]): ModelSpec {
  const inputs = [...new Set(members.flatMap((m) => m.inputs))];
  return {
    id,
    description: `mean of the probabilities of: ${members.map((m) => m.description).join("; ")}`,
    inputs,
    outcome: members[0]?.outcome ?? "mk_onset_1or2",
    ...membersPrepare(members),
    train(rows, seed) {
      const trained = members.map((m) => m.train(rows, seed));
      return {
        score: (row) => trained.reduce((sum, t) => sum + t.score(row), 0) / trained.length,
        notes: { members: members.map((m) => m.id).join("+") },
      };
    },
  };
}

/**
 * Each member's derived columns (e.g. ewp-trend's year-on-year changes) as the ensemble's own `prepare`;
 * each member adds its own columns only.
 */
export function membersPrepare(members: readonly ModelSpec[]): Pick<ModelSpec, "prepare"> {
  return members.some((m) => m.prepare)
    ? { prepare: (panel) => members.reduce((p, m) => (m.prepare ? m.prepare(p) : p), panel) }
    : {};
}
