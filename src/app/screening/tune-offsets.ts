// Moves the decision boundaries after training: adds a constant to the logits of two classes (the third is
// the reference) to maximise macro-F1 on the VALIDATION split. A coarse grid, so the result is deterministic
// and cannot chase single posts.
import { macroF1 } from "../../domain/screening/metrics.ts";

/** `logits` is rows x k (row-major). Returns the offsets and the validation macro-F1 they reach. */
export function tuneOffsets(
  logits: Float64Array,
  gold: Int32Array,
  k: number,
  range = 1,
  step = 0.05,
): { offsets: number[]; macroF1: number } {
  const rows = gold.length;
  const pred = new Int32Array(rows);
  let best = { offsets: new Array<number>(k).fill(0), macroF1: -1 };
  const steps = Math.round(range / step);
  for (let a = -steps; a <= steps; a++) {
    for (let b = -steps; b <= steps; b++) {
      const off = [a * step, b * step, 0];
      for (let r = 0; r < rows; r++) {
        let arg = 0;
        let max = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < k; c++) {
          const v = (logits[r * k + c] ?? 0) + (off[c] ?? 0);
          if (v > max) {
            max = v;
            arg = c;
          }
        }
        pred[r] = arg;
      }
      const f = macroF1(gold, pred, k);
      // Ties go to the offsets closest to zero (visited in that order is not guaranteed, so compare norms).
      const norm = Math.abs(off[0] ?? 0) + Math.abs(off[1] ?? 0);
      const bestNorm = Math.abs(best.offsets[0] ?? 0) + Math.abs(best.offsets[1] ?? 0);
      if (f > best.macroF1 + 1e-12 || (Math.abs(f - best.macroF1) <= 1e-12 && norm < bestNorm)) {
        best = { offsets: off.map((x) => Math.round(x * 1000) / 1000), macroF1: f };
      }
    }
  }
  return best;
}
