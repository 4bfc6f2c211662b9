import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { IMPORT_JOB } from "../../src/app/jobs/import-jobs.ts";
import { browserHarness, browserSkip, logIn, settlesTo, TEST_PASSWORD } from "../support/browser.ts";
import { enqueueGedImport } from "../support/import-job.ts";
import { gedRow, writeGed } from "../support/synthetic-ged.ts";

const PASSWORD = TEST_PASSWORD;
const WORKER = "test-worker";

describe("imports page: jobs with progress and counts, rejects, cancel, upload, by role (Chromium)", {
  skip: browserSkip(),
}, () => {
  const h = browserHarness();
  const dir = mkdtempSync(join(tmpdir(), "tocsin-imports-page-"));
  let running = "";
  before(async () => {
    const { auth } = h().store.app;
    await auth.accounts.addUser({
      name: "ines",
      password: PASSWORD,
      role: "analyst",
      clearance: "confidential",
    });
    await auth.accounts.addUser({
      name: "vik",
      password: PASSWORD,
      role: "viewer",
      clearance: "confidential",
    });
    // A job a worker is running (this server has none: the test plays the worker).
    const file = writeGed(
      join(dir, "ged-running.csv"),
      Array.from({ length: 3 }, (_, i) => gedRow(i + 1)),
    );
    const app = h().store.app;
    running = (await enqueueGedImport(app, file, { rejectFile: join(dir, "ged-running.rejects.csv") })).id;
    const claimed = await app.jobs.claim(WORKER, [IMPORT_JOB], 120_000);
    assert.equal(claimed?.id, running);
    await app.jobs.progress(
      running,
      WORKER,
      {
        phase: "importing",
        file: "ged-running.csv",
        rowsRead: 1200,
        rowsLoaded: 1100,
        rowsUpdated: 0,
        rowsRejected: 40,
        rowsDuplicate: 60,
        rowsSkipped: 0,
        bytesRead: 500,
        totalBytes: 1000,
      },
      120_000,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("an analyst follows a running import to its summary, starts one (columns checked) and cancels it", async () => {
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    await logIn(page, "ines");
    // Reachable from the navigation, by keyboard.
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Imports" });
    await nav.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Imports" }).waitFor();
    await settlesTo(async () => new URL(page.url()).pathname, "/imports", "the imports page by Enter");
    const row = page.getByTestId("import-row").filter({ hasText: "ged-running.csv" });
    await row.waitFor();
    assert.match((await row.getByTestId("import-status").textContent()) ?? "", /running/);
    assert.match((await row.getByTestId("import-rate").textContent()) ?? "", /rows\/s|—/);
    assert.match((await row.textContent()) ?? "", /1,200 \/ 1,100 \/ 40/);
    await row.getByRole("button", { name: /Cancel ged-running/ }).waitFor();

    // Its own page (deep link), progress read, then the worker finishes it: the summary shows by itself.
    await row.getByRole("link", { name: /ged-running\.csv/ }).click();
    await page.getByRole("heading", { level: 1, name: /Import: ged-running\.csv/ }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/imports/${running}`);
    await page.getByLabel("File read").waitFor();
    const rows = page.getByLabel("Rows so far");
    assert.equal(await rows.locator('[data-count="rowsRead"]').textContent(), "1,200");
    assert.equal(await rows.locator('[data-count="rowsDuplicate"]').textContent(), "60");
    writeFileSync(join(dir, "ged-running.rejects.csv"), "line,column,reason\n7,best,not a number\n");
    const app = h().store.app;
    const counts = { read: 1300, loaded: 1150, updated: 5, rejected: 40, duplicates: 100, skipped: 5 };
    await app.jobs.complete(running, WORKER, {
      runId: "run-1",
      file: join(dir, "ged-running.csv"),
      counts,
      rejectFile: join(dir, "ged-running.rejects.csv"),
    });
    const summary = page.getByLabel("Summary of ged-running.csv");
    await summary.waitFor();
    await settlesTo(
      async () => page.getByTestId("import-status").textContent(),
      "succeeded",
      "the page asked again and shows the end",
    );
    assert.equal(await summary.locator('[data-count="rowsUpdated"]').textContent(), "5");
    assert.equal(await summary.locator('[data-count="rowsSkipped"]').textContent(), "5");
    const rejects = page.getByTestId("rejects-0");
    assert.equal(await rejects.getAttribute("href"), `/api/v1/imports/${running}/rejects`);
    const download = await page.request.get(`/api/v1/imports/${running}/rejects`);
    assert.equal(download.status(), 200);
    assert.match(await download.text(), /not a number/);
    assert.equal(
      await page.getByRole("button", { name: "Cancel" }).count(),
      0,
      "a finished job has no cancel",
    );

    // Start one: wrong columns are refused beside the file; the right ones queue a job, shown at once.
    await page.goto("/imports");
    await page.getByLabel("Format").selectOption("ucdp-ged");
    await page.getByLabel("Data file").setInputFiles({
      name: "wrong.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("a,b\n1,2\n"),
    });
    await page.getByRole("button", { name: "Start import" }).click();
    await page.locator("#import-file-error").waitFor();
    assert.equal(await page.getByLabel("Data file").getAttribute("aria-invalid"), "true");
    const good = writeGed(join(dir, "ged-new.csv"), [gedRow(101), gedRow(102)]);
    await page.getByLabel("Data file").setInputFiles(good);
    await page.getByRole("button", { name: "Start import" }).click();
    await page.getByRole("heading", { level: 1, name: /Import: ged-new\.csv \(ucdp-ged\)/ }).waitFor();
    assert.equal(await page.getByTestId("import-status").textContent(), "queued");
    const id = new URL(page.url()).pathname.split("/").at(-1) as string;
    await page.getByRole("button", { name: "Cancel" }).click();
    await settlesTo(async () => page.getByTestId("import-status").textContent(), "cancelled", "cancelled");
    assert.equal((await app.jobs.get(id))?.status, "cancelled");
    // A CSV import asks for its mapping file.
    await page.goto("/imports");
    await page.getByLabel("Format").selectOption("csv");
    await page.getByLabel("Mapping file (JSON, for CSV)").waitFor();

    // Deep link to a filter.
    await page.goto("/imports?status=cancelled");
    await page.getByTestId("import-row").first().waitFor();
    await settlesTo(async () => page.getByTestId("import-row").count(), 1, "only the cancelled job");
    assert.equal(await page.getByLabel("Show").inputValue(), "cancelled");
    await h().screenshot(page, "imports");
    await page.context().close();
  });

  test("a viewer sees the imports but neither the upload form nor a cancel button", async () => {
    const app = h().store.app;
    const file = writeGed(join(dir, "ged-queued.csv"), [gedRow(201)]);
    await enqueueGedImport(app, file, { rejectFile: join(dir, "ged-queued.rejects.csv") });
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    const refused: string[] = [];
    page.on("response", (r) => r.status() >= 400 && refused.push(`${r.status()} ${r.url()}`));
    await logIn(page, "vik");
    await page.goto("/imports");
    await page.getByTestId("import-row").filter({ hasText: "ged-queued.csv" }).waitFor();
    // The session and the server's answer are in (the nav's internal links show once both are known).
    await page.getByRole("link", { name: "Review queue" }).waitFor();
    await settlesTo(
      async () => page.getByRole("button", { name: /Cancel/ }).count(),
      0,
      "no cancel for a viewer",
    );
    await settlesTo(async () => page.getByLabel("Data file").count(), 0, "no upload form for a viewer");
    assert.deepEqual(refused, [], "the viewer's page asked for nothing the server refused");
  });
});
