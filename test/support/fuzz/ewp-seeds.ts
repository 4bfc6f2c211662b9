import { EWP_MODEL_COLUMNS } from "../../../src/app/import/ewp-import.service.ts";
import type { HostileSeed } from "./hostile-file.ts";

/** A valid synthetic row of each kind of EWP file (values invented; country codes no state list uses). */
export interface EwpSeed extends HostileSeed {
  kind: "predictors" | "base-data" | "episodes";
}

const key = (i: number) => ({ ccode: String(1000 + Math.floor(i / 60)), year: String(1950 + (i % 60)) });
const predictorColumns = ["ewp_name", ...EWP_MODEL_COLUMNS.filter((c) => c !== "ccode"), "ccode"];
const BASE_COLUMNS = [
  "year",
  "country",
  "ccode",
  "ewp_name",
  "datastartyear",
  "dataendyear",
  "mk_onset",
  "mk_ongoing",
  "mk_offset",
  "mk_onset_count",
  "mk_ongoing_count",
  "mk_ongoing_code",
];
const EPISODE_HEADER = [
  "country",
  "mk_event_name",
  "mk_event_summary",
  "startyear",
  "endyear",
  "mk_event_code",
  "State-Led or Non-State-Led",
  "mk_number_eth_groups",
  "mk_location_cow",
  "mk_location_inheritor1",
  "mk_location_inheritor2",
  "mk_repsonsible_state_cow",
  "mk_repsonsible_state_inheritor1",
  "mk_repsonsible_state_inheritor2",
  "Notes",
];

export const EWP_SEEDS: EwpSeed[] = [
  {
    kind: "predictors",
    format: { delimiter: "," },
    columns: predictorColumns,
    row: (i) => {
      const { ccode, year } = key(i);
      const row: Record<string, string> = { ewp_name: `Synthetia ${ccode}`, ccode, year };
      predictorColumns.forEach((c, k) => {
        if (!(c in row))
          row[c] = c === "year_sq" ? String(Number(year) ** 2) : String(((i * 7 + k) % 13) / 10);
      });
      return row;
    },
  },
  {
    kind: "base-data",
    format: { delimiter: "," },
    columns: BASE_COLUMNS,
    row: (i) => {
      const { ccode, year } = key(i);
      return {
        year,
        country: `Synthetia ${ccode}`,
        ccode,
        ewp_name: `Synthetia ${ccode}`,
        datastartyear: "1945",
        dataendyear: "2024",
        mk_onset: String(i % 2),
        mk_ongoing: "0",
        mk_offset: "0",
        mk_onset_count: "0",
        mk_ongoing_count: "NA",
        mk_ongoing_code: i % 3 === 0 ? "" : `syn${i}`,
      };
    },
  },
  {
    kind: "episodes",
    format: { delimiter: "," },
    columns: EPISODE_HEADER,
    row: (i) => ({
      country: `Synthetia ${i % 9}`,
      mk_event_name: `fictional episode ${i}`,
      mk_event_summary: `A fictional summary, "quoted", of episode ${i}.`,
      startyear: String(1950 + (i % 60)),
      endyear: i % 4 === 0 ? "" : String(1951 + (i % 60)),
      mk_event_code: `syn${i}`,
      "State-Led or Non-State-Led": i % 2 ? "State-Led" : "Non-State-Led",
      mk_number_eth_groups: String(i % 3),
      mk_location_cow: "1001.0",
      mk_location_inheritor1: "1001.0",
      mk_location_inheritor2: "",
      mk_repsonsible_state_cow: "1001.0",
      mk_repsonsible_state_inheritor1: "",
      mk_repsonsible_state_inheritor2: "",
      Notes: "fictional",
    }),
  },
];
