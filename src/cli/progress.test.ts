import assert from "node:assert/strict";
import { test } from "node:test";
import { createProgress } from "./progress.ts";
import { bufferIo } from "./test-io.ts";

test("off a terminal: one plain line per finished part, no control characters", () => {
  const b = bufferIo();
  const p = createProgress(b.io, "backup");
  p.update({ part: "originals", done: 1, total: null });
  p.update({ part: "originals", done: 2, total: null });
  p.update({ part: "table/events", done: 500, total: 1200 });
  p.update({ part: "table/events", done: 1200, total: 1200 });
  p.end();
  assert.equal(b.err(), "backup: originals 2\nbackup: table/events 1200/1200\n");
  assert.equal(b.out(), "", "progress never goes to stdout");
});

test("on a terminal: a bar redrawn in place, cleared at the end", () => {
  const b = bufferIo();
  b.io.isTTY = true;
  const p = createProgress(b.io, "restore");
  p.update({ part: "table/claims", done: 50, total: 100 });
  assert.equal(b.err(), `\r\x1b[2Krestore: table/claims [${"#".repeat(12)}${".".repeat(12)}] 50% 50/100`);
  p.update({ part: "table/claims", done: 100, total: 100 });
  assert.match(b.err(), /100% 100\/100$/, "the last step is always drawn");
  p.end();
  assert.ok(b.err().endsWith("\r\x1b[2K"));
  assert.doesNotMatch(b.err(), /\n/);
});

test("disabled: nothing at all", () => {
  const b = bufferIo();
  const p = createProgress(b.io, "verify", false);
  p.update({ part: "custody", done: 10, total: null });
  p.end();
  assert.equal(b.err(), "");
});
