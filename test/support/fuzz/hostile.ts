import type { Rng } from "../../../src/app/demo/scenario/prng.ts";

/** Seeds: TOCSIN_FUZZ_SEED replays a run; otherwise a fixed seed keeps CI reproducible. */
export function fuzzSeed(fallback: number): number {
  const raw = process.env.TOCSIN_FUZZ_SEED;
  return raw === undefined ? fallback : Number(raw) >>> 0;
}

/** TOCSIN_FUZZ_SCALE=10 runs ten times as many cases (default 1, the CI size). */
export function fuzzScale(): number {
  const n = Number(process.env.TOCSIN_FUZZ_SCALE ?? "1");
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** Hostile text: control bytes, bidi overrides, markup, SQL, formula injection, lone surrogates, long runs. */
export const HOSTILE_TEXT: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202e\u202dreversed",
  "\ud800",
  "\uffff\ufffe",
  "<script>alert(1)</script>",
  "'; DROP TABLE events; --",
  "=cmd|' /C calc'!A0",
  ["$", "{jndi:ldap://x}"].join(""), // a log4shell probe, built so that it is not a template
  "../../etc/passwd",
  "%00%ff",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "-1",
  "99999999999999999999",
  "0x1F",
  "2021-02-30",
  "2021-13-01",
  "0000-00-00",
  "9999-12-31T99:99:99Z",
  "null",
  "undefined",
  "true",
  "__proto__",
  "constructor",
  "\r\n",
  '"',
  '""',
  ",",
  "\t",
  "😀".repeat(50),
  "Ω≈ç√∫",
  "x".repeat(5000),
];

/** Hostile JSON values for a field of any type. */
export function hostileValue(rng: Rng): unknown {
  switch (rng.between(0, 14)) {
    case 0:
      return null;
    case 1:
      return rng.pick([0, -1, 1.5, -1e308, 1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER]);
    case 2:
      return rng.pick([true, false]);
    case 3:
      return [];
    case 4:
      return {};
    case 5:
      return [rng.pick(HOSTILE_TEXT), null, 3];
    case 6:
      return { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } };
    case 7:
      return nested(rng.between(50, 400));
    case 8:
      return "z".repeat(rng.between(501, 20_000));
    case 9:
      return { "": "", "\u0000": 1 };
    default:
      return rng.pick(HOSTILE_TEXT);
  }
}

function nested(depth: number): unknown {
  let v: unknown = "deep";
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/**
 * A hostile variant of a valid JSON object: a field dropped, retyped or set to a hostile value, an unknown or
 * server-set field added, a nested field broken, or the whole body replaced.
 */
export function mutateObject(rng: Rng, body: Record<string, unknown>): unknown {
  const keys = Object.keys(body);
  const copy: Record<string, unknown> = structuredClone(body);
  const key = keys.length ? rng.pick(keys) : "x";
  switch (rng.between(0, 11)) {
    case 0:
      delete copy[key];
      return copy;
    case 1:
      copy[rng.pick(["id", "version", "createdAt", "sha256", "unknownField", "__proto__", "constructor"])] =
        1;
      return copy;
    case 2:
      return rng.pick([null, [], "text", 42, true, [copy]]);
    case 3: {
      // Several fields at once.
      for (const k of keys) if (rng.next() < 0.4) copy[k] = hostileValue(rng);
      return copy;
    }
    case 4: {
      const inner = copy[key];
      if (inner && typeof inner === "object" && !Array.isArray(inner)) {
        const innerKeys = Object.keys(inner);
        if (innerKeys.length) (inner as Record<string, unknown>)[rng.pick(innerKeys)] = hostileValue(rng);
        return copy;
      }
      copy[key] = hostileValue(rng);
      return copy;
    }
    default:
      copy[key] = hostileValue(rng);
      return copy;
  }
}

/** Raw bodies that are not JSON, or barely are. */
export function hostileRawBody(rng: Rng, valid: string): Uint8Array | string {
  switch (rng.between(0, 8)) {
    case 0:
      return valid.slice(0, rng.between(0, Math.max(0, valid.length - 1)));
    case 1:
      return Buffer.concat([
        Buffer.from(valid.slice(0, 5)),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from(valid.slice(5)),
      ]);
    case 2:
      return `\ufeff${valid}`;
    case 3:
      return "[".repeat(rng.between(1000, 100_000));
    case 4:
      return `${valid}${valid}`;
    case 5:
      return `{"a": ${"9".repeat(rng.between(400, 5000))}}`;
    case 6:
      return "";
    case 7:
      return `{"title": "${"a".repeat(1024 * 1024 + 10)}"}`; // over the 1 MiB JSON limit
    default:
      return valid.replaceAll('"', "'");
  }
}
