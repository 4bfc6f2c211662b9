import assert from "node:assert/strict";
import { test } from "node:test";
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from "./password.ts";

test("a password verifies against its hash, a wrong one does not; salts differ", async () => {
  const a = await hashPassword("correct horse battery staple");
  const b = await hashPassword("correct horse battery staple");
  assert.match(a, /^scrypt\$N=32768,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
  assert.notEqual(a, b, "a random salt per hash");
  assert.equal(await verifyPassword("correct horse battery staple", a), true);
  assert.equal(await verifyPassword("correct horse battery stapler", a), false);
  assert.equal(await verifyPassword("", a), false);
});

test("the same salt gives the same hash (deterministic), and NFC and NFD spellings are one password", async () => {
  const salt = Buffer.alloc(16, 7);
  assert.equal(
    await hashPassword("pässwörd-long-enough", salt),
    await hashPassword("pässwörd-long-enough", salt),
  );
  const nfc = await hashPassword("Ålesund-passphrase".normalize("NFC"));
  assert.equal(await verifyPassword("Ålesund-passphrase".normalize("NFD"), nfc), true);
});

test("unreadable or hostile stored hashes verify nothing (no huge allocation)", async () => {
  assert.equal(await verifyPassword("x", "plain-text"), false);
  assert.equal(await verifyPassword("x", "scrypt$N=1073741824,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA"), false);
  assert.equal(await verifyPassword("x", DUMMY_HASH), false);
});

test("password rules: at least 12 characters, at most 1024", () => {
  assert.match(passwordProblem("short") ?? "", /at least 12/);
  assert.match(passwordProblem("x".repeat(1025)) ?? "", /at most 1024/);
  assert.equal(passwordProblem("twelve chars"), null);
});
