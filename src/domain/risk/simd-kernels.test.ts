import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fitElasticNet } from "./elastic-net.ts";
import { createRng } from "./prng.ts";
import { createKernels, jsKernels } from "./simd-kernels.ts";

describe("SIMD kernels", () => {
  test("WebAssembly SIMD is available on Node 20 (else the solver silently runs 5x slower)", () => {
    assert.equal(createKernels(16).simd, true);
  });

  test("dot, axpy and vx equal the JavaScript loops for every tail length", () => {
    const k = createKernels(4 * 70);
    const rng = createRng(5);
    for (const n of [0, 1, 2, 3, 4, 5, 7, 8, 9, 17]) {
      const a = k.alloc(n);
      const b = k.alloc(n);
      const out = k.alloc(n);
      for (let i = 0; i < n; i++) {
        a[i] = rng.next() - 0.5;
        b[i] = (rng.next() - 0.5) * 10;
      }
      assert.ok(Math.abs(k.dot(a, b, n) - jsKernels.dot(a, b, n)) < 1e-12, `dot n=${n}`);
      const plain = new Float64Array(n);
      const expectedVx = jsKernels.vx(plain, a, b, n);
      assert.ok(Math.abs(k.vx(out, a, b, n) - expectedVx) < 1e-12, `vx n=${n}`);
      assert.deepEqual(Array.from(out), Array.from(plain), `v x n=${n}`);
      const r = Float64Array.from(a);
      jsKernels.axpy(r, 0.7, b, n);
      k.axpy(a, 0.7, b, n);
      assert.deepEqual(Array.from(a), Array.from(r), `axpy n=${n}`);
    }
  });

  test("arrays outside the kernels' memory take the JavaScript path", () => {
    const k = createKernels(2);
    const inside = k.alloc(2);
    const outside = new Float64Array([3, 4, 5]);
    inside.set([1, 2]);
    assert.equal(k.dot(inside, outside, 2), 11);
    k.axpy(outside, 1, inside, 2);
    assert.deepEqual(Array.from(outside), [2, 2, 5]);
  });

  test("the solver gives the same path with and without SIMD", () => {
    const rng = createRng(11);
    const n = 301;
    const x = Array.from({ length: 6 }, () => Float64Array.from({ length: n }, () => rng.next() - 0.5));
    const y = Float64Array.from({ length: n }, (_, i) =>
      rng.next() < 1 / (1 + Math.exp(-(3 * (x[0]?.[i] as number) - 2 * (x[3]?.[i] as number)))) ? 1 : 0,
    );
    const fast = fitElasticNet(x, y, { alpha: 0.5 });
    const slow = fitElasticNet(x, y, { alpha: 0.5, simd: false });
    assert.equal(fast.lambda.length, slow.lambda.length);
    for (const [l, b] of fast.beta.entries()) {
      for (const [j, v] of b.entries())
        assert.ok(Math.abs(v - (slow.beta[l]?.[j] as number)) < 1e-10, `lambda ${l} beta ${j}`);
    }
    assert.ok(fast.beta.at(-1)?.[0] !== 0, "the true predictor enters");
  });
});
