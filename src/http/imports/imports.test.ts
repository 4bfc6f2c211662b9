import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { httpHarness } from "../../../test/support/http.ts";
import { gedRow, writeGed } from "../../../test/support/synthetic-ged.ts";
import { openWorker } from "../../adapters/queue/open-worker.ts";
import { GED_COLUMNS } from "../../domain/importers/ucdp-ged.ts";

const h = httpHarness();

const tmp = mkdtempSync(join(tmpdir(), "tocsin-http-import-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A GED file as the synthetic writer makes it, optionally under other column names. */
function gedCsv(rows: Record<string, string>[], columns: readonly string[] = GED_COLUMNS): string {
  const text = readFileSync(writeGed(join(tmp, "x.csv"), rows), "utf8");
  const newline = text.indexOf("\n");
  return `${columns.join(",")}${text.slice(newline)}`;
}
const upload = (body: string, query: string, headers: Record<string, string> = {}) =>
  h().call("POST", `/api/v1/imports?${query}`, { body, headers: { "content-type": "text/csv", ...headers } });

test("an uploaded file becomes a job; the same bytes give the same job; the worker loads it and reports rows and rejects", async () => {
  const body = gedCsv([gedRow(70_001), gedRow(70_002), gedRow(70_003, { best: "x" })]);
  const r = await upload(body, "format=ucdp-ged&fileName=ged.csv&datasetVersion=25.1");
  assert.equal(r.status, 202, JSON.stringify(r.body));
  assert.equal(r.headers.get("location"), `/api/v1/imports/${r.body.id}`);
  assert.equal(r.body.kind, "import");
  assert.equal(r.body.status, "queued");
  assert.equal(r.body.fileName, "ged.csv");
  assert.equal(r.body.progress.phase, "queued");
  assert.equal(r.body.progress.rowsRead, 0);
  assert.equal(JSON.stringify(r.body).includes(h().store.dataDir), false, "no server path is shown");
  const again = await upload(body, "format=ucdp-ged&fileName=ged.csv");
  assert.equal(again.body.id, r.body.id);

  assert.equal(await openWorker(h().store.app).drain(), 1);
  const done = await h().call("GET", `/api/v1/imports/${r.body.id}`);
  assert.equal(done.status, 200);
  assert.equal(done.body.status, "succeeded");
  assert.equal(done.body.progress.phase, "done");
  assert.equal(done.body.progress.rowsLoaded, 2, JSON.stringify(done.body));
  assert.equal(done.body.progress.rowsRejected, 1);
  assert.equal(done.body.imports[0].rowsRead, 3);
  assert.equal(done.body.imports[0].rejectsUrl, `/api/v1/imports/${r.body.id}/rejects`);
  const rejects = await h().call("GET", done.body.imports[0].rejectsUrl);
  assert.equal(rejects.status, 200);
  assert.match(rejects.headers.get("content-type") ?? "", /text\/csv/);
  assert.match(rejects.body, /^_row,_column,_reason,id,/);
  assert.match(rejects.body, /\n4,best,"""x"" is not a whole number",970003,/);

  const list = await h().call("GET", "/api/v1/imports?limit=1");
  assert.equal(list.body.items[0].id, r.body.id);
  const succeeded = await h().call("GET", "/api/v1/imports?status=succeeded");
  assert.ok(succeeded.body.items.some((j: { id: string }) => j.id === r.body.id));
});

test("wrong columns, an unknown format, a bad mapping or an empty body are refused before any job", async () => {
  const renamed = GED_COLUMNS.map((c) => (c === "type_of_violence" ? "violence_type" : c));
  const bad = await upload(gedCsv([gedRow(70_010)], renamed), "format=ucdp-ged&fileName=renamed.csv");
  assert.equal(bad.status, 400);
  assert.equal(bad.body.code, "invalid-input");
  assert.match(
    bad.body.detail,
    /renamed\.csv: not a ucdp-ged file: missing columns type_of_violence \(found "violence_type"\)/,
  );
  assert.equal((await upload("a,b\n1,2\n", "format=nope")).status, 400);
  assert.equal((await upload("a,b\n1,2\n", "")).body.errors[0].path, "format");
  const mapping = await upload("a,b\n1,2\n", `format=csv&mapping=${encodeURIComponent('{"id":"a"}')}`);
  assert.equal(mapping.status, 400);
  assert.match(mapping.body.detail, /^mapping/);
  assert.equal((await upload("", "format=ucdp-ged")).status, 400);
  const listed = await h().call("GET", "/api/v1/imports?limit=100");
  assert.equal(listed.body.items.filter((j: { fileName: string }) => j.fileName === "renamed.csv").length, 0);
});

test("a pull is queued from JSON; an unknown dataset or a bad range is refused", async () => {
  const r = await h().call("POST", "/api/v1/imports", {
    json: { pull: { dataset: "ucdp-brd", release: "25.1" } },
  });
  assert.equal(r.status, 202, JSON.stringify(r.body));
  assert.equal(r.body.kind, "pull");
  assert.deepEqual(r.body.pull, { dataset: "ucdp-brd", release: "25.1", from: null, to: null, import: true });
  const same = await h().call("POST", "/api/v1/imports", {
    json: { pull: { dataset: "ucdp-brd", release: "25.1" } },
  });
  assert.equal(same.body.id, r.body.id);
  assert.equal(
    (await h().call("POST", "/api/v1/imports", { json: { pull: { dataset: "acled" } } })).status,
    400,
  );
  const range = await h().call("POST", "/api/v1/imports", {
    json: { pull: { dataset: "gdelt", from: "2024-01-02", to: "2024-01-01" } },
  });
  assert.equal(range.status, 400);
  assert.match(range.body.detail, /before --from/);
});

test("imports need internal clearance; an unknown id is 404", async () => {
  const low = { "X-Tocsin-Clearance": "public" };
  assert.equal((await h().call("GET", "/api/v1/imports", { headers: low })).status, 403);
  assert.equal((await upload("a\n", "format=ucdp-ged", low)).status, 403);
  assert.equal((await h().call("GET", "/api/v1/imports/0b6f3c1e-7d2a-4f4e-9a51-2f6a8f0d9c11")).status, 404);
  assert.equal((await h().call("GET", "/api/v1/imports/not-a-uuid/rejects")).status, 404);
  const doc = readFileSync(new URL("../../../docs/api.md", import.meta.url), "utf8");
  assert.match(doc, /\/api\/v1\/imports/, "docs/api.md documents the import endpoints");
});

test("cancel: a queued import is cancelled and never runs (POST .../cancel or DELETE); a finished one is a 409", async () => {
  const queued = await upload(gedCsv([gedRow(70_100)]), "format=ucdp-ged&fileName=cancel-me.csv");
  assert.equal(queued.status, 202);
  const low = { "X-Tocsin-Clearance": "public" };
  assert.equal(
    (await h().call("POST", `/api/v1/imports/${queued.body.id}/cancel`, { headers: low })).status,
    403,
  );
  const r = await h().call("POST", `/api/v1/imports/${queued.body.id}/cancel`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, "cancelled");
  assert.ok(r.body.cancelRequestedAt);
  assert.equal(r.body.cancelledBy, queued.body.createdBy);
  await openWorker(h().store.app).drain();
  const shown = await h().call("GET", `/api/v1/imports/${queued.body.id}`);
  assert.equal(shown.body.status, "cancelled");
  assert.equal(shown.body.startedAt, null, "a cancelled job never runs");
  assert.equal(shown.body.progress.rowsRead, 0);
  const listed = await h().call("GET", "/api/v1/imports?status=cancelled");
  assert.ok(listed.body.items.some((j: { id: string }) => j.id === queued.body.id));
  assert.equal((await h().call("DELETE", `/api/v1/imports/${queued.body.id}`)).status, 200, "idempotent");

  // The same bytes may be imported again once the job is cancelled; this one runs and finishes.
  const again = await upload(gedCsv([gedRow(70_100)]), "format=ucdp-ged&fileName=cancel-me.csv");
  assert.notEqual(again.body.id, queued.body.id);
  await openWorker(h().store.app).drain();
  const done = await h().call("DELETE", `/api/v1/imports/${again.body.id}`);
  assert.equal(done.status, 409);
  assert.equal(done.body.code, "conflict");
  assert.match(done.body.detail, /has succeeded/);
  const missing = await h().call("POST", "/api/v1/imports/0b6f3c1e-7d2a-4f4e-9a51-2f6a8f0d9c11/cancel");
  assert.equal(missing.status, 404);
});
