import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Session ids, API tokens and CSRF tokens: 256 random bits, base64url. Session ids and tokens are stored
 * only as their SHA-256 (a stolen database or backup gives no working credential); they are random enough
 * that a fast hash is the right one (a slow one is for guessable passwords).
 */
export const TOKEN_PREFIX = "tocsin_";

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function newApiToken(): string {
  return `${TOKEN_PREFIX}${newSecret()}`;
}

export function digestSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
