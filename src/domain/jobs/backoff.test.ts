import assert from "node:assert/strict";
import { test } from "node:test";
import { retryDelayMs } from "./backoff.ts";

test("retry delays double from the base and stop at the cap", () => {
  assert.deepEqual(
    [1, 2, 3, 4].map((a) => retryDelayMs(a, 1000, 5000)),
    [1000, 2000, 4000, 5000],
  );
  assert.equal(retryDelayMs(0, 1000), 1000);
  assert.equal(retryDelayMs(40), 15 * 60_000);
});
