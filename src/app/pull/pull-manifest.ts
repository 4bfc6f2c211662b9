import { existsSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";

/**
 * The manifest written beside each download (`FILE.manifest.json`): where it came from, when, how many
 * bytes, their hashes, what was checked against the publisher, the licence that comes with it, and the
 * files unpacked from it. It is written last, so its presence means the download is whole.
 */
export interface PullManifest {
  dataset: string;
  title: string;
  release: string;
  url: string;
  finalUrl: string;
  fetchedAt: string;
  bytes: number;
  sha256: string;
  md5: string;
  /** What was compared with the publisher's own figures ("computed" when the publisher gives none). */
  verified: {
    sha256: "published" | "computed";
    md5: "published" | "none";
    size: "published" | "content-length" | "none";
  };
  licence: string;
  attribution: string;
  homepage: string;
  unpacked: { name: string; bytes: number; sha256: string }[];
}

export function manifestPath(file: string): string {
  return `${file}.manifest.json`;
}

export function readManifest(file: string): PullManifest | null {
  const path = manifestPath(file);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PullManifest;
  } catch {
    return null; // a damaged manifest means "download again"
  }
}

export async function writeManifest(file: string, manifest: PullManifest): Promise<void> {
  const path = manifestPath(file);
  await writeFile(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}
