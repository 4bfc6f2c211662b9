import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BlobStore } from "../../ports/blob-store.ts";

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Blobs as read-only files under `<data>/blobs/ab/cd/<sha256>`. A write goes to a temporary file first and
 * is renamed into place, so a crash never leaves a half-written original under its hash.
 */
export class FileBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  #path(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256 hash: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<{ sha256: string; size: number }> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const path = this.#path(sha256);
    if (!(await this.has(sha256))) {
      await mkdir(join(path, ".."), { recursive: true });
      const temp = join(this.root, `.tmp-${randomUUID()}`);
      await writeFile(temp, bytes, { flag: "wx" });
      await chmod(temp, 0o444);
      await rename(temp, path).catch(async (error) => {
        await rm(temp, { force: true });
        throw error;
      });
    }
    return { sha256, size: bytes.byteLength };
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.#path(sha256)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await stat(this.#path(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async rehash(sha256: string): Promise<string | null> {
    if (!(await this.has(sha256))) return null;
    const hash = createHash("sha256");
    for await (const chunk of createReadStream(this.#path(sha256))) hash.update(chunk as Buffer);
    return hash.digest("hex");
  }

  async *list(): AsyncIterable<string> {
    const level = async (dir: string) => readdir(dir).catch(() => [] as string[]);
    for (const a of (await level(this.root)).filter((n) => n.length === 2).sort()) {
      for (const b of (await level(join(this.root, a))).sort()) {
        for (const name of (await level(join(this.root, a, b))).sort()) if (SHA256.test(name)) yield name;
      }
    }
  }
}
