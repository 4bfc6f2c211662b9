import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { base32Decode, base32Encode } from "./base32.ts";

/**
 * TOTP second factor (RFC 6238 over RFC 4226 HOTP), written on node:crypto's HMAC. Authenticator apps use
 * SHA-1, 30-second steps and 6 digits; the other algorithms are here for the RFC's test vectors.
 */
export type TotpAlgorithm = "sha1" | "sha256" | "sha512";

export interface TotpOptions {
  algorithm?: TotpAlgorithm;
  digits?: number;
  stepSeconds?: number;
}

export const TOTP_DEFAULTS = { algorithm: "sha1", digits: 6, stepSeconds: 30 } as const;
/** Steps accepted either side of now: the clocks of a phone and a server drift. */
export const TOTP_WINDOW = 1;

/** RFC 4226 HOTP: the code for one counter value. */
export function hotp(secret: Uint8Array, counter: number, algorithm: TotpAlgorithm, digits: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** The code at `unixSeconds`. */
export function totp(secret: Uint8Array, unixSeconds: number, options: TotpOptions = {}): string {
  const { algorithm, digits, stepSeconds } = { ...TOTP_DEFAULTS, ...options };
  return hotp(secret, Math.floor(unixSeconds / stepSeconds), algorithm, digits);
}

/** Whether `code` is the code of a step within TOTP_WINDOW of `unixSeconds` (compared in constant time). */
export function verifyTotp(secretBase32: string, code: string, unixSeconds: number): boolean {
  return totpStep(secretBase32, code, unixSeconds) !== null;
}

/** The time step (unix seconds / 30) a TOTP code belongs to. */
export function stepOf(unixSeconds: number): number {
  return Math.floor(unixSeconds / TOTP_DEFAULTS.stepSeconds);
}

/**
 * The step within TOTP_WINDOW of `unixSeconds` whose code `code` is, or null. Every step of the window is
 * compared (in constant time) whatever matched; the latest matching step wins. A login accepts a code only
 * for a step later than the account's last accepted one (the replay guard, AuthStore.claimTotpStep).
 */
export function totpStep(secretBase32: string, code: string, unixSeconds: number): number | null {
  const secret = base32Decode(secretBase32);
  const given = code.replace(/\s/g, "");
  if (!secret || secret.length === 0 || !/^\d{6}$/.test(given)) return null;
  let step: number | null = null;
  for (let d = -TOTP_WINDOW; d <= TOTP_WINDOW; d++) {
    const at = unixSeconds + d * TOTP_DEFAULTS.stepSeconds;
    if (timingSafeEqual(Buffer.from(totp(secret, at)), Buffer.from(given))) step = stepOf(at);
  }
  return step;
}

/** A new 160-bit secret, base32 (what authenticator apps take). */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The otpauth:// URI an authenticator app reads (as text or a QR code). */
export function otpauthUri(secretBase32: string, account: string, issuer = "tocsin"): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}
