import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { after, before, test } from "node:test";
import { openApp } from "../../bootstrap.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = storeFolder();
after(() => rmSync(dir, { recursive: true, force: true }));
let eventId = "";

before(async () => {
  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  try {
    for (const name of ["ana", "ben"])
      await app.auth.accounts.addUser({
        name,
        password: "a long enough passphrase",
        role: "analyst",
        clearance: "internal",
      });
    const e = await app.evidence.create(
      "event",
      {
        title: "Attack",
        dateStart: "2025-03-04",
        datePrecision: "day",
        place: { country: "ATA", precision: "country" },
        acts: [{ type: "massacre" }],
        sensitivity: "public",
      },
      { actor: "test", clearance: "confidential" },
    );
    eventId = e.id;
  } finally {
    await app.close();
  }
});

const t = (...argv: string[]) => tocsin([...argv, "--data", dir], { TOCSIN_ACTOR: "cli:root" });

test("tocsin group: add, member-add, list (text and --json), member-remove, remove; bad names refused", async () => {
  const added = await t("group", "add", "field-team", "--description", "North field team");
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /added field-team: no members \(North field team\)/);
  const member = await t("group", "member-add", "field-team", "ben");
  assert.equal(member.code, 0, member.err);
  assert.match(member.out, /now field-team: ben/);
  const list = await t("group", "list", "--json");
  const groups = JSON.parse(list.out).groups;
  assert.deepEqual(
    groups.map((g: { name: string; members: { name: string }[] }) => [g.name, g.members.map((m) => m.name)]),
    [["field-team", ["ben"]]],
  );
  const bad = await t("group", "add", "Field Team");
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /name/);
  const nobody = await t("group", "member-add", "field-team", "nobody");
  assert.notEqual(nobody.code, 0);
  assert.match(nobody.err, /no user named nobody/);
  assert.equal((await t("group", "add", "spare")).code, 0);
  assert.equal((await t("group", "member-add", "spare", "ana")).code, 0);
  assert.match((await t("group", "member-remove", "spare", "ana")).out, /now spare: no members/);
  assert.equal((await t("group", "remove", "spare")).code, 0);
  assert.match((await t("group", "list")).out, /^field-team: ben/m);
});

test("tocsin access: grant restricts, list shows grantees, revoke keeps it restricted, unrestrict lifts it", async () => {
  const plain = await t("access", "list", eventId);
  assert.equal(plain.code, 0, plain.err);
  assert.match(plain.out, /not restricted/);
  const g1 = await t("access", "grant", eventId, "user:ana", "--write");
  assert.equal(g1.code, 0, g1.err);
  assert.match(g1.out, /restricted by cli:root; open to:\n {2}user:ana {2}write/);
  assert.equal((await t("access", "grant", eventId, "group:field-team")).code, 0);
  const json = JSON.parse((await t("access", "list", eventId, "--json")).out);
  assert.equal(json.kind, "event");
  assert.equal(json.restricted, true);
  assert.deepEqual(
    json.grants.map((g: { grantee: { kind: string; name: string }; access: string }) => [
      `${g.grantee.kind}:${g.grantee.name}`,
      g.access,
    ]),
    [
      ["group:field-team", "read"],
      ["user:ana", "write"],
    ],
  );
  const badGrantee = await t("access", "grant", eventId, "ana");
  assert.notEqual(badGrantee.code, 0);
  assert.match(badGrantee.err, /user:<name> or group:<name>/);
  const missing = await t("access", "grant", "00000000-0000-4000-8000-000000000000", "user:ana");
  assert.notEqual(missing.code, 0);
  assert.match(missing.err, /no record/);
  await t("access", "revoke", eventId, "user:ana");
  const revoked = await t("access", "revoke", eventId, "group:field-team");
  assert.match(revoked.out, /open to nobody/);
  const lifted = await t("access", "unrestrict", eventId);
  assert.equal(lifted.code, 0, lifted.err);
  assert.match(lifted.out, /not restricted/);

  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  try {
    const trail = await app.store.custodyFor("event", eventId);
    assert.deepEqual(
      trail.map((e) => `${e.actor} ${e.action}`),
      [
        "test create",
        "cli:root restrict",
        "cli:root grant",
        "cli:root grant",
        "cli:root revoke",
        "cli:root revoke",
        "cli:root unrestrict",
      ],
    );
  } finally {
    await app.close();
  }
});
