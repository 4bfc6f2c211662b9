import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { Readable } from "node:stream";
import { after, test } from "node:test";
import { openApp } from "../../bootstrap.ts";
import { run } from "../main.ts";
import { bufferIo, storeFolder, tocsin } from "../test-io.ts";

const dir = storeFolder();
after(() => rmSync(dir, { recursive: true, force: true }));
const PASSWORD = "a long enough passphrase";

/** `tocsin <argv>` with `stdin` piped in (not a terminal: the password is its first line). */
async function withStdin(argv: string[], stdin: string) {
  const b = bufferIo();
  b.io.stdin = Readable.from([stdin]);
  const code = await run(argv, b.io);
  return { code, out: b.out(), err: b.err() };
}

test("user add reads the password from stdin, never prints it; the first account ends open local mode", async () => {
  const empty = await tocsin(["user", "list", "--data", dir]);
  assert.equal(empty.code, 0, empty.err);
  assert.match(empty.out, /no accounts: tocsin serve runs in open local mode/);
  const r = await withStdin(
    ["user", "add", "ana", "--role", "analyst", "--clearance", "internal", "--data", dir],
    `${PASSWORD}\n`,
  );
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /added ana: analyst, clearance internal/);
  assert.match(r.err, /first account: tocsin serve now requires a login/);
  assert.equal(`${r.out}${r.err}`.includes(PASSWORD), false);
  const list = await tocsin(["user", "list", "--data", dir, "--json"]);
  const users = JSON.parse(list.out).users;
  assert.deepEqual(
    users.map((u: { name: string; role: string }) => [u.name, u.role]),
    [["ana", "analyst"]],
  );
  assert.equal(list.out.includes("scrypt"), false);
});

test("bad input is refused with the field named: short password, unknown role, no password", async () => {
  const short = await withStdin(
    ["user", "add", "bob", "--role", "viewer", "--clearance", "public", "--data", dir],
    "short\n",
  );
  assert.notEqual(short.code, 0);
  assert.match(short.err, /password: must be at least 12/);
  const role = await withStdin(
    ["user", "add", "bob", "--role", "boss", "--clearance", "public", "--data", dir],
    `${PASSWORD}\n`,
  );
  assert.equal(role.code, 2);
  assert.match(role.err, /--role/);
  const none = await withStdin(
    ["user", "add", "bob", "--role", "viewer", "--clearance", "public", "--data", dir],
    "",
  );
  assert.equal(none.code, 2);
  assert.match(none.err, /no password on stdin/);
});

test("token add prints the token once; list never shows it; revoke works once", async () => {
  const add = await tocsin([
    "token",
    "add",
    "ana",
    "--name",
    "nightly import",
    "--scopes",
    "read,import",
    "--data",
    dir,
    "--json",
  ]);
  assert.equal(add.code, 0, add.err);
  const made = JSON.parse(add.out);
  assert.match(made.token, /^tocsin_/);
  assert.deepEqual(made.scopes, ["read", "import"]);
  const list = await tocsin(["token", "list", "--data", dir]);
  assert.match(list.out, /ana "nightly import" \(read, import\)/);
  assert.equal(list.out.includes(made.token), false);
  const bad = await tocsin(["token", "add", "ana", "--name", "x", "--scopes", "everything", "--data", dir]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /scopes/);
  assert.equal((await tocsin(["token", "revoke", made.id, "--data", dir])).code, 0);
  const again = await tocsin(["token", "revoke", made.id, "--data", dir]);
  assert.notEqual(again.code, 0);
  assert.match(again.err, /already revoked/);
});

test("disable, enable and reset: the new password logs in, the old one does not", async () => {
  const off = await tocsin(["user", "disable", "ana", "--data", dir]);
  assert.equal(off.code, 0, off.err);
  assert.match(off.out, /disabled ana/);
  assert.match(
    (await tocsin(["user", "list", "--data", dir])).out,
    /ana: analyst, clearance internal, disabled/,
  );
  assert.equal((await tocsin(["user", "enable", "ana", "--data", dir])).code, 0);
  const reset = await withStdin(
    ["user", "reset", "ana", "--totp", "new", "--data", dir],
    "another long passphrase\n",
  );
  assert.equal(reset.code, 0, reset.err);
  assert.match(reset.out, /second factor secret \(shown once\): [A-Z2-7]{32}/);
  assert.match(reset.out, /otpauth:\/\/totp\/tocsin%3Aana\?secret=/);
  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  try {
    const old = await app.auth.authentication.login({ name: "ana", password: PASSWORD });
    assert.equal(old.ok, false);
    const noCode = await app.auth.authentication.login({ name: "ana", password: "another long passphrase" });
    assert.equal(!noCode.ok && noCode.why, "code-required");
  } finally {
    await app.close();
  }
  const missing = await tocsin(["user", "disable", "nobody", "--data", dir]);
  assert.notEqual(missing.code, 0);
  assert.match(missing.err, /no user with id nobody/);
});

test("serve --help states the auth modes and open local mode", async () => {
  const r = await tocsin(["serve", "--help"]);
  assert.match(r.out, /--auth <mode>/);
  assert.match(r.out, /open local mode/);
  assert.match(r.out, /--secure-cookies/);
});
