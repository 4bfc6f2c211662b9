import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { test } from "node:test";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { storeFolder } from "../../src/cli/test-io.ts";
import { fuzzSeed } from "../support/fuzz/hostile.ts";
import { BIN, embeddedEnv, serveProcess } from "../support/serve-process.ts";

// `tocsin serve` on PGlite killed with SIGKILL at a seeded moment while a client writes, then started again:
// every write the server acknowledged (201) is there exactly once, an unacknowledged one at most once, and
// `tocsin verify` passes (exit 0).
const SEED = fuzzSeed(9_090_909);

test(`a server killed (SIGKILL) during writes loses and duplicates nothing acknowledged (seed ${SEED})`, {
  timeout: 120_000,
}, async () => {
  const dir = storeFolder();
  const rng = seededRng(SEED);
  try {
    const first = await serveProcess(dir);
    const acked: string[] = [];
    const sent: string[] = [];
    const killAfter = rng.between(15, 60); // requests answered before the kill
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const name = `Fictional kill-test group ${SEED}-${i}`;
        sent.push(name);
        try {
          const res = await fetch(`${first.url}/api/v1/groups`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ name, kind: "ethnic", sensitivity: "public" }),
          });
          if (res.status === 201) acked.push(name);
          else assert.fail(`unexpected ${res.status}`);
          if (acked.length === killAfter) first.child.kill("SIGKILL");
        } catch {
          break; // the connection died with the server
        }
      }
    })();
    await new Promise((r) => first.child.once("exit", r));
    stop = true;
    await writer;
    assert.ok(acked.length >= killAfter, `killed after ${acked.length} acknowledged writes`);

    const second = await serveProcess(dir);
    try {
      const names: string[] = [];
      let cursor: string | null = null;
      do {
        const q = new URLSearchParams({ limit: "500", ...(cursor ? { cursor } : {}) });
        const page = (await (await fetch(`${second.url}/api/v1/groups?${q}`)).json()) as {
          items: { name: string }[];
          nextCursor: string | null;
        };
        names.push(...page.items.map((g) => g.name).filter((n) => n.startsWith("Fictional kill-test")));
        cursor = page.nextCursor;
      } while (cursor);
      const counts = new Map<string, number>();
      for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
      for (const n of acked) assert.equal(counts.get(n), 1, `acknowledged ${n} is there once`);
      for (const [n, k] of counts) assert.ok(k === 1 && sent.includes(n), `${n} stored ${k} time(s)`);
      assert.ok(names.length <= acked.length + 1, "at most the one write in flight was kept unacknowledged");
    } finally {
      second.child.kill("SIGTERM");
      await new Promise((r) => second.child.once("exit", r));
    }
    const verify = spawnSync(process.execPath, [BIN, "verify", "--data", dir], {
      env: embeddedEnv(),
      encoding: "utf8",
    });
    assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
    assert.match(verify.stdout, /all holds/);
    console.log(`kill-server: seed ${SEED}, killed after ${acked.length} acknowledged writes; verify exit 0`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
