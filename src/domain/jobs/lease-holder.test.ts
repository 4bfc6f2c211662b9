import assert from "node:assert/strict";
import { test } from "node:test";
import { type Here, parseWorkerId, provablyDead } from "./lease-holder.ts";

const here: Here = {
  host: "desk-1",
  pid: 100,
  liveWorkers: new Set(["desk-1:100:aaaaaaaa"]),
  isRunning: (pid) => pid === 200,
};

test("a worker id is host:pid:8 hex digits (hosts may contain colons)", () => {
  assert.deepEqual(parseWorkerId("desk-1:4242:0a1b2c3d"), { host: "desk-1", pid: 4242, suffix: "0a1b2c3d" });
  assert.deepEqual(parseWorkerId("fe80::1:7:0a1b2c3d")?.pid, 7);
  assert.equal(parseWorkerId("analyst:kill-test"), null);
  assert.equal(parseWorkerId("desk-1:x:0a1b2c3d"), null);
});

test("dead only when provable: same host and the process gone, or this pid under another id", () => {
  assert.equal(provablyDead("desk-1:300:bbbbbbbb", here), true, "same host, pid not running");
  assert.equal(provablyDead("desk-1:200:bbbbbbbb", here), false, "same host, pid running");
  assert.equal(provablyDead("desk-2:300:bbbbbbbb", here), false, "another host: cannot tell");
  assert.equal(provablyDead("desk-1:100:aaaaaaaa", here), false, "a live worker of this process");
  assert.equal(provablyDead("desk-1:100:cccccccc", here), true, "this pid, but a former process's worker");
  assert.equal(provablyDead("someone", here), false, "an id of another shape");
});
