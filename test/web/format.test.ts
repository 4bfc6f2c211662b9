import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { formatDate, formatDateRange, formatInstant } from "../../src/web/format/dates.ts";
import {
  ALERT_LEVELS,
  ALERT_STYLES,
  alertStyle,
  highestAlert,
  RISK_STYLES,
  STAGE_LEVELS,
  STAGE_STYLES,
} from "../../src/web/format/levels.ts";
import { describeToll, formatCount, formatProbability, formatToll } from "../../src/web/format/numbers.ts";
import { sensitivityBadge } from "../../src/web/format/sensitivity.ts";

describe("dates at their precision", () => {
  test("a year, a month, a day", () => {
    assert.equal(formatDate("1918-01-01", "year"), "1918");
    assert.equal(formatDate("1992-04-01", "month"), "April 1992");
    assert.equal(formatDate("1992-04-01", "unknown-day"), "April 1992");
    assert.equal(formatDate("2026-05-03", "day"), "3 May 2026");
    assert.equal(formatDate("2026-05-03"), "3 May 2026");
  });

  test("a text that is not a date is shown as given", () => {
    assert.equal(formatDate("sometime", "day"), "sometime");
    assert.equal(formatDate("2026-13-01", "day"), "2026-13-01");
  });

  test("ranges say what both ends share once", () => {
    assert.equal(formatDateRange("2026-05-03", "2026-05-05", "day"), "3\u20135 May 2026");
    assert.equal(formatDateRange("2026-05-03", "2026-06-02", "day"), "3 May \u2013 2 June 2026");
    assert.equal(
      formatDateRange("2025-12-30", "2026-01-02", "day"),
      "30 December 2025 \u2013 2 January 2026",
    );
    assert.equal(formatDateRange("1992-04-01", "1992-06-30", "month"), "April\u2013June 1992");
    assert.equal(formatDateRange("1992-01-01", "1995-12-31", "year"), "1992\u20131995");
    assert.equal(formatDateRange("1992-04-01", "1992-04-30", "month"), "April 1992");
    assert.equal(formatDateRange("2026-05-03", null, "day"), "3 May 2026");
  });

  test("instants in UTC to the minute", () => {
    assert.equal(formatInstant("2026-11-25T20:32:57.282Z"), "25 November 2026, 20:32 UTC");
    assert.equal(formatInstant("not a time"), "not a time");
  });
});

describe("tolls as ranges", () => {
  test("low-high with the best estimate", () => {
    assert.equal(formatToll({ low: 200, best: 260, high: 500 }), "200\u2013500 (best 260)");
    assert.equal(formatToll({ low: 1200, best: null, high: 15000 }), "1,200\u201315,000");
  });

  test("one figure when every known figure agrees", () => {
    assert.equal(formatToll({ low: 11, best: 11, high: 11 }), "11");
    assert.equal(formatToll({ low: null, best: 7, high: null }), "7");
  });

  test("one bound: at least, up to", () => {
    assert.equal(formatToll({ low: 5, best: null, high: null }), "5");
    assert.equal(formatToll({ low: 5, best: 8, high: null }), "at least 5 (best 8)");
    assert.equal(formatToll({ low: null, best: 8, high: 40 }), "up to 40 (best 8)");
  });

  test("unknown when nothing is known", () => {
    assert.equal(formatToll({ low: null, best: null, high: null }), "unknown");
    assert.equal(formatToll(null), "unknown");
  });

  test("in words for screen readers", () => {
    assert.equal(
      describeToll({ low: 200, best: 260, high: 500 }),
      "between 200 and 500 deaths, best estimate 260",
    );
    assert.equal(describeToll({ low: 3, best: 3, high: 3 }), "3 deaths");
    assert.equal(describeToll({ low: null, best: 8, high: 40 }), "up to 40 deaths, best estimate 8");
    assert.equal(describeToll(null), "toll unknown");
  });

  test("counts and probabilities", () => {
    assert.equal(formatCount(1234567), "1,234,567");
    assert.equal(formatCount(-1000), "-1,000");
    assert.equal(formatCount(999), "999");
    assert.equal(formatProbability(0.0412), "4.1%");
    assert.equal(formatProbability(0.25), "25%");
    assert.equal(formatProbability(0.0042), "0.42%");
    assert.equal(formatProbability(0.00004), "0.004%");
    assert.equal(formatProbability(0), "0%");
  });
});

describe("levels never by colour alone", () => {
  test("every alert level has a distinct name, mark, colour and (above none) a pattern", () => {
    const styles = ALERT_LEVELS.map((l) => ALERT_STYLES[l]);
    for (const key of ["name", "short", "mark", "fill"] as const)
      assert.equal(new Set(styles.map((s) => s[key])).size, ALERT_LEVELS.length, key);
    assert.deepEqual(
      styles.map((s) => s.pattern === null),
      [true, false, false, false],
    );
    assert.equal(alertStyle("emergency").name, "Genocide Emergency");
  });

  test("alert colours darken with the level (they read in greyscale too)", () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const l = ALERT_LEVELS.map((x) => lum(ALERT_STYLES[x].fill));
    for (let i = 1; i < l.length; i++) assert.ok((l[i] as number) < (l[i - 1] as number), `level ${i}`);
  });

  test("stage levels and risk bands carry words and marks", () => {
    assert.equal(new Set(STAGE_LEVELS.map((l) => STAGE_STYLES[l].bar)).size, 4);
    assert.equal(new Set(Object.values(RISK_STYLES).map((s) => s.mark)).size, 3);
  });

  test("an unknown level is shown as itself, not as a known one", () => {
    assert.equal(alertStyle("catastrophe").name, "catastrophe");
    assert.equal(alertStyle("catastrophe").mark, "?");
  });

  test("the highest level of a country", () => {
    assert.equal(highestAlert(["watch", "emergency", "none"]), "emergency");
    assert.equal(highestAlert([]), "none");
    assert.equal(highestAlert(["warning", "unknown"]), "warning");
  });
});

describe("sensitivity badges", () => {
  test("each level in words, confidential marked as never published", () => {
    assert.equal(sensitivityBadge("public").label, "Public");
    assert.match(sensitivityBadge("confidential").description, /never in published output/);
    assert.equal(sensitivityBadge("secret").label, "secret");
  });
});
