/**
 * Where original documents live: content-addressed by SHA-256, written once and never modified
 * (Berkeley Protocol: keep an untouched copy of each collected item apart from working copies).
 */
export interface BlobStore {
  /** Stores the bytes (once per content) and returns their SHA-256 and size. */
  put(bytes: Uint8Array): Promise<{ sha256: string; size: number }>;
  /** The original bytes, or null when no blob has that hash. */
  get(sha256: string): Promise<Uint8Array | null>;
  has(sha256: string): Promise<boolean>;
  /** Recomputes the hash of the stored bytes: null when missing. */
  rehash(sha256: string): Promise<string | null>;
  /** Every stored hash, for verification and backup. */
  list(): AsyncIterable<string>;
}
