import assert from "node:assert/strict";
import { test } from "node:test";
import { formatRate, rowsPerSecond, share } from "../../src/web/pages/imports/rate.ts";

const progress = { rowsRead: 5000, bytesRead: 250, totalBytes: 1000 } as never;

test("rows per second over the run so far, or the whole run once finished", () => {
  const startedAt = "2026-11-26T05:00:00.000Z";
  const now = Date.parse("2026-11-26T05:00:10.000Z");
  assert.equal(rowsPerSecond({ startedAt, finishedAt: null, progress }, now), 500);
  assert.equal(
    rowsPerSecond({ startedAt, finishedAt: "2026-11-26T05:00:04.000Z", progress }, now),
    1250,
    "finished: its own duration, not now",
  );
  assert.equal(rowsPerSecond({ startedAt: null, finishedAt: null, progress }, now), null, "not started");
  assert.equal(rowsPerSecond({ startedAt, finishedAt: null, progress }, Date.parse(startedAt) + 500), null);
});

test("rates and shares as the page shows them", () => {
  assert.equal(formatRate(1234.4), "1,234 rows/s");
  assert.equal(formatRate(0.54), "0.5 rows/s");
  assert.equal(formatRate(null), "—");
  assert.equal(share({ progress }), 0.25);
  assert.equal(share({ progress: { ...(progress as object), totalBytes: null } as never }), null);
});
