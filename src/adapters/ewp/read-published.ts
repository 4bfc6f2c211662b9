/** Readers for EWP's published model outputs: the coefficients file and the forecasts file. */
import { columnIndex, EwpFormatError, readCsvTable, requiredNumber } from "./read-csv.ts";

export interface PublishedCoefficients {
  file: string;
  /** The intercept as printed in the file. */
  intercept: number;
  coefficients: Map<string, number>;
}

export function readEwpCoefficients(file: string, text?: string): PublishedCoefficients {
  const table = readCsvTable(file, text);
  const nameAt = columnIndex(table, "variable");
  const coefAt = columnIndex(table, "coef.full");
  let intercept: number | null = null;
  const coefficients = new Map<string, number>();
  for (const { line, cells } of table.records) {
    const name = (cells[nameAt] ?? "").trim();
    const value = requiredNumber(table, line, "coef.full", cells[coefAt]);
    if (name === "(Intercept)") intercept = value;
    else if (name === "") throw new EwpFormatError(file, line, "variable", "variable name is missing");
    else coefficients.set(name, value);
  }
  if (intercept === null) throw new EwpFormatError(file, null, "variable", "no (Intercept) row");
  return { file, intercept, coefficients };
}

export interface PublishedForecast {
  country: string;
  risk: number;
  rank: number;
}

/** Reads `ewp_name, risk_1or2.fromYYYY, risk_rank.fromYYYY`; returns the data year YYYY too. */
export function readEwpForecasts(
  file: string,
  text?: string,
): { dataYear: number; rows: PublishedForecast[] } {
  const table = readCsvTable(file, text);
  const nameAt = columnIndex(table, "ewp_name");
  const riskAt = table.header.findIndex((h) => /^risk_1or2\.from\d{4}$/.test(h));
  const rankAt = table.header.findIndex((h) => /^risk_rank\.from\d{4}$/.test(h));
  if (riskAt < 0 || rankAt < 0) {
    throw new EwpFormatError(
      file,
      1,
      "risk_1or2.fromYYYY",
      "expected risk_1or2.fromYYYY and risk_rank.fromYYYY",
    );
  }
  const riskName = table.header[riskAt] as string;
  const rankName = table.header[rankAt] as string;
  const dataYear = Number(riskName.slice(-4));
  const rows = table.records.map(({ line, cells }) => ({
    country: (cells[nameAt] ?? "").trim(),
    risk: requiredNumber(table, line, riskName, cells[riskAt]),
    rank: requiredNumber(table, line, rankName, cells[rankAt]),
  }));
  return { dataYear, rows };
}
