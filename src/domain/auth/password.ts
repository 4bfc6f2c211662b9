import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Password hashing with scrypt from node:crypto (no extra dependency). Parameters: N = 2^15, r = 8, p = 1,
 * a 16-byte random salt and a 32-byte key: the OWASP Password Storage Cheat Sheet's scrypt minimum
 * (N=2^17 is its first choice; with 2^15 one verification took 284 ms on the shared 2-core development
 * machine at load average 5.8, and about 32 MiB). The stored form
 * names its parameters, `scrypt$N=32768,r=8,p=1$<salt>$<key>` (base64url), so they can be raised later
 * without invalidating existing hashes.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

/** Longer passphrases are welcome; past this, hashing would be an easy way to burn the server's CPU. */
export const MAX_PASSWORD_LENGTH = 1024;
export const MIN_PASSWORD_LENGTH = 12;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}

export async function hashPassword(password: string, salt: Buffer = randomBytes(SCRYPT_PARAMS.saltLength)) {
  const { N, r, p, keyLength } = SCRYPT_PARAMS;
  const key = await derive(password, salt, keyLength, { N, r, p });
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

/** True when `password` matches `stored`; false for a wrong password or a hash it cannot read. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.options);
  return timingSafeEqual(key, parsed.key);
}

/** A hash of no password, verified against when the account does not exist, so timing does not tell. */
export const DUMMY_HASH =
  "scrypt$N=32768,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

function parseHash(stored: string) {
  const m = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/.exec(stored);
  if (!m) return null;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Refuse parameters no hash of ours has: a tampered row must not make the server allocate gigabytes.
  if (N < 2 ** 10 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  const key = Buffer.from(m[5] as string, "base64url");
  if (key.length < 16 || key.length > 64) return null;
  return { salt: Buffer.from(m[4] as string, "base64url"), key, options: { N, r, p } };
}

function derive(password: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  const { N = 0, r = 0, p = 1 } = options;
  // scrypt needs 128 * N * r * p bytes; Node's default ceiling (32 MiB) is exactly N=2^15, r=8.
  const maxmem = 256 * N * r * p;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, length, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
