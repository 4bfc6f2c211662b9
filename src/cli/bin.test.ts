import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { storeFolder } from "./test-io.ts";

// The real command, in child processes: exit codes, --json purity, and two processes on one data folder.
const BIN = fileURLToPath(new URL("../../bin/tocsin.js", import.meta.url));
// The embedded store only: no DATABASE_URL from the storage tests, no TOCSIN_DATA from the shell.
const { DATABASE_URL: _url, TOCSIN_DATA: _data, ...env } = process.env;

const dir = storeFolder();
after(() => rmSync(dir, { recursive: true, force: true }));

function tocsin(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

/** Waits until the child has printed one whole JSON document on stdout. */
function firstJson(child: ChildProcess): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr?.on("data", (c) => (err += c));
    child.stdout?.on("data", (c) => {
      out += c;
      try {
        resolve(JSON.parse(out));
      } catch {
        // not whole yet
      }
    });
    child.on("close", (code) => reject(new Error(`exited with ${code} before printing JSON: ${err}`)));
  });
}

test("serve owns the data folder: a second process is refused naming it; SIGTERM shuts down cleanly", async () => {
  const server = spawn(process.execPath, [BIN, "serve", "--port", "0", "--json", "--data", dir], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  server.stdout.on("data", (c) => (stdout += c));
  const exited = new Promise<number | null>((resolve) => server.on("close", (code) => resolve(code)));
  try {
    const started = await firstJson(server);
    assert.equal(started.ok, true);
    const health = await fetch(`${started.url}/api/v1/health`);
    assert.equal(health.status, 200);
    await health.arrayBuffer();

    const second = await tocsin(["verify", "--json", "--data", dir]);
    assert.equal(second.code, 3);
    const lines = second.err.trimEnd().split("\n");
    assert.equal(lines.length, 2, `one error line and one hint, no stack trace: ${second.err}`);
    assert.match(
      lines[0] as string,
      new RegExp(`^error: the data folder is in use by process ${server.pid} .*\\(tocsin serve, `),
    );
    assert.match(lines[1] as string, /^hint: .*GET \/api\/v1\/backup/, "a running server's backup route");
    assert.equal((JSON.parse(second.out) as { error: { code: string } }).error.code, "data-folder-locked");
  } finally {
    server.kill("SIGTERM");
  }
  assert.equal(await exited, 0, "a graceful shutdown exits 0");
  assert.equal(existsSync(join(dir, "tocsin.lock")), false, "the lock is released");
  assert.equal(
    (JSON.parse(stdout) as { ok: boolean }).ok,
    true,
    "under --json, stdout held one JSON document only",
  );
});
