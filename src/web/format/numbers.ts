/**
 * Numbers as the data give them: tolls are ranges (UCDP's low / best / high), never one figure pretending
 * certainty. Plain TypeScript, importable by node:test.
 */

export interface Toll {
  low: number | null;
  best: number | null;
  high: number | null;
}

/** 1234567 -> "1,234,567" (fixed grouping, the same on every machine). */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A toll as a range with its best estimate: "200-500 (best 260)", "11" when every figure agrees, "at least 5"
 * or "up to 40" when only one bound is known, "unknown" when none is. The dash is an en dash.
 */
export function formatToll(t: Toll | null | undefined): string {
  if (!t) return "unknown";
  const { low, best, high } = t;
  if (low === null && best === null && high === null) return "unknown";
  const known = [low, best, high].filter((x): x is number => x !== null);
  if (known.every((x) => x === known[0])) return formatCount(known[0] as number);
  const bestText = best !== null ? ` (best ${formatCount(best)})` : "";
  if (low !== null && high !== null) return `${formatCount(low)}\u2013${formatCount(high)}${bestText}`;
  if (low !== null) return `at least ${formatCount(low)}${bestText}`;
  if (high !== null) return `up to ${formatCount(high)}${bestText}`;
  return formatCount(best as number);
}

/** A toll in words for screen readers: "between 200 and 500 deaths, best estimate 260". */
export function describeToll(t: Toll | null | undefined): string {
  if (!t || formatToll(t) === "unknown") return "toll unknown";
  const { low, best, high } = t;
  const known = [low, best, high].filter((x): x is number => x !== null);
  if (known.every((x) => x === known[0])) return `${formatCount(known[0] as number)} deaths`;
  const bestText = best !== null ? `, best estimate ${formatCount(best)}` : "";
  if (low !== null && high !== null)
    return `between ${formatCount(low)} and ${formatCount(high)} deaths${bestText}`;
  if (low !== null) return `at least ${formatCount(low)} deaths${bestText}`;
  return `up to ${formatCount(high as number)} deaths${bestText}`;
}

/** A probability as a percentage with sensible digits: 0.0412 -> "4.1%", 0.0004 -> "0.04%". */
export function formatProbability(p: number): string {
  const pct = p * 100;
  if (pct >= 10) return `${pct.toFixed(0)}%`;
  if (pct >= 1) return `${pct.toFixed(1)}%`;
  if (pct >= 0.1) return `${pct.toFixed(2)}%`;
  return pct === 0 ? "0%" : `${pct.toPrecision(1)}%`;
}

/** An evidence mass (1 = one fresh A1 report of a defining sign) to two decimals. */
export function formatScore(x: number): string {
  return x.toFixed(2);
}
