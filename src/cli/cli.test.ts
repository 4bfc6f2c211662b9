import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { chmodSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { addSampleEvidence } from "../../test/support/sample-evidence.ts";
import { postgresSkip } from "../../test/support/stores.ts";
import { lockDataFolder } from "../adapters/db/data-folder-lock.ts";
import { openApp } from "../bootstrap.ts";
import { storeFolder, tocsin } from "./test-io.ts";

const made: string[] = [];
function folder() {
  const dir = storeFolder();
  made.push(dir);
  return dir;
}
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const json = (text: string) => JSON.parse(text) as Record<string, unknown> & { ok: boolean };

describe("tocsin: usage and help", () => {
  test("--help lists every verb and the exit codes; each verb has --help with --data and --json", async () => {
    const top = await tocsin(["--help"]);
    assert.equal(top.code, 0);
    for (const verb of ["serve", "migrate", "verify", "demo", "backup", "restore", "doctor"]) {
      assert.match(top.out, new RegExp(`\\n  ${verb} `), verb);
      const help = await tocsin([verb, "--help"]);
      assert.equal(help.code, 0, verb);
      assert.match(help.out, /--data <dir>/, verb);
      assert.match(help.out, /--json/, verb);
    }
    assert.match(top.out, /Exit codes:/);
    assert.match((await tocsin(["serve", "--help"])).out, /--port <port>[\s\S]*--demo-if-empty/);
  });

  test("an unknown verb or option is a usage error (2) with a hint", async () => {
    for (const argv of [["nope"], ["verify", "--nope"], ["backup"]]) {
      const r = await tocsin(argv);
      assert.equal(r.code, 2, argv.join(" "));
      assert.match(r.err, /^error: .+\n(.|\n)*hint: /m);
      assert.equal(r.out, "");
    }
  });

  test("a bad flag value names the flag", async () => {
    const r = await tocsin(["serve", "--port", "eighty", "--data", folder()]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^error: --port: /);
  });

  test("an invalid environment variable is named, with a hint; under --json the error is JSON on stdout", async () => {
    const r = await tocsin(["verify", "--json"], { DATABASE_URL: "mysql://x" });
    assert.equal(r.code, 2);
    assert.match(r.err, /^error: DATABASE_URL: must start with postgres:\/\/.*\nhint: /);
    assert.deepEqual(json(r.out).error, {
      code: "invalid-config",
      message: "DATABASE_URL: must start with postgres:// or postgresql://",
      hint: "fix or unset the environment variable DATABASE_URL",
    });
  });
});

describe("tocsin: the store cannot be opened", () => {
  test("an unreachable DATABASE_URL: one line and a hint, no stack trace unless --debug", async () => {
    const env = { DATABASE_URL: "postgres://nobody:secret@127.0.0.1:1/none" };
    const r = await tocsin(["migrate"], env);
    assert.equal(r.code, 3);
    assert.match(
      r.err,
      /^error: cannot connect to PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    assert.match(r.err, /\nhint: check that the server runs and that DATABASE_URL/);
    assert.doesNotMatch(r.err, /secret/);
    assert.doesNotMatch(r.err, /^\s+at /m);
    const debug = await tocsin(["migrate", "--debug"], env);
    assert.match(debug.err, /^\s+at /m, "--debug prints the stack");
  });

  test("a data folder held by another process names the holder", async () => {
    const dir = folder();
    const release = lockDataFolder(dir, "tocsin serve");
    try {
      const r = await tocsin(["verify", "--data", dir]);
      assert.equal(r.code, 3);
      assert.match(
        r.err,
        new RegExp(
          `^error: the data folder is in use by process ${process.pid} on .+ \\(tocsin serve, since `,
        ),
      );
      assert.match(r.err, /\nhint: one process owns an embedded store at a time/);
      const asJson = await tocsin(["backup", join(dir, "x.tocsin"), "--data", dir, "--json"]);
      assert.equal((json(asJson.out).error as { code: string }).code, "data-folder-locked");
      const doctor = await tocsin(["doctor", "--data", dir, "--json"]);
      const checks = json(doctor.out).checks as { name: string; status: string }[];
      assert.equal(checks.find((c) => c.name === "lock")?.status, "warn");
      assert.equal(checks.find((c) => c.name === "database")?.status, "skip");
    } finally {
      release();
    }
  });

  test("a damaged data folder gets one line and a hint to restore", async () => {
    const dir = folder();
    writeFileSync(join(dir, "pgdata", "PG_VERSION"), "not a version\n");
    const r = await tocsin(["verify", "--data", dir]);
    assert.equal(r.code, 3);
    assert.match(
      r.err,
      /^error: cannot open the embedded database in .+\nhint: the data folder may be damaged: restore it from a backup/,
    );
  });

  test("verify and backup refuse a folder with no store instead of creating an empty one", async () => {
    const missing = join(folder(), "typo");
    for (const argv of [["verify"], ["backup", join(missing, "..", "a.tocsin")]]) {
      const r = await tocsin([...argv, "--data", missing]);
      assert.equal(r.code, 3);
      assert.match(r.err, /^error: there is no tocsin store in .+typo\n/);
    }
  });
});

describe("tocsin: verify, backup, restore, doctor, migrate on one store", () => {
  let dir: string;
  let documentId: string;
  let sha256: string;

  before(async () => {
    dir = folder();
    const app = await openApp({ dataDir: dir, databaseUrl: undefined });
    try {
      const sample = await addSampleEvidence(app);
      documentId = sample.documentIds[0] as string;
      sha256 = (await app.store.get("document", documentId, "confidential"))?.sha256 as string;
    } finally {
      await app.close();
    }
  });

  test("migrate --json reports an up-to-date schema", async () => {
    const r = await tocsin(["migrate", "--json", "--data", dir]);
    assert.equal(r.code, 0);
    const report = json(r.out);
    assert.deepEqual(report.applied, []);
    assert.ok((report.schemaVersion as number) >= 2);
  });

  test("verify: all holds (exit 0), in words and in JSON", async () => {
    const r = await tocsin(["verify", "--data", dir]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /custody log: \d+ entries, chain intact/);
    assert.match(r.out, /documents: 3 originals checked/);
    assert.match(r.out, /verify: all holds\n$/);
    const j = await tocsin(["verify", "--json", "--data", dir]);
    assert.equal(j.code, 0);
    assert.equal(json(j.out).ok, true);
  });

  test("backup -> restore into a new folder -> verify passes; the archive is not overwritten", async () => {
    const file = join(dir, "..", `${documentId}.tocsin`);
    made.push(file);
    const b = await tocsin(["backup", file, "--json", "--data", dir]);
    assert.equal(b.code, 0, b.err);
    const backup = json(b.out);
    assert.equal(backup.originals, 3);
    assert.match(backup.manifestSha256 as string, /^[0-9a-f]{64}$/);
    assert.equal(b.err, "", "--json off a terminal: no progress lines");

    const again = await tocsin(["backup", file, "--data", dir]);
    assert.equal(again.code, 1);
    assert.match(again.err, /already exists\nhint: .*--force/);

    // An empty store (creating one from nothing costs seconds; restore into a never-migrated database is
    // covered by the storage test on PostgreSQL).
    const target = folder();
    const r = await tocsin(["restore", file, "--data", target]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /restored .+: \d+ rows, 3 originals\nverify: all holds/);
    const refused = await tocsin(["restore", file, "--data", target, "--json"]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /the store is not empty/);
    assert.equal((json(refused.out).error as { code: string }).code, "conflict");
  });

  test("verify catches a flipped byte in an original: exit 1, the document named", async () => {
    const path = join(dir, "blobs", sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    const bytes = readFileSync(path);
    chmodSync(path, 0o644);
    writeFileSync(
      path,
      Buffer.concat([bytes.subarray(0, 1), Buffer.from([(bytes[1] as number) ^ 0x20]), bytes.subarray(2)]),
    );
    try {
      const r = await tocsin(["verify", "--data", dir]);
      assert.equal(r.code, 1);
      assert.match(r.out, new RegExp(`document ${documentId}: its original was altered`));
      assert.match(r.out, /verify: FAILED, 1 break\(s\)/);
      const j = await tocsin(["verify", "--json", "--data", dir]);
      assert.equal(j.code, 1);
      const report = json(j.out) as unknown as {
        documents: { breaks: { documentId: string; kind: string }[] };
      };
      assert.deepEqual(
        report.documents.breaks.map((b) => [b.kind, b.documentId]),
        [["hash-mismatch", documentId]],
      );
    } finally {
      writeFileSync(path, bytes);
      chmodSync(path, 0o444);
    }
  });

  test("doctor --json: every check passes on a healthy store", async () => {
    const r = await tocsin(["doctor", "--json", "--data", dir]);
    assert.equal(r.code, 0, r.out);
    const report = json(r.out) as unknown as { ok: boolean; checks: { name: string; status: string }[] };
    assert.deepEqual(
      report.checks.map((c) => [c.name, c.status]),
      [
        ["node", "ok"],
        ["config", "ok"],
        ["data folder", "ok"],
        ["lock", "ok"],
        ["database", "ok"],
        ["migrations", "ok"],
        ["originals", "ok"],
      ],
    );
  });
});

describe("tocsin on PostgreSQL (DATABASE_URL)", { skip: postgresSkip() }, () => {
  let url: string;
  let name: string;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  before(async () => {
    name = `tocsin_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await admin(`CREATE DATABASE ${name}`);
    const u = new URL(process.env.DATABASE_URL as string);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  after(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  test("doctor sees pending migrations; migrate applies them; doctor and verify then pass", async () => {
    const env = { DATABASE_URL: url };
    const data = folder();
    const checks = async () => {
      const r = await tocsin(["doctor", "--json", "--data", data], env);
      const report = json(r.out) as unknown as { checks: { name: string; status: string; detail: string }[] };
      return Object.fromEntries(report.checks.map((c) => [c.name, c]));
    };
    const before = await checks();
    assert.match(before.database?.detail ?? "", /^PostgreSQL 15|^PostgreSQL \d+/);
    assert.equal(before.migrations?.status, "warn");
    assert.match(before.migrations?.detail ?? "", /schema version 0; \d+ pending: 0001_evidence/);

    const m = await tocsin(["migrate", "--json", "--data", data], env);
    assert.equal(m.code, 0, m.err);
    assert.equal((json(m.out).applied as string[])[0], "0001_evidence");
    assert.equal((await checks()).migrations?.status, "ok");
    const v = await tocsin(["verify", "--data", data], env);
    assert.equal(v.code, 0, v.err);
    assert.match(v.out, /^verify: PostgreSQL at postgres:\/\//);
  });
});
