import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Loopback, startLoopback } from "../../../test/support/loopback-server.ts";
import { makeZip } from "../../../test/support/make-zip.ts";
import { HttpDownloader } from "../../adapters/download/http-downloader.ts";
import { CancelledError } from "../../domain/jobs/cancelled.ts";
import { DownloadError, type Downloader } from "../../ports/downloader.ts";
import { importJobHandlers } from "../jobs/import-jobs.ts";
import type { JobHandler } from "../jobs/job-worker.ts";
import type { PullFile, PullPlan } from "./dataset-catalogue.ts";
import { PullDatasetService } from "./pull-dataset.service.ts";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const csv = Buffer.from(`a,b\n${Array.from({ length: 5000 }, (_, i) => `${i},row ${i}`).join("\n")}\n`);
const zip = makeZip([{ name: "data/table.csv", data: csv }]);
const clock = { now: () => new Date("2026-11-25T10:00:00Z") };

function plan(files: PullFile[]): PullPlan {
  return {
    dataset: "test-set",
    title: "A test dataset",
    release: "1.0",
    licence: "CC0",
    attribution: "Synthetic",
    homepage: "http://127.0.0.1/",
    importFormat: null,
    files,
  };
}

describe("pull: downloads from a loopback server", () => {
  let server: Loopback;
  let dir: string;
  const service = new PullDatasetService(new HttpDownloader(), null, clock);
  const file = (path: string, extra: Partial<PullFile> = {}): PullFile => ({
    url: `${server.url}${path}`,
    fileName: path.slice(1),
    unpack: "zip",
    published: {},
    ...extra,
  });
  before(async () => {
    server = await startLoopback();
    dir = mkdtempSync(join(tmpdir(), "tocsin-pull-"));
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("a download is verified, unpacked, and described by a manifest; a rerun fetches nothing", async () => {
    server.routes.set("/ok.zip", { body: zip });
    const report = await service.pull(plan([file("/ok.zip")]), { dir });
    const f = report.files[0];
    assert.equal(f?.status, "downloaded");
    assert.equal(f?.sha256, sha(zip));
    assert.deepEqual(readFileSync(f?.unpacked[0] as string), csv);
    const manifest = JSON.parse(readFileSync(f?.manifest as string, "utf8"));
    assert.equal(manifest.url, `${server.url}/ok.zip`);
    assert.equal(manifest.bytes, zip.length);
    assert.equal(manifest.sha256, sha(zip));
    assert.equal(manifest.fetchedAt, "2026-11-25T10:00:00.000Z");
    assert.equal(manifest.licence, "CC0");
    assert.deepEqual(manifest.verified, { sha256: "computed", md5: "none", size: "content-length" });
    assert.deepEqual(manifest.unpacked, [{ name: "table.csv", bytes: csv.length, sha256: sha(csv) }]);

    const asked = server.requests.length;
    const again = await service.pull(plan([file("/ok.zip")]), { dir });
    assert.equal(again.files[0]?.status, "present");
    assert.equal(server.requests.length, asked, "nothing was requested again");
  });

  test("a file changed on disk since its manifest is fetched again", async () => {
    server.routes.set("/edited.zip", { body: zip });
    const first = await service.pull(plan([file("/edited.zip")]), { dir });
    rmSync(first.files[0]?.unpacked[0] as string);
    const again = await service.pull(plan([file("/edited.zip")]), { dir });
    assert.equal(again.files[0]?.status, "downloaded");
  });

  test("a checksum or size that differs from the publisher's keeps nothing", async () => {
    server.routes.set("/bad.zip", { body: zip });
    for (const published of [{ sha256: "0".repeat(64) }, { size: zip.length + 1 }, { md5: "0".repeat(32) }]) {
      const sub = mkdtempSync(join(dir, "bad-"));
      await assert.rejects(
        service.pull(plan([file("/bad.zip", { published })]), { dir: sub }),
        (e: DownloadError) => e.code === "checksum" && /nothing was kept/.test(e.message),
      );
      assert.deepEqual(readdirSync(join(sub, "test-set", "1.0")), [], "no file, no part, no manifest");
    }
    const ok = await service.pull(
      plan([file("/bad.zip", { published: { sha256: sha(zip), size: zip.length } })]),
      {
        dir: mkdtempSync(join(dir, "good-")),
      },
    );
    const m = JSON.parse(readFileSync(ok.files[0]?.manifest as string, "utf8"));
    assert.deepEqual(m.verified, { sha256: "published", md5: "none", size: "published" });
  });

  test("a truncated download fails, keeps only its part, and the next run resumes it with a Range request", async () => {
    const sub = mkdtempSync(join(dir, "trunc-"));
    server.routes.set("/cut.zip", { truncateAt: 1000, body: zip });
    await assert.rejects(service.pull(plan([file("/cut.zip")]), { dir: sub }), (e: DownloadError) => {
      assert.equal(e.code, "truncated");
      assert.equal(e.retryable, true);
      return true;
    });
    const folder = join(sub, "test-set", "1.0");
    assert.deepEqual(readdirSync(folder), ["cut.zip.part"]);
    server.routes.set("/cut.zip", { body: zip });
    const report = await service.pull(plan([file("/cut.zip")]), { dir: sub });
    assert.equal(server.requests.at(-1)?.range, "bytes=1000-");
    assert.equal(report.files[0]?.sha256, sha(zip));
    assert.deepEqual(readFileSync(report.files[0]?.unpacked[0] as string), csv);
  });

  test("an HTTP error fails with its status; a missing optional slot (GDELT) is reported absent", async () => {
    server.routes.set("/down.zip", { status: 503 });
    const sub = mkdtempSync(join(dir, "err-"));
    await assert.rejects(service.pull(plan([file("/down.zip")]), { dir: sub }), (e: DownloadError) => {
      assert.equal(e.code, "http-status");
      assert.equal(e.status, 503);
      assert.equal(e.retryable, true);
      assert.match(e.message, /HTTP 503/);
      return true;
    });
    await assert.rejects(
      service.pull(plan([file("/nope.zip")]), { dir: sub }),
      (e: DownloadError) => e.status === 404 && !e.retryable,
    );
    const r = await service.pull(plan([file("/nope.zip", { optional: true }), file("/ok.zip")]), {
      dir: sub,
    });
    assert.deepEqual(
      r.files.map((f) => f.status),
      ["absent", "downloaded"],
    );
    assert.deepEqual(readdirSync(join(sub, "test-set", "1.0")).sort(), [
      "ok.zip",
      "ok.zip.manifest.json",
      "table.csv",
    ]);
  });

  test("a redirect is followed and the manifest records where the bytes came from", async () => {
    server.routes.set("/moved.zip", { redirect: "/ok.zip" });
    const r = await service.pull(plan([file("/moved.zip")]), { dir: mkdtempSync(join(dir, "redir-")) });
    const m = JSON.parse(readFileSync(r.files[0]?.manifest as string, "utf8"));
    assert.equal(m.url, `${server.url}/moved.zip`);
    assert.equal(m.finalUrl, `${server.url}/ok.zip`);
    assert.equal(m.sha256, sha(zip));
  });

  test("half-written files go on success, on a failure a retry would not mend, and on cancel; not on a broken connection", async () => {
    // Success sweeps a part an earlier killed run left behind.
    server.routes.set("/clean.zip", { body: zip });
    const ok = mkdtempSync(join(dir, "clean-ok-"));
    const folder = (d: string) => join(d, "test-set", "1.0");
    await service.pull(plan([file("/clean.zip")]), { dir: ok });
    writeFileSync(join(folder(ok), "clean.zip.part"), zip.subarray(0, 500)); // a killed run's, resumed
    writeFileSync(join(folder(ok), "table.csv.part"), "an entry half unpacked");
    rmSync(join(folder(ok), "clean.zip.manifest.json"));
    await service.pull(plan([file("/clean.zip")]), { dir: ok });
    assert.deepEqual(readdirSync(folder(ok)).sort(), ["clean.zip", "clean.zip.manifest.json", "table.csv"]);

    // A 404 will not mend: the part of the earlier truncated attempt goes too.
    const gone = mkdtempSync(join(dir, "clean-404-"));
    server.routes.set("/cut2.zip", { truncateAt: 1000, body: zip });
    await assert.rejects(service.pull(plan([file("/cut2.zip")]), { dir: gone }), /connection broke/);
    assert.deepEqual(readdirSync(folder(gone)), ["cut2.zip.part"], "kept for the retry");
    server.routes.delete("/cut2.zip");
    await assert.rejects(service.pull(plan([file("/cut2.zip")]), { dir: gone }), /HTTP 404/);
    assert.deepEqual(readdirSync(folder(gone)), []);

    // Cancelled mid-download (a big, incompressible file arrives in many chunks).
    const big = makeZip([{ name: "noise.bin", data: randomBytes(4 * 2 ** 20) }]);
    server.routes.set("/big.zip", { body: big });
    const cancelled = mkdtempSync(join(dir, "clean-cancel-"));
    const stop = new AbortController();
    let chunks = 0;
    await assert.rejects(
      service.pull(plan([file("/big.zip")]), {
        dir: cancelled,
        signal: stop.signal,
        onProgress: () => {
          if (++chunks === 1) stop.abort(new CancelledError("cancelled by a test"));
        },
      }),
    );
    assert.ok(chunks >= 1);
    assert.deepEqual(readdirSync(folder(cancelled)), [], "no part left after a cancel");
  });

  test("a pull job keeps its part for the next attempt, and removes it after the last", async () => {
    const jobDir = mkdtempSync(join(dir, "job-"));
    const breaking: Downloader = {
      async fetchTo(_url, partPath) {
        writeFileSync(partPath, "some bytes");
        throw new DownloadError("truncated", "the connection broke", true);
      },
    };
    const { pull } = importJobHandlers(
      null as never,
      new PullDatasetService(breaking, null, clock),
    ) as Record<string, JobHandler>;
    const payload = {
      dataset: "ucdp-brd",
      release: "25.1",
      import: false,
      dir: jobDir,
      actor: "t",
      clearance: "internal",
    };
    const ctx = { signal: new AbortController().signal, checkpoint: async () => {}, progress: () => {} };
    const job = (attempts: number) => ({ id: "j", kind: "pull", payload, attempts, maxAttempts: 3 }) as never;
    const parts = () => readdirSync(join(jobDir, "ucdp-brd", "25.1")).filter((n) => n.endsWith(".part"));
    await assert.rejects((pull as JobHandler)(job(1), ctx), /connection broke/);
    assert.equal(parts().length, 1, "kept: attempt 2 resumes it");
    await assert.rejects((pull as JobHandler)(job(3), ctx), /connection broke/);
    assert.deepEqual(parts(), [], "removed: no attempt is left");
  });

  test("a damaged archive is refused and removed", async () => {
    const broken = Buffer.from(zip);
    broken[60] = (broken[60] as number) ^ 0xff; // inside the deflated data
    server.routes.set("/broken.zip", { body: broken });
    const sub = mkdtempSync(join(dir, "broken-"));
    await assert.rejects(service.pull(plan([file("/broken.zip")]), { dir: sub }), /broken\.zip/);
    assert.equal(existsSync(join(sub, "test-set", "1.0", "broken.zip.manifest.json")), false);
    assert.equal(existsSync(join(sub, "test-set", "1.0", "broken.zip")), false);
  });
});
