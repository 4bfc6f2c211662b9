import assert from "node:assert/strict";
import { test } from "node:test";
import { base32Decode, base32Encode } from "./base32.ts";
import { hotp, stepOf, type TotpAlgorithm, totp, totpStep, verifyTotp } from "./totp.ts";

// RFC 6238 Appendix B: 8 digits, 30 s steps, the ASCII seeds of 20, 32 and 64 bytes.
const SEEDS: Record<TotpAlgorithm, Buffer> = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const VECTORS: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

test("TOTP gives every RFC 6238 test vector (SHA-1, SHA-256, SHA-512)", () => {
  for (const [time, sha1, sha256, sha512] of VECTORS) {
    assert.equal(totp(SEEDS.sha1, time, { algorithm: "sha1", digits: 8 }), sha1, `sha1 at ${time}`);
    assert.equal(totp(SEEDS.sha256, time, { algorithm: "sha256", digits: 8 }), sha256, `sha256 at ${time}`);
    assert.equal(totp(SEEDS.sha512, time, { algorithm: "sha512", digits: 8 }), sha512, `sha512 at ${time}`);
  }
});

test("HOTP gives the RFC 4226 Appendix D values", () => {
  const expected = [
    "755224",
    "287082",
    "359152",
    "969429",
    "338314",
    "254676",
    "287922",
    "162583",
    "399871",
    "520489",
  ];
  for (const [counter, code] of expected.entries()) assert.equal(hotp(SEEDS.sha1, counter, "sha1", 6), code);
});

test("verifyTotp accepts the code of now and of one step either side, nothing further or malformed", () => {
  const secret = base32Encode(SEEDS.sha1);
  const now = 1_700_000_000;
  const at = (t: number) => totp(SEEDS.sha1, t);
  assert.equal(verifyTotp(secret, at(now), now), true);
  assert.equal(verifyTotp(secret, at(now - 30), now), true);
  assert.equal(verifyTotp(secret, at(now + 30), now), true);
  assert.notEqual(at(now - 90), at(now));
  assert.equal(verifyTotp(secret, at(now - 90), now), false);
  assert.equal(verifyTotp(secret, "12345", now), false);
  assert.equal(verifyTotp(secret, "abcdef", now), false);
  assert.equal(verifyTotp("not base32 !", at(now), now), false);
});

test("base32 round-trips and matches RFC 4648's examples", () => {
  assert.equal(base32Encode(Buffer.from("foobar")), "MZXW6YTBOI");
  assert.equal(base32Decode("MZXW6YTBOI======")?.toString(), "foobar");
  assert.equal(base32Decode("mzxw 6ytb oi")?.toString(), "foobar");
  assert.equal(base32Decode("M1"), null);
});

test("totpStep names the step a code belongs to (the latest matching one), or null", () => {
  const secret = base32Encode(SEEDS.sha1);
  const now = 1_700_000_010;
  const at = (t: number) => totp(SEEDS.sha1, t);
  assert.equal(stepOf(now), Math.floor(now / 30));
  assert.equal(totpStep(secret, at(now), now), stepOf(now));
  assert.equal(totpStep(secret, at(now - 30), now), stepOf(now) - 1);
  assert.equal(totpStep(secret, at(now + 30), now), stepOf(now) + 1);
  assert.equal(totpStep(secret, at(now - 90), now), null);
  assert.equal(totpStep(secret, "1234567", now), null);
});
