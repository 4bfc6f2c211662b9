import type { FieldProblem } from "../../api/client.ts";

/**
 * Cheap client-side checks mirroring the domain's zod schemas (src/domain/evidence: dates.ts, places.ts,
 * fatalities.ts, entities.ts), so the common mistakes show before a round trip. The API stays the judge: what
 * it finds (lengths, patterns, references) comes back as problem+json and lands beside the same fields.
 */
export class Checker {
  readonly problems: FieldProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Trimmed text, required and non-empty. */
  text(path: string, raw: string | undefined): string {
    const v = (raw ?? "").trim();
    if (!v) this.add(path, "required");
    return v;
  }

  /** Empty means null. */
  optional(raw: string | undefined): string | null {
    const v = (raw ?? "").trim();
    return v ? v : null;
  }

  /** A calendar date as YYYY-MM-DD (no 31 February), or null when empty and allowed. */
  date(path: string, raw: string | undefined, required = false): string | null {
    const v = (raw ?? "").trim();
    if (!v) {
      if (required) this.add(path, "required");
      return null;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) this.add(path, "expected a date as YYYY-MM-DD");
    else if (!isCalendarDate(v)) this.add(path, "not a calendar date");
    return v;
  }

  /** A number within [min, max], or null when empty. */
  number(path: string, raw: string | undefined, min: number, max: number, integer = false): number | null {
    const v = (raw ?? "").trim();
    if (!v) return null;
    const n = Number(v);
    if (!Number.isFinite(n)) this.add(path, "expected a number");
    else if (integer && !Number.isInteger(n)) this.add(path, "expected a whole number");
    else if (n < min) this.add(path, `must be at least ${min}`);
    else if (n > max) this.add(path, `must be at most ${max}`);
    return Number.isFinite(n) ? n : null;
  }

  /** An ISO 3166-1 alpha-3 code, or null. */
  iso3(path: string, raw: string | undefined): string | null {
    const v = (raw ?? "").trim().toUpperCase();
    if (!v) return null;
    if (!/^[A-Z]{3}$/.test(v)) this.add(path, "expected an ISO 3166-1 alpha-3 code such as KEN");
    return v;
  }

  /** Low / best / high as the domain orders them (fatalities.ts), messages on the same paths. */
  toll(prefix: string, values: Record<string, string>) {
    const low = this.number(`${prefix}.low`, values[`${prefix}.low`], 0, Number.MAX_SAFE_INTEGER, true);
    const best = this.number(`${prefix}.best`, values[`${prefix}.best`], 0, Number.MAX_SAFE_INTEGER, true);
    const high = this.number(`${prefix}.high`, values[`${prefix}.high`], 0, Number.MAX_SAFE_INTEGER, true);
    if (low !== null && best !== null && low > best) this.add(`${prefix}.low`, "low must not exceed best");
    if (best !== null && high !== null && best > high)
      this.add(`${prefix}.high`, "best must not exceed high");
    else if (low !== null && high !== null && low > high)
      this.add(`${prefix}.high`, "low must not exceed high");
    return { low, best, high };
  }
}

export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
