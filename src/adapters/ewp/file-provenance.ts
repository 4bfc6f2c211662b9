/** Where a forecast's data came from, byte for byte: a file's base name, SHA-256 and size. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { ForecastInput } from "../../domain/risk/stored-forecast.ts";

export function fileProvenance(path: string, role: ForecastInput["role"]): ForecastInput {
  const bytes = readFileSync(path);
  return {
    role,
    fileName: basename(path),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  };
}
