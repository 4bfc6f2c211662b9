/**
 * A made-up panel in EWP's file layout (all 39 predictor columns, outcomes, ccode) for tests and demos:
 * nothing in it comes from EWP's data. Risk rises with `pol_killing_approved` and `discrimpop`.
 */
import { EWP_PREDICTORS } from "../../domain/risk/panel.ts";
import { createRng } from "../../domain/risk/prng.ts";

export function syntheticEwpCsv(
  options: {
    countries?: number;
    from?: number;
    to?: number;
    seed?: number;
    /** Codes for the first countries (default 1000 + index, which no state list uses). */
    ccodes?: readonly number[];
  } = {},
): string {
  const countries = options.countries ?? 30;
  const from = options.from ?? 1980;
  const to = options.to ?? 2024;
  const rng = createRng(options.seed ?? 99);
  const columns = EWP_PREDICTORS.filter((p) => p !== "year");
  const header = ["ewp_name", "year", ...columns, "mk_onset_1or2", "mk_onset", "ccode"];
  const lines = [header.join(",")];
  for (let c = 0; c < countries; c++) {
    const base = columns.map(() => rng.next());
    const onsets = new Set<number>();
    const rows: { year: number; values: number[]; eta: number }[] = [];
    for (let year = from; year <= to; year++) {
      const values = columns.map((name, j) => {
        if (name === "year_sq") return year * year;
        return Math.round((0.5 * (base[j] as number) + rng.next()) * 1000) / 1000;
      });
      const eta =
        -5 +
        3 * (values[columns.indexOf("pol_killing_approved")] as number) +
        2 * (values[columns.indexOf("discrimpop")] as number);
      if (rng.next() < 1 / (1 + Math.exp(-eta))) onsets.add(year);
      rows.push({ year, values, eta });
    }
    for (const r of rows) {
      const future = onsets.has(r.year + 1) || onsets.has(r.year + 2) ? 1 : 0;
      const cells = r.values.map(String);
      if (c === 0 && r.year === to) cells[columns.indexOf("gdppcgrowth")] = "NA";
      lines.push(
        [
          `Country ${c + 1}`,
          r.year,
          ...cells,
          r.year >= to - 1 ? 0 : future,
          onsets.has(r.year) ? 1 : 0,
          options.ccodes?.[c] ?? 1000 + c,
        ].join(","),
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
