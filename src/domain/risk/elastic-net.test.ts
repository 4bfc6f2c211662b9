import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cvElasticNet } from "./cross-validation.ts";
import { fitElasticNet } from "./elastic-net.ts";
import { createRng } from "./prng.ts";

/** Tiny dense solver for the closed forms below. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs(m[r]?.[c] as number) > Math.abs(m[piv]?.[c] as number)) piv = r;
    [m[c], m[piv]] = [m[piv] as number[], m[c] as number[]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] as number) / (m[c]?.[c] as number);
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] as number) - f * (m[c]?.[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

function randomDesign(n: number, p: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: p }, (_, j) => Array.from({ length: n }, () => (rng.next() - 0.5) * (j + 1)));
}

const mean = (a: number[]): number => a.reduce((s, v) => s + v, 0) / a.length;

describe("elastic net solver", () => {
  test("gaussian ridge equals the closed form (X'WX + lambda I)^-1 X'Wy on centred data", () => {
    const n = 40;
    const x = randomDesign(n, 3, 7);
    const rng = createRng(3);
    const y = Array.from(
      { length: n },
      (_, i) => 1 + 2 * (x[0]?.[i] as number) - (x[2]?.[i] as number) + rng.next(),
    );
    const lambda = 0.3;
    const fit = fitElasticNet(x, y, {
      family: "gaussian",
      alpha: 0,
      lambda: [lambda],
      standardize: false,
      thresh: 1e-14,
    });
    const xc = x.map((col) => col.map((v) => v - mean(col)));
    const yc = y.map((v) => v - mean(y));
    const gram = xc.map((a) => xc.map((b) => a.reduce((s, v, i) => s + (v * (b[i] as number)) / n, 0)));
    gram.forEach((row, j) => {
      row[j] = (row[j] as number) + lambda;
    });
    const rhs = xc.map((a) => a.reduce((s, v, i) => s + (v * (yc[i] as number)) / n, 0));
    const expected = solve(gram, rhs);
    for (const [j, b] of expected.entries()) {
      assert.ok(Math.abs((fit.beta[0]?.[j] as number) - b) < 1e-9, `beta ${j}`);
    }
    const b0 = mean(y) - expected.reduce((s, b, j) => s + b * mean(x[j] as number[]), 0);
    assert.ok(Math.abs((fit.intercept[0] as number) - b0) < 1e-9);
  });

  test("lasso and elastic net on an orthogonal design are soft-thresholded projections", () => {
    // Columns of a Hadamard matrix: centred, orthogonal, sum(x^2)/n = 1.
    const h = [
      [1, -1, 1, -1, 1, -1, 1, -1],
      [1, 1, -1, -1, 1, 1, -1, -1],
      [1, -1, -1, 1, 1, -1, -1, 1],
    ];
    const y = [3, 1, -2, 0.5, 4, -1, 2, 0];
    const z = h.map((col) => col.reduce((s, v, i) => s + (v * (y[i] as number)) / 8, 0));
    for (const alpha of [1, 0.5]) {
      const lambda = 0.4;
      const fit = fitElasticNet(h, y, { family: "gaussian", alpha, lambda: [lambda], standardize: false });
      z.forEach((zj, j) => {
        const expected =
          (Math.sign(zj) * Math.max(Math.abs(zj) - lambda * alpha, 0)) / (1 + lambda * (1 - alpha));
        assert.ok(Math.abs((fit.beta[0]?.[j] as number) - expected) < 1e-10, `alpha ${alpha}, beta ${j}`);
      });
    }
  });

  test("logistic ridge matches Newton's method on the penalised likelihood", () => {
    const n = 60;
    const x = randomDesign(n, 2, 11);
    const rng = createRng(5);
    const y = Array.from({ length: n }, (_, i) =>
      rng.next() < 1 / (1 + Math.exp(-(0.3 + 1.5 * (x[0]?.[i] as number)))) ? 1 : 0,
    );
    const lambda = 0.05;
    const fit = fitElasticNet(x, y, { alpha: 0, lambda: [lambda], standardize: false, thresh: 1e-14 });
    // Newton on -(1/n) loglik + lambda/2 |b|^2 with unpenalised intercept.
    let theta = [0, 0, 0];
    for (let it = 0; it < 50; it++) {
      const grad = [0, 0, 0];
      const hess = [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ];
      for (let i = 0; i < n; i++) {
        const row = [1, x[0]?.[i] as number, x[1]?.[i] as number];
        const p = 1 / (1 + Math.exp(-row.reduce((s, v, k) => s + v * (theta[k] as number), 0)));
        row.forEach((v, a) => {
          (grad as number[])[a] = (grad[a] as number) + ((p - (y[i] as number)) * v) / n;
          row.forEach((u, b) => {
            (hess[a] as number[])[b] = (hess[a]?.[b] as number) + (p * (1 - p) * v * u) / n;
          });
        });
      }
      for (let a = 1; a < 3; a++) {
        grad[a] = (grad[a] as number) + lambda * (theta[a] as number);
        (hess[a] as number[])[a] = (hess[a]?.[a] as number) + lambda;
      }
      const step = solve(hess, grad);
      theta = theta.map((t, k) => t - (step[k] as number));
    }
    assert.ok(Math.abs((fit.intercept[0] as number) - (theta[0] as number)) < 1e-6);
    assert.ok(Math.abs((fit.beta[0]?.[0] as number) - (theta[1] as number)) < 1e-6);
    assert.ok(Math.abs((fit.beta[0]?.[1] as number) - (theta[2] as number)) < 1e-6);
  });

  test("logistic elastic net satisfies the KKT conditions at every lambda of its path", () => {
    const n = 80;
    const x = randomDesign(n, 5, 21);
    const rng = createRng(9);
    const y = Array.from({ length: n }, (_, i) =>
      rng.next() < 0.2 + 0.6 * ((x[1]?.[i] as number) > 0 ? 1 : 0) ? 1 : 0,
    );
    const alpha = 0.5;
    const fit = fitElasticNet(x, y, { alpha, nlambda: 20, standardize: false, thresh: 1e-13 });
    const xc = x.map((col) => col.map((v) => v - mean(col)));
    fit.lambda.forEach((lambda, l) => {
      const beta = fit.beta[l] as Float64Array;
      const p = y.map((_, i) => {
        const eta =
          (fit.intercept[l] as number) +
          x.reduce((s, col, j) => s + (beta[j] as number) * (col[i] as number), 0);
        return 1 / (1 + Math.exp(-eta));
      });
      xc.forEach((col, j) => {
        const g = col.reduce((s, v, i) => s + (v * ((y[i] as number) - (p[i] as number))) / n, 0);
        const b = beta[j] as number;
        if (b === 0) assert.ok(Math.abs(g) <= lambda * alpha + 1e-6, `inactive ${j} at lambda ${l}`);
        else assert.ok(Math.abs(g - lambda * (alpha * Math.sign(b) + (1 - alpha) * b)) < 1e-5, `active ${j}`);
      });
    });
  });

  test("the path starts at lambda_max with all coefficients zero and falls geometrically", () => {
    const x = randomDesign(50, 4, 2);
    const y = Array.from({ length: 50 }, (_, i) =>
      (x[0]?.[i] as number) + (x[3]?.[i] as number) > 0 ? 1 : 0,
    );
    const fit = fitElasticNet(x, y, { alpha: 0.5, nlambda: 10, lambdaMinRatio: 0.01 });
    assert.ok((fit.beta[0] as Float64Array).every((b) => b === 0));
    assert.ok((fit.beta[1] as Float64Array).some((b) => b !== 0));
    const ratio = (fit.lambda[1] as number) / (fit.lambda[0] as number);
    assert.ok(Math.abs(ratio - 0.01 ** (1 / 9)) < 1e-12);
    assert.ok(Math.abs((fit.lambda[5] as number) / (fit.lambda[4] as number) - ratio) < 1e-12);
  });

  test("standardisation is internal: rescaling a predictor rescales only its coefficient", () => {
    const x = randomDesign(60, 3, 4);
    const y = Array.from({ length: 60 }, (_, i) =>
      (x[1]?.[i] as number) + 0.3 * (x[2]?.[i] as number) > 0 ? 1 : 0,
    );
    const a = fitElasticNet(x, y, { alpha: 0.5, nlambda: 8, thresh: 1e-12 });
    const scaled = x.map((col, j) => (j === 1 ? col.map((v) => 100 * v + 5) : col));
    const b = fitElasticNet(scaled, y, { alpha: 0.5, nlambda: 8, thresh: 1e-12 });
    const l = 7;
    assert.ok(Math.abs((a.beta[l]?.[1] as number) / 100 - (b.beta[l]?.[1] as number)) < 1e-9);
    assert.ok(Math.abs((a.beta[l]?.[0] as number) - (b.beta[l]?.[0] as number)) < 1e-9);
  });

  test("naive and covariance updates reach the same path", () => {
    const x = randomDesign(70, 6, 8);
    const y = Array.from({ length: 70 }, (_, i) =>
      (x[2]?.[i] as number) - (x[4]?.[i] as number) > 0.5 ? 1 : 0,
    );
    const a = fitElasticNet(x, y, { alpha: 0.5, nlambda: 15, updates: "naive" });
    const b = fitElasticNet(x, y, { alpha: 0.5, nlambda: 15, updates: "covariance" });
    assert.equal(a.lambda.length, b.lambda.length);
    for (const [l, beta] of a.beta.entries()) {
      for (const [j, v] of beta.entries()) assert.ok(Math.abs(v - (b.beta[l]?.[j] as number)) < 1e-6);
    }
  });

  test("a constant predictor keeps a zero coefficient; bad input is refused", () => {
    const x = [
      [1, 2, 3, 4, 5, 6],
      [2, 2, 2, 2, 2, 2],
    ];
    const fit = fitElasticNet(x, [0, 0, 1, 0, 1, 1], { alpha: 1, nlambda: 5 });
    assert.ok(fit.beta.every((b) => b[1] === 0));
    assert.throws(() => fitElasticNet(x, [0, 0, 0, 0, 0, 0]), /one class/);
    assert.throws(() => fitElasticNet([[1, Number.NaN, 3]], [0, 1, 0]), /finite/);
  });

  test("cross-validation is deterministic given a seed and picks lambda.1se >= lambda.min", () => {
    const x = randomDesign(120, 5, 13);
    const rng = createRng(17);
    const y = Array.from({ length: 120 }, (_, i) =>
      rng.next() < 1 / (1 + Math.exp(-2 * (x[0]?.[i] as number))) ? 1 : 0,
    );
    const a = cvElasticNet(x, y, { alpha: 0.5, nlambda: 20, nfolds: 5, seed: 3 });
    const b = cvElasticNet(x, y, { alpha: 0.5, nlambda: 20, nfolds: 5, seed: 3 });
    assert.deepEqual(a.cvm, b.cvm);
    assert.deepEqual(Array.from(a.foldId), Array.from(b.foldId));
    assert.ok(a.lambda1se >= a.lambdaMin);
    assert.equal(a.cvm[a.indexMin], Math.min(...a.cvm));
    const sizes = [1, 2, 3, 4, 5].map((f) => a.foldId.filter((v) => v === f).length);
    assert.deepEqual(sizes, [24, 24, 24, 24, 24]);
  });

  test("a fit on a subset of rows (with per-row weights) equals the fit on those rows copied out", () => {
    const x = randomDesign(90, 4, 21);
    const rng = createRng(8);
    const y = Array.from({ length: 90 }, (_, i) => (rng.next() < 0.3 + 0.3 * (x[1]?.[i] as number) ? 1 : 0));
    const weights = Array.from({ length: 90 }, (_, i) => 1 + (i % 5));
    const rows = Int32Array.from({ length: 60 }, (_, t) => (t * 3) % 90);
    const picked = (a: ArrayLike<number>) => Array.from(rows, (i) => a[i] as number);
    const subset = fitElasticNet(x, y, { alpha: 0.5, nlambda: 10, rows, weights });
    const copied = fitElasticNet(x.map(picked), picked(y), {
      alpha: 0.5,
      nlambda: 10,
      weights: picked(weights),
    });
    assert.deepEqual(subset.lambda, copied.lambda);
    assert.deepEqual(
      subset.beta.map((b) => Array.from(b)),
      copied.beta.map((b) => Array.from(b)),
    );
    const unweighted = fitElasticNet(x.map(picked), picked(y), { alpha: 0.5, nlambda: 10 });
    assert.notDeepEqual(
      subset.beta.map((b) => Array.from(b)),
      unweighted.beta.map((b) => Array.from(b)),
      "the weights count",
    );
  });
});
