import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { openApp } from "../../bootstrap.ts";
import { storeFolder, tocsin } from "../test-io.ts";

const dir = storeFolder();
const env = { TOCSIN_DATA: dir, TOCSIN_CLEARANCE: "internal", TOCSIN_ACTOR: "cli-analyst" };
let situation = "";

before(async () => {
  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  const who = { actor: "seed", clearance: "confidential" } as const;
  const src = await app.evidence.create(
    "source",
    { kind: "organisation", name: "Fictional Monitor", reliability: "A", sensitivity: "public" },
    who,
  );
  situation = (
    await app.evidence.create(
      "situation",
      { name: "Fictional Coast", country: "ATA", sensitivity: "public" },
      who,
    )
  ).id;
  const e = await app.evidence.create(
    "event",
    {
      title: "Fictional coast killings",
      dateStart: new Date().toISOString().slice(0, 10),
      acts: [{ type: "massacre" }],
      fatalities: { low: 10, best: 12, high: 20 },
      situationIds: [situation],
      sensitivity: "public",
    },
    who,
  );
  await app.evidence.create(
    "claim",
    { sourceId: src.id, eventId: e.id, statement: "Seen", credibility: 1, sensitivity: "public" },
    who,
  );
  await app.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("tocsin alert: draft, list, show, submit (refused until complete), publish, export; usage errors exit 2", async () => {
  const drafted = await tocsin(["alert", "draft", situation, "--json"], env);
  assert.equal(drafted.code, 0, drafted.err);
  const id = JSON.parse(drafted.out).id as string;
  const list = await tocsin(["alert", "list", "--json"], env);
  assert.equal(JSON.parse(list.out)[0].versions[0].status, "draft");
  const refused = await tocsin(["alert", "submit", id], env);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /summary: write a summary/);

  const app = await openApp({ dataDir: dir, databaseUrl: undefined });
  const caller = { actor: "cli-analyst", clearance: "internal" } as const;
  await app.alerts.edit(
    id,
    1,
    { summary: "Killings on the coast.", currentSituation: { text: "Villages attacked." } },
    1,
    caller,
  );
  await app.close();

  assert.equal((await tocsin(["alert", "submit", id], env)).code, 0);
  // The two-person rule: the analyst who wrote it may not publish it; a reviewer does.
  const own = await tocsin(["alert", "publish", id, "--json"], env);
  assert.equal(own.code, 1);
  assert.match(own.err, /reviewer other than its authors/);
  const published = await tocsin(["alert", "publish", id, "--json"], {
    ...env,
    TOCSIN_ACTOR: "cli-reviewer",
  });
  assert.equal(published.code, 0, published.err);
  assert.equal(JSON.parse(published.out).status, "published");
  const show = await tocsin(["alert", "show", id], env);
  assert.match(show.out, /v1 published/);
  const md = await tocsin(["alert", "export", id, "--format", "md"], env);
  assert.equal(md.code, 0, md.err);
  assert.match(md.out, /^# Genocide (Watch|Warning|Emergency): Fictional Coast/);
  const file = join(dir, "alert.pdf");
  assert.equal((await tocsin(["alert", "export", id, "--format", "pdf", "--out", file], env)).code, 0);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-");
  assert.equal((await tocsin(["alert", "export", id, "--format", "docx"], env)).code, 2);
  assert.equal((await tocsin(["alert", "show", id, "--number", "x"], env)).code, 2);
  const missing = await tocsin(["alert", "show", "00000000-0000-4000-8000-000000000000", "--json"], env);
  assert.equal(missing.code, 1);
  assert.equal(JSON.parse(missing.out).error.code, "not-found");
});
