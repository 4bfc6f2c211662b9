import type { Claim, Event } from "./entities.ts";

/** One source's value for a field, with the claim that asserts it. */
export interface Asserted<T> {
  value: T;
  claimId: string;
  sourceId: string;
}

/** What the claims about one event say, field by field. Nothing is averaged away: every value is kept. */
export interface EventSpread {
  contested: boolean;
  contestedFields: string[];
  fatalities: {
    /** The lowest low and the highest high that any claim (or the event record) gives. */
    low: number | null;
    high: number | null;
    values: Asserted<{ low: number | null; best: number | null; high: number | null }>[];
  };
  dateStart: Asserted<string>[];
  dateEnd: Asserted<string>[];
  perpetrators: Asserted<string[]>[];
}

function distinct<T>(items: Asserted<T>[]): number {
  return new Set(items.map((i) => JSON.stringify(i.value))).size;
}

/**
 * Compares what the claims about an event assert. Claims that do not mention a field do not count for or
 * against it. A field is contested when two claims give different values for it.
 */
export function eventSpread(event: Pick<Event, "fatalities">, claims: readonly Claim[]): EventSpread {
  const pick = <T>(get: (c: Claim) => T | undefined): Asserted<T>[] =>
    claims.flatMap((c) => {
      const value = get(c);
      return value === undefined ? [] : [{ value, claimId: c.id, sourceId: c.sourceId }];
    });
  const fatalities = pick((c) => c.assertion.fatalities);
  const dateStart = pick((c) => c.assertion.dateStart);
  const dateEnd = pick((c) => c.assertion.dateEnd);
  const perpetrators = pick((c) =>
    c.assertion.perpetratorIds ? [...c.assertion.perpetratorIds].sort() : undefined,
  );
  const contestedFields = [
    distinct(fatalities) > 1 ? "fatalities" : null,
    distinct(dateStart) > 1 ? "dateStart" : null,
    distinct(dateEnd) > 1 ? "dateEnd" : null,
    distinct(perpetrators) > 1 ? "perpetrators" : null,
  ].filter((f): f is string => f !== null);
  const lows = [event.fatalities.low, ...fatalities.map((f) => f.value.low ?? f.value.best)].filter(isNumber);
  const highs = [event.fatalities.high, ...fatalities.map((f) => f.value.high ?? f.value.best)].filter(
    isNumber,
  );
  return {
    contested: contestedFields.length > 0,
    contestedFields,
    fatalities: {
      low: lows.length ? Math.min(...lows) : null,
      high: highs.length ? Math.max(...highs) : null,
      values: fatalities,
    },
    dateStart,
    dateEnd,
    perpetrators,
  };
}

function isNumber(n: number | null): n is number {
  return n !== null;
}
