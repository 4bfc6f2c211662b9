import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { ValidationError } from "../../domain/errors.ts";

export interface StoredUpload {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Streams a request body to DATA/imports/ while hashing it (never whole in memory), and names the file by
 * its SHA-256: the same bytes uploaded twice are one file and, in the same format, one job.
 */
export async function storeUpload(
  dataDir: string,
  body: ReadableStream<Uint8Array> | null,
  /** Checked before the file takes its name: a refused upload leaves nothing behind. */
  check?: (path: string) => Promise<void>,
  /**
   * `folder` under the data folder (default "imports"); `unique`: a file of its own (`<sha256>-<uuid>.data`)
   * instead of one per content, for uploads removed when their job is done (screening posts).
   */
  options: { folder?: string; unique?: boolean } = {},
): Promise<StoredUpload> {
  if (!body) throw emptyFile();
  const dir = join(dataDir, options.folder ?? "imports");
  mkdirSync(dir, { recursive: true });
  const part = join(dir, `upload-${randomUUID()}.part`);
  const hash = createHash("sha256");
  const out = createWriteStream(part);
  let size = 0;
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      size += chunk.byteLength;
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "close");
  } catch (error) {
    out.destroy();
    await rm(part, { force: true });
    throw error;
  }
  if (size === 0) {
    await rm(part, { force: true });
    throw emptyFile();
  }
  if (check) {
    try {
      await check(part);
    } catch (error) {
      await rm(part, { force: true });
      throw error;
    }
  }
  const sha256 = hash.digest("hex");
  const path = join(dir, options.unique ? `${sha256}-${randomUUID()}.data` : `${sha256}.data`);
  await rename(part, path);
  return { path, sha256, size };
}

function emptyFile(): ValidationError {
  return new ValidationError("file: the request body is empty", [
    { path: "body", message: "send the file's bytes as the request body" },
  ]);
}
