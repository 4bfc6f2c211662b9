import { COLLECTORS } from "./collectors.ts";
import { FICTIONAL, SCENARIO_DATE } from "./constants.ts";
import type { FillerRow } from "./events-filler.ts";
import { placeAt } from "./geography.ts";
import type { DocumentSpec } from "./types.ts";

const COLUMNS = [
  "id",
  "date",
  "date_precision",
  "province",
  "district",
  "place",
  "latitude",
  "longitude",
  "location_precision",
  "acts",
  "deaths_low",
  "deaths_best",
  "deaths_high",
  "description",
];

/** The extract of the invented event dataset that the filler events were coded from, as a CSV original. */
export function datasetExtract(rows: FillerRow[]): DocumentSpec {
  const lines = [
    `# Highland Events Dataset v3.1 extract, country XFT (${FICTIONAL}). Licence CC BY 4.0.`,
    COLUMNS.join(","),
    ...rows.map((r) => {
      const place = placeAt(r.town, r.locationPrecision);
      return [
        r.id,
        r.dateStart,
        r.datePrecision,
        place.admin1,
        place.admin2,
        place.name,
        place.latitude,
        place.longitude,
        place.precision,
        r.acts.join(";"),
        r.deaths?.low,
        r.deaths?.best,
        r.deaths?.high,
        r.title,
      ]
        .map(csvField)
        .join(",");
    }),
    "",
  ];
  const csv = lines.join("\n");
  return {
    key: "doc:hed-extract",
    source: "source:hed",
    title: `Highland Events Dataset v3.1: extract for Feltravia to ${SCENARIO_DATE} (fictional)`,
    originUrl: "https://conflict-observatory.example/hed/v3.1/xft.csv",
    collectedAt: `${SCENARIO_DATE}T06:00:00Z`,
    collectedBy: COLLECTORS.desk,
    method: "download of the published CSV; SHA-256 recorded at collection",
    mediaType: "text/csv",
    language: "en",
    sensitivity: "public",
    original: csv,
    text: csv,
  };
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
