import { ValidationError } from "../../domain/errors.ts";

/**
 * Keyset pagination: the cursor is the sort key and id of the last item of a page, as opaque base64url
 * JSON. Pages stay stable while records are added, unlike OFFSET.
 */
export function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString("base64url");
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) {
      return value as [string, string];
    }
  } catch {
    // falls through to the error below
  }
  throw new ValidationError("invalid cursor", [
    { path: "cursor", message: "not a cursor returned by this API" },
  ]);
}
