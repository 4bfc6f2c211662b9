import { readFileSync } from "node:fs";

/** The package's own version and licence, read once, so the API never states them differently. */
export const PACKAGE = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
  license: string;
};
