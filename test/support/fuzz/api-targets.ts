import type { Rng } from "../../../src/app/demo/scenario/prng.ts";
import { HOSTILE_TEXT, hostileRawBody, hostileValue, mutateObject } from "./hostile.ts";

/** One hostile request: what the fuzzer sends. */
export interface FuzzRequest {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: BodyInit;
}

/** A route that takes a body, with a valid body to start from. `etag` reads the version a PATCH needs. */
export interface Target {
  name: string;
  method: "POST" | "PATCH" | "PUT";
  path: string;
  body: () => Record<string, unknown>;
  etagOf?: string;
  /** multipart (documents), raw bytes (imports) or posts to screen (screenings) instead of JSON. */
  kind?: "json" | "multipart" | "upload" | "posts";
}

const BAD_IDS = ["x", "00000000-0000-0000-0000-000000000000", "%2e%2e%2f", "1 OR 1=1", "😀", "a".repeat(300)];
const BAD_IF_MATCH = ['"0"', '"-1"', "*", '"abc"', 'W/"1"', '"999999999999999999999"', ""];
const BAD_TYPES = [
  "text/plain",
  "application/xml",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-16",
  "",
  "image/png",
];

/** Percent-encodes; a lone surrogate (which cannot be encoded) becomes its raw, invalid UTF-8 escapes. */
function enc(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return "%ED%A0%80";
  }
}

/** Builds case `i` of a run: the same seed and index give the same request. */
export function hostileRequest(rng: Rng, target: Target, etag: string | null): FuzzRequest {
  const headers: Record<string, string> = {};
  if (etag) headers["If-Match"] = etag;
  let path = target.path;
  const mode = rng.between(0, 99);
  const label = (what: string) => `${target.name} ${what}`;

  if (mode < 8) {
    // The path or the query: a bad id, a hostile reason, an unknown parameter.
    const what = rng.between(0, 2);
    if (what === 0 && /[0-9a-f-]{36}/.test(path))
      path = path.replace(/[0-9a-f-]{36}/, enc(rng.pick(BAD_IDS)));
    else if (what === 1) path += `?reason=${enc(String(rng.pick(HOSTILE_TEXT)))}`;
    else path += `?${enc(rng.pick(HOSTILE_TEXT) || "q")}=1`;
    return {
      label: label("path/query"),
      method: target.method,
      path,
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(target.body()),
    };
  }
  if (mode < 16) {
    // A header: If-Match, clearance, actor or content type.
    const which = rng.between(0, 3);
    if (which === 0) headers["If-Match"] = rng.pick(BAD_IF_MATCH);
    if (which === 1) headers["X-Tocsin-Clearance"] = rng.pick(["secret", "CONFIDENTIAL ", "", "top"]);
    if (which === 2) headers["X-Tocsin-Actor"] = rng.pick(["", " ", "a".repeat(201), "x\ty"]);
    const json = target.kind === undefined || target.kind === "json";
    headers["content-type"] =
      which === 3 ? rng.pick(BAD_TYPES) : json ? "application/json" : "application/octet-stream";
    return {
      label: label(`header ${which}`),
      method: target.method,
      path,
      headers,
      body: JSON.stringify(target.body()),
    };
  }
  if (target.kind === "multipart") return multipart(rng, target, headers, label);
  if (target.kind === "upload") return upload(rng, target, headers, label);
  if (target.kind === "posts") return posts(rng, target, headers, label);
  if (mode < 30) {
    headers["content-type"] = "application/json";
    return {
      label: label("raw body"),
      method: target.method,
      path,
      headers,
      body: hostileRawBody(rng, JSON.stringify(target.body())) as BodyInit,
    };
  }
  headers["content-type"] = "application/json";
  return {
    label: label("json field"),
    method: target.method,
    path,
    headers,
    body: JSON.stringify(mutateObject(rng, target.body())),
  };
}

function multipart(
  rng: Rng,
  target: Target,
  headers: Record<string, string>,
  label: (w: string) => string,
): FuzzRequest {
  const form = new FormData();
  const fields = mutateObject(rng, target.body());
  const what = rng.between(0, 4);
  if (what !== 0) {
    const bytes = what === 1 ? new Uint8Array(0) : Buffer.from(String(rng.pick(HOSTILE_TEXT)) || "x");
    form.append(
      "file",
      new Blob([bytes], {
        type: rng.pick(["text/plain", "application/x-msdownload", "", "text/html", "image/svg+xml"]),
      }),
      rng.pick(["a.txt", "../../x.exe", "", "x".repeat(300), "r\u0000.pdf"]),
    );
  }
  if (fields && typeof fields === "object" && !Array.isArray(fields))
    for (const [k, v] of Object.entries(fields))
      form.append(k, typeof v === "string" ? v : JSON.stringify(v ?? null));
  if (what === 4)
    return {
      label: label("multipart junk"),
      method: target.method,
      path: target.path,
      headers: { ...headers, "content-type": "multipart/form-data; boundary=zzz" },
      body: '--zzz\r\nContent-Disposition: form-data; name="file"\r\n\r\nunterminated',
    };
  return { label: label("multipart"), method: target.method, path: target.path, headers, body: form };
}

const FORMATS = ["ucdp-ged", "ucdp-candidate", "ucdp-onesided", "ucdp-brd", "acled", "gdelt", "csv"];

function upload(
  rng: Rng,
  target: Target,
  headers: Record<string, string>,
  label: (w: string) => string,
): FuzzRequest {
  const what = rng.between(0, 3);
  if (what === 0) {
    // A pull named in JSON, mutated.
    headers["content-type"] = "application/json";
    return {
      label: label("pull json"),
      method: "POST",
      path: target.path,
      headers,
      body: JSON.stringify(mutateObject(rng, target.body())),
    };
  }
  const format = rng.pick([...FORMATS, "nope", "", "../x"]);
  const q = new URLSearchParams({ format });
  if (format === "csv" || rng.next() < 0.2)
    q.set("mapping", rng.pick(["{", "[]", '{"id": 1}', JSON.stringify(hostileValue(rng)) ?? "null"]));
  if (rng.next() < 0.3) q.set("jsonLines", rng.pick(["true", "yes", "1"]));
  if (rng.next() < 0.3) q.set("fileName", String(rng.pick(HOSTILE_TEXT)));
  if (rng.next() < 0.2) q.set("accessed", rng.pick(["2026-02-30", "yesterday", "2026-01-01"]));
  const size = rng.between(0, 3000);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++)
    bytes[i] = what === 1 ? rng.between(0, 255) : rng.pick([44, 10, 34, 97, 49, 13, 9]);
  headers["content-type"] = rng.pick([
    "text/csv",
    "application/octet-stream",
    "text/plain",
    "application/x-ndjson",
  ]);
  return {
    label: label(`upload ${format}`),
    method: "POST",
    path: `${target.path}?${q}`,
    headers,
    body: bytes,
  };
}

/** A batch of posts to screen (POST /api/v1/screenings): text, JSON Lines, bytes, empty; hostile format and type. */
function posts(
  rng: Rng,
  target: Target,
  headers: Record<string, string>,
  label: (w: string) => string,
): FuzzRequest {
  const what = rng.between(0, 5);
  const lines = Array.from({ length: rng.between(1, 12) }, () => String(rng.pick(HOSTILE_TEXT)));
  let body: string | Uint8Array;
  if (what === 0) body = lines.join(rng.pick(["\n", "\r\n", "\r", "\u2028"]));
  else if (what === 1)
    body = lines
      .map((text) =>
        rng.next() < 0.2
          ? String(rng.pick(HOSTILE_TEXT))
          : JSON.stringify({ id: hostileValue(rng), text: rng.next() < 0.8 ? text : hostileValue(rng) }),
      )
      .join("\n");
  else if (what === 2) {
    const bytes = Buffer.alloc(rng.between(1, 3000));
    for (let i = 0; i < bytes.length; i++) bytes[i] = rng.between(0, 255);
    body = bytes;
  } else if (what === 3) body = "";
  else if (what === 4) body = `${"vermin ".repeat(rng.between(1, 3000))}\n${lines[0]}`;
  else body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe]), Buffer.from(lines.join("\n"))]);
  headers["content-type"] = rng.pick([
    "text/plain",
    "application/x-ndjson",
    "application/jsonl",
    "application/octet-stream",
    "",
    "application/json",
    "text/csv",
    "multipart/form-data; boundary=x",
  ]);
  if (headers["content-type"] === "") delete headers["content-type"];
  const format = rng.pick(["auto", "text", "jsonl", "", "xml", "../x", String(rng.pick(HOSTILE_TEXT))]);
  return {
    label: label(`posts ${what}`),
    method: "POST",
    path: `${target.path}?${new URLSearchParams({ format })}`,
    headers,
    body: body as BodyInit,
  };
}
