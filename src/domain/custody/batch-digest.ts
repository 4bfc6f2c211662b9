import { createHash } from "node:crypto";

/**
 * The fingerprint of a bulk batch recorded in its custody entry: SHA-256 of its record ids in order, one
 * per line. Anyone holding the ids (for time-ordered ids: the stored ids between the entry's first and last)
 * can recompute it and see that no row was added, dropped or swapped.
 */
export function idsDigest(ids: readonly string[]): string {
  const hash = createHash("sha256");
  for (let i = 0; i < ids.length; i++) hash.update(i === 0 ? (ids[i] as string) : `\n${ids[i]}`);
  return hash.digest("hex");
}
