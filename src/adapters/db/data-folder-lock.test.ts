import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { DataFolderLockedError, lockDataFolder } from "./data-folder-lock.ts";

test("a second holder is refused with the first one's pid and command", () => {
  const dir = mkdtempSync(join(tmpdir(), "tocsin-lock-"));
  const release = lockDataFolder(dir, "serve");
  assert.throws(
    () => lockDataFolder(dir, "migrate"),
    (e: unknown) =>
      e instanceof DataFolderLockedError && e.holder.pid === process.pid && e.message.includes("serve"),
  );
  release();
  assert.equal(existsSync(join(dir, "tocsin.lock")), false);
  lockDataFolder(dir, "again")();
});

test("a lock left by a dead process is taken over", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tocsin-lock-"));
  const child = spawn(process.execPath, ["-e", ""]);
  const pid = child.pid as number;
  await new Promise((resolve) => child.on("exit", resolve));
  writeFileSync(
    join(dir, "tocsin.lock"),
    JSON.stringify({ pid, host: hostname(), command: "crashed", since: "2026-01-01" }),
  );
  const release = lockDataFolder(dir, "serve");
  release();
});
