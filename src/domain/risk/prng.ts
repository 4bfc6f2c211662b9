/**
 * A small seeded pseudo-random generator (mulberry32: 32-bit state, period 2^32), enough for fold
 * assignment, bootstrap resampling and tree bagging. Math.random cannot be seeded, and every result this
 * module publishes must be reproducible from its seed.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}

/** Fisher-Yates shuffle in place. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/**
 * Fold ids 1..k for n observations, as glmnet's `sample(rep(seq(nfolds), length = N))` builds them (balanced
 * sizes, random order); the permutation differs from R's because the generator does.
 */
export function foldIds(n: number, k: number, rng: Rng): Int32Array {
  const ids = Array.from({ length: n }, (_, i) => (i % k) + 1);
  return Int32Array.from(shuffleInPlace(ids, rng));
}
