import type { MiddlewareHandler } from "hono";
import { type FieldIssue, ValidationError } from "../domain/errors.ts";
import { MalformedBodyError } from "./errors.ts";

const MESSAGE = "must not contain a NUL character (U+0000): PostgreSQL cannot store it";

/** The paths (as validation errors write them) of every key or string holding U+0000 in a parsed JSON value. */
export function nulPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path.join(".") || "(body)"] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulPaths(v, [...path, String(i)]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) =>
      k.includes("\u0000") ? [[...path, k].join(".")] : nulPaths(v, [...path, k]),
    );
  return [];
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000: a body carrying one would fail deep in a write (a 500). This
 * refuses it up front as a 400 naming each field. JSON bodies, multipart fields (and file names) and the query string are scanned (the
 * body is read once; Hono caches it for the validators); a body that is not JSON is left to them.
 */
export const refuseNul: MiddlewareHandler = async (c, next) => {
  const issues: FieldIssue[] = [];
  for (const [key, values] of Object.entries(c.req.queries()))
    if (key.includes("\u0000") || values.some((v) => v.includes("\u0000")))
      issues.push({ path: key.replaceAll("\u0000", "\\u0000"), message: MESSAGE });
  const type = c.req.header("content-type") ?? "";
  // JSON itself, not "application/jsonl" (JSON Lines are streamed by their route: reading them here would
  // lock the body the route streams to disk).
  if (
    /^application\/(.+\+)?json\s*(?:;|$)/i.test(type) &&
    c.req.method !== "GET" &&
    c.req.method !== "HEAD"
  ) {
    const text = await c.req.text();
    if (text.includes("\\u0000")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined; // malformed: the validators say so
      }
      for (const path of nulPaths(parsed))
        issues.push({ path: path.replaceAll("\u0000", "\\u0000"), message: MESSAGE });
    }
  }
  if (/^multipart\/form-data/i.test(type)) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      // Hono caches the failed parse: answer for the validators, as they would.
      throw new MalformedBodyError("the multipart/form-data body does not parse");
    }
    for (const [key, value] of form as unknown as Iterable<[string, string | File]>)
      if (key.includes("\u0000") || (typeof value === "string" ? value : value.name).includes("\u0000"))
        issues.push({ path: key.replaceAll("\u0000", "\\u0000"), message: MESSAGE });
  }
  if (issues.length > 0)
    throw new ValidationError(
      `invalid input: ${issues.map((i) => `${i.path}: ${MESSAGE}`).join("; ")}`,
      issues,
    );
  await next();
};
