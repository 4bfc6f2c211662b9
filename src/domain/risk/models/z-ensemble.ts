/**
 * A scale-free ensemble (round 3, "-z" models; declared in bench/results/forecast-models-round3.md). A mean
 * of probabilities lets the member with the wider spread of probabilities decide the top of the ranking; a
 * rank average would not, but needs every country of a year at once. Here each member's log-odds is
 * standardised by its mean and standard deviation over the training rows, the z-scores are averaged, and the
 * average is put back on the first member's log-odds scale (its training mean + sd x z), so the risk keeps
 * that member's calibration. Row by row, monotone in every member, and without ties.
 */
import type { ModelSpec, TrainedModel } from "../model-spec.ts";
import type { PanelRow } from "../panel.ts";
import { membersPrepare } from "./ensemble.ts";

const EPS = 1e-9;

export function logOdds(p: number): number {
  const q = Math.min(Math.max(p, EPS), 1 - EPS);
  return Math.log(q / (1 - q));
}

/** Mean and (population) standard deviation of a member's log-odds over the training rows. */
function scale(model: TrainedModel, rows: readonly PanelRow[]): { mean: number; sd: number } {
  const z = rows.map((r) => logOdds(model.score(r)));
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
  // A member that scores every row alike carries no ranking: sd 1 keeps it from dividing by zero.
  return { mean, sd: variance > 0 ? Math.sqrt(variance) : 1 };
}

export function standardizedEnsembleSpec(id: string, members: readonly ModelSpec[]): ModelSpec {
  return {
    id,
    description: `mean of the members' log-odds standardised on the training rows, on the first member's scale: ${members.map((m) => m.description).join("; ")}`,
    inputs: [...new Set(members.flatMap((m) => m.inputs))],
    outcome: members[0]?.outcome ?? "mk_onset_1or2",
    ...membersPrepare(members),
    train(rows, seed) {
      const trained = members.map((m) => m.train(rows, seed));
      const scales = trained.map((t) => scale(t, rows));
      const first = scales[0] as { mean: number; sd: number };
      return {
        score(row) {
          let z = 0;
          trained.forEach((t, i) => {
            const s = scales[i] as { mean: number; sd: number };
            z += (logOdds(t.score(row)) - s.mean) / s.sd;
          });
          return 1 / (1 + Math.exp(-(first.mean + (first.sd * z) / trained.length)));
        },
        notes: { members: members.map((m) => m.id).join("+"), combination: "standardised log-odds" },
      };
    },
  };
}
