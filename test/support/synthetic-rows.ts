import { ACLED_COLUMNS } from "../../src/domain/importers/acled.ts";
import { GDELT_COLUMNS } from "../../src/domain/importers/gdelt.ts";

/** Every column of a schema, empty: what a real export has in the columns a row does not fill. */
const blank = (cols: readonly string[]) => Object.fromEntries(cols.map((c) => [c, ""]));

/** A synthetic row in the GDELT 2.0 export schema (values invented, not taken from any GDELT file). */
export function syntheticGdeltRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...blank(GDELT_COLUMNS),
    GLOBALEVENTID: "900000001",
    SQLDATE: "20240305",
    MonthYear: "202403",
    Year: "2024",
    FractionDate: "2024.1781",
    Actor1Code: "SYNMIL",
    Actor1Name: "SYNTHETIC ARMY",
    Actor1Type1Code: "MIL",
    Actor2Code: "SYNCVL",
    Actor2Name: "SYNTHETIC VILLAGERS",
    Actor2Type1Code: "CVL",
    IsRootEvent: "1",
    EventCode: "202",
    EventBaseCode: "202",
    EventRootCode: "20",
    QuadClass: "4",
    GoldsteinScale: "-10.0",
    NumMentions: "6",
    NumSources: "2",
    NumArticles: "5",
    AvgTone: "-7.5",
    ActionGeo_Type: "4",
    ActionGeo_FullName: "Synthetic Town, Synthetic Province, Sudan",
    ActionGeo_CountryCode: "SU",
    ActionGeo_ADM1Code: "SU99",
    ActionGeo_Lat: "13.5",
    ActionGeo_Long: "25.25",
    ActionGeo_FeatureID: "-9999999",
    DATEADDED: "20240305120000",
    SOURCEURL: "https://news.example.org/synthetic-report",
    ...overrides,
  };
}

/** A synthetic row in ACLED's published export schema (values invented). */
export function syntheticAcledRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ...blank(ACLED_COLUMNS),
    event_id_cnty: "SYN1234",
    event_date: "2024-03-05",
    year: "2024",
    time_precision: "1",
    disorder_type: "Political violence",
    event_type: "Violence against civilians",
    sub_event_type: "Attack",
    actor1: "Synthetic Militia",
    inter1: "4",
    actor2: "Civilians (Synthetic)",
    inter2: "7",
    iso: "404",
    country: "Kenya",
    admin1: "Synthetic",
    location: "Synthetic Town",
    latitude: "0.5",
    longitude: "35.2",
    geo_precision: "2",
    source: "Synthetic Daily",
    notes: "Synthetic note.",
    fatalities: "4",
    ...overrides,
  };
}
