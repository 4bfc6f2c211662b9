import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { test } from "node:test";
import { seededRng } from "../../src/app/demo/scenario/prng.ts";
import { openApp } from "../../src/bootstrap.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import { fuzzSeed } from "../support/fuzz/hostile.ts";
import { BIN, embeddedEnv, serveProcess } from "../support/serve-process.ts";
import { freshDemoPGlite } from "../support/stores.ts";

// `tocsin serve` killed with SIGKILL while a reviewer publishes alerts through the API, at a seeded moment:
// after a restart every publication the server acknowledged is there, published once (one publish entry in
// the custody log, with the content hash the version carries); the one in flight is either wholly published
// or still in review, and can then be published; `tocsin verify` passes.
const SEED = fuzzSeed(5_050_505);
const AUTHOR: Caller = { actor: "analyst:kill-test", clearance: "confidential" };
const REVIEWER = "reviewer:kill-test";
const ALERTS = 4;

function publish(url: string, id: string, revision: number): Promise<Response> {
  return fetch(`${url}/api/v1/alerts/${id}/versions/1/publish`, {
    method: "POST",
    headers: { "content-type": "application/json", "if-match": `"${revision}"`, "x-tocsin-actor": REVIEWER },
    body: "{}",
  });
}

test(`a server killed (SIGKILL) while alerts are published: each is published wholly or not at all (seed ${SEED})`, {
  timeout: 300_000,
}, async () => {
  // Alerts in review on the situations of the fictional scenario, written by one analyst.
  const store = await freshDemoPGlite();
  const dir = store.dataDir;
  const pending: { id: string; revision: number }[] = [];
  try {
    const { app } = store;
    const situations = (await app.store.list("situation", { clearance: "public", limit: 100 })).items;
    assert.ok(situations.length > 0, "the scenario has public situations");
    for (let i = 0; i < ALERTS; i++) {
      const s = situations[i % situations.length] as (typeof situations)[number];
      const { alert } = await app.alerts.draft(s.id, {}, AUTHOR);
      const v = await app.alerts.edit(
        alert.id,
        1,
        { summary: "Fictional kill-test alert.", currentSituation: { text: "Fictional: the events below." } },
        1,
        AUTHOR,
      );
      const submitted = await app.alerts.submit(alert.id, 1, v.revision, AUTHOR);
      pending.push({ id: alert.id, revision: submitted.revision });
    }
    await app.close();

    // Publish them one by one; kill the server as the seeded one is sent.
    const killAt = seededRng(SEED).between(1, pending.length - 1);
    const first = await serveProcess(dir);
    const exited = new Promise((r) => first.child.once("exit", r));
    const acked: string[] = [];
    for (const [i, a] of pending.entries()) {
      const sent = publish(first.url, a.id, a.revision);
      if (i === killAt) {
        first.child.kill("SIGKILL");
        await sent.then(
          (res) => res.ok && acked.push(a.id),
          () => {},
        );
        break;
      }
      const res = await sent;
      assert.equal(res.status, 200, await res.text());
      acked.push(a.id);
    }
    await exited;

    const second = await serveProcess(dir);
    try {
      for (const a of pending) {
        const res = await fetch(`${second.url}/api/v1/alerts/${a.id}`);
        const body = (await res.json()) as { versions: { status: string; contentSha256: string | null }[] };
        const v = body.versions[0];
        assert.ok(v, `alert ${a.id} is there`);
        if (acked.includes(a.id)) assert.equal(v.status, "published", `acknowledged ${a.id} is published`);
        assert.ok(v.status === "published" || v.status === "in-review", `${a.id}: ${v.status}`);
        assert.equal(
          v.status === "published",
          v.contentSha256 !== null,
          "a content hash exactly when published",
        );
        if (v.status === "in-review") {
          const again = await publish(second.url, a.id, a.revision);
          assert.equal(again.status, 200, `the unpublished ${a.id} can be published after the restart`);
        }
      }
    } finally {
      second.child.kill("SIGTERM");
      await new Promise((r) => second.child.once("exit", r));
    }

    // One publish entry per alert, carrying the hash the version holds.
    const check = await openApp({ dataDir: dir, databaseUrl: undefined });
    try {
      for (const a of pending) {
        const trail = await check.store.custodyFor("alert", a.id);
        const published = trail.filter((e) => e.action === "publish");
        assert.equal(published.length, 1, `${a.id}: one publish entry`);
        const version = (await check.alerts.get(a.id, AUTHOR)).versions[0];
        assert.equal(published[0]?.details.contentSha256, version?.contentSha256);
        assert.equal(published[0]?.actor, REVIEWER);
      }
    } finally {
      await check.close();
    }
    const verify = spawnSync(process.execPath, [BIN, "verify", "--data", dir], {
      env: embeddedEnv(),
      encoding: "utf8",
    });
    assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
    console.log(
      `kill-publication: seed ${SEED}, killed as publication ${killAt + 1} of ${pending.length} was sent, ${acked.length} acknowledged; verify exit 0`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
