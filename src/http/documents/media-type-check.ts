import { ValidationError } from "../../domain/errors.ts";

/** Leading bytes of the kinds a declared type is checked against (magic numbers). */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  "application/pdf": (b) => starts(b, [0x25, 0x50, 0x44, 0x46]), // %PDF
  "image/png": (b) => starts(b, [0x89, 0x50, 0x4e, 0x47]),
  "image/jpeg": (b) => starts(b, [0xff, 0xd8, 0xff]),
  "image/gif": (b) => starts(b, [0x47, 0x49, 0x46, 0x38]),
  "application/zip": (b) => starts(b, [0x50, 0x4b]),
};

function starts(b: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

/**
 * Upload type check: a declared type whose bytes plainly are something else (a "PDF" without %PDF) is refused,
 * naming the field. Any type stays acceptable as evidence (HTML and SVG included): originals are always served
 * as attachments in a CSP sandbox with nosniff (documents.routes.ts), so none is ever rendered by the site.
 */
export function checkMediaType(mediaType: string | undefined, bytes: Uint8Array, field: string): void {
  if (!mediaType) return;
  const type = mediaType.toLowerCase();
  const matches = SIGNATURES[type];
  if (matches && !matches(bytes))
    throw new ValidationError(`${field}: the bytes are not ${type}`, [
      { path: field, message: `the file's bytes do not look like ${type}` },
    ]);
}
