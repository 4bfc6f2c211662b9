import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import {
  DownloadError,
  type Downloader,
  type DownloadOptions,
  type DownloadResult,
} from "../../ports/downloader.ts";

const USER_AGENT = "tocsin (offline-first atrocity early warning; dataset pull)";

/**
 * Downloads with Node's fetch (redirects followed), streaming to disk while hashing, never holding the
 * file in memory. A `.part` file from an interrupted attempt is resumed with an HTTP Range request when
 * the server honours it (206), and restarted when it does not (200). A body shorter than the announced
 * Content-Length is a `truncated` error that keeps the part for the next attempt.
 */
export class HttpDownloader implements Downloader {
  async fetchTo(url: string, partPath: string, options: DownloadOptions = {}): Promise<DownloadResult> {
    const have = existsSync(partPath) ? statSync(partPath).size : 0;
    const headers: Record<string, string> = { "user-agent": USER_AGENT };
    if (have > 0) headers.range = `bytes=${have}-`;
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: "follow", signal: options.signal });
    } catch (error) {
      throw new DownloadError("network", `${url}: ${causeText(error)}`, true);
    }
    if (response.status === 416 && have > 0) {
      // The part is already whole (or the server changed the file): start again from nothing.
      await response.body?.cancel();
      await rm(partPath, { force: true });
      return this.fetchTo(url, partPath, options);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new DownloadError(
        "http-status",
        `${url}: the server answered HTTP ${response.status} ${response.statusText}`.trim(),
        response.status >= 500 || response.status === 429,
        response.status,
      );
    }
    const resumed = response.status === 206 && have > 0;
    const offset = resumed ? have : 0;
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    const announced = Number.isFinite(length) ? offset + length : null;
    const sha256 = createHash("sha256");
    const md5 = createHash("md5");
    if (resumed) {
      for await (const chunk of createReadStream(partPath)) {
        sha256.update(chunk as Buffer);
        md5.update(chunk as Buffer);
      }
    }
    const out = createWriteStream(partPath, { flags: resumed ? "a" : "w" });
    let received = offset;
    try {
      if (!response.body) throw new DownloadError("truncated", `${url}: the answer has no body`, true);
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        sha256.update(chunk);
        md5.update(chunk);
        received += chunk.byteLength;
        if (!out.write(chunk)) await once(out, "drain");
        options.onBytes?.(received, announced);
      }
    } catch (error) {
      await closeStream(out);
      if (error instanceof DownloadError) throw error;
      throw new DownloadError(
        "truncated",
        `${url}: the connection broke after ${received} bytes${announced !== null ? ` of ${announced}` : ""} (${causeText(error)}); run again to resume`,
        true,
      );
    }
    await closeStream(out);
    if (announced !== null && received !== announced) {
      throw new DownloadError(
        "truncated",
        `${url}: received ${received} bytes where the server announced ${announced}; run again to resume`,
        true,
      );
    }
    return {
      url,
      finalUrl: response.url || url,
      bytes: received,
      sha256: sha256.digest("hex"),
      md5: md5.digest("hex"),
      resumedFrom: offset,
      announcedBytes: announced,
    };
  }
}

async function closeStream(out: ReturnType<typeof createWriteStream>): Promise<void> {
  if (out.closed) return;
  out.end();
  await once(out, "close");
}

function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
