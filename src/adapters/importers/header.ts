import type { EventFormat } from "../../domain/importers/import-record.ts";

export class HeaderError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly missing: string[] = [],
  ) {
    super(`${file}: ${message}`);
  }
}

export type HeaderDecision =
  | { kind: "header"; columns: string[] }
  | { kind: "headerless"; columns: readonly string[] };

/**
 * Decides from the first record whether the file has a header, and refuses a file whose columns are wrong
 * before any row loads: a field read under a wrong name must never become a silent zero. Files that may be
 * published without a header (UCDP Candidate) are recognised by their first record holding data, not names.
 */
export function decideHeader(file: string, format: EventFormat, first: string[]): HeaderDecision {
  const names = first.map((c) => c.trim());
  const missing = format.columns.filter((c) => !names.includes(c));
  if (missing.length === 0) {
    const duplicated = names.filter((n, i) => n !== "" && names.indexOf(n) !== i);
    if (duplicated.length > 0)
      throw new HeaderError(file, `duplicated columns: ${[...new Set(duplicated)].join(", ")}`);
    return { kind: "header", columns: names };
  }
  const order = format.headerlessOrder;
  const looksLikeData = /^\d+$/.test(names[0] ?? "") && !names.some((n) => format.columns.includes(n));
  if (order && looksLikeData) {
    if (first.length !== order.length) {
      throw new HeaderError(
        file,
        `no header row, and ${first.length} columns where ${format.name} has ${order.length}`,
      );
    }
    return { kind: "headerless", columns: order };
  }
  if (missing.length > format.columns.length / 2) {
    const some = missing.slice(0, 6).join(", ");
    throw new HeaderError(
      file,
      `not a ${format.name} file: ${missing.length} of the ${format.columns.length} columns it needs are missing (${some}, ...)`,
      missing,
    );
  }
  // A few missing: name each, with a near name found in the file (a renamed column).
  const unused = names.filter((n) => !format.columns.includes(n));
  const hints = missing.map((m) => {
    const near = unused.find((n) => similar(n, m));
    return near ? `${m} (found "${near}")` : m;
  });
  throw new HeaderError(file, `not a ${format.name} file: missing columns ${hints.join(", ")}`, missing);
}

/** Near names: the same letters in another case or separator, or all words but one in common ("violence_type"). */
function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (norm(a) === norm(b)) return true;
  const words = (s: string) =>
    new Set(
      s
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );
  const wa = words(a);
  const wb = words(b);
  const common = [...wa].filter((w) => wb.has(w)).length;
  const most = Math.max(wa.size, wb.size);
  return most > 1 && common >= most - 1;
}
