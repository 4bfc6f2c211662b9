import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { FileBlobStore } from "./file-blob-store.ts";

test("stores bytes once by SHA-256, read-only, and detects a changed byte", async () => {
  const store = new FileBlobStore(mkdtempSync(join(tmpdir(), "tocsin-blobs-")));
  const bytes = new TextEncoder().encode("abc");
  const { sha256, size } = await store.put(bytes);
  assert.equal(sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(size, 3);
  assert.deepEqual(await store.put(bytes), { sha256, size }, "the same content is stored once");
  const path = join(store.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  assert.equal(statSync(path).mode & 0o222, 0, "originals are read-only");
  assert.equal(await store.rehash(sha256), sha256);
  const listed: string[] = [];
  for await (const h of store.list()) listed.push(h);
  assert.deepEqual(listed, [sha256]);
  chmodSync(path, 0o644);
  writeFileSync(path, "abd");
  assert.notEqual(await store.rehash(sha256), sha256);
  assert.equal(await store.get("0".repeat(64)), null);
  await assert.rejects(store.get("../../etc/passwd"), /not a SHA-256/);
});
