/** What a finished download was: where it came from, how many bytes, and their hashes. */
export interface DownloadResult {
  url: string;
  /** The URL that answered after redirects. */
  finalUrl: string;
  bytes: number;
  sha256: string;
  md5: string;
  /** Bytes kept from an earlier interrupted attempt (HTTP Range), 0 when the download started afresh. */
  resumedFrom: number;
  /** The Content-Length the server announced for the whole file, when it did. */
  announcedBytes: number | null;
}

export interface DownloadOptions {
  onBytes?: (received: number, total: number | null) => void;
  signal?: AbortSignal;
}

/**
 * Fetches a URL into a file. An interrupted download leaves `partPath` behind so that the next attempt
 * resumes it; a complete one is left at `partPath` for the caller to verify and rename.
 */
export interface Downloader {
  fetchTo(url: string, partPath: string, options?: DownloadOptions): Promise<DownloadResult>;
}

/** Why a download failed, with a stable code the CLI and the job queue can act on. */
export class DownloadError extends Error {
  constructor(
    readonly code: "http-status" | "truncated" | "network" | "checksum" | "size",
    message: string,
    /** Worth trying again later (a network hiccup, a 5xx), as opposed to a 404 or a wrong checksum. */
    readonly retryable: boolean,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = "DownloadError";
  }
}
