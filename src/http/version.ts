import { ValidationError } from "../domain/errors.ts";
import { VersionRequiredError } from "./errors.ts";

/**
 * Optimistic concurrency over HTTP: every record's `version` is its ETag (`"3"`), and a PATCH must send
 * the version it read back in `If-Match`. A stale version gets 409 `stale-version` from the service.
 */
export function etag(version: number): string {
  return `"${version}"`;
}

export function expectedVersion(ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === "") throw new VersionRequiredError();
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(ifMatch);
  if (!match?.[1]) {
    const message = 'expected one version as an entity tag, for example "3"';
    throw new ValidationError(`If-Match: ${message}`, [{ path: "If-Match", message }]);
  }
  return Number(match[1]);
}
