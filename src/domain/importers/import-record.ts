import type { Act, Involvement } from "../evidence/acts.ts";
import type { DatePrecision } from "../evidence/dates.ts";
import type { ActorKind, SourceInput } from "../evidence/entities.ts";
import type { Fatalities } from "../evidence/fatalities.ts";
import type { Place } from "../evidence/places.ts";
import type { Row } from "./fields.ts";

/** An actor named by a dataset row, keyed by the dataset's own actor id so re-imports find it again. */
export interface ImportedActor {
  key: string;
  name: string;
  kind: ActorKind;
  involvement: Involvement;
}

/**
 * What one dataset row becomes: an event keyed by the dataset's own id, the actors it names, and the
 * statement of the claim that attributes the event to the dataset (the store records who says what).
 */
export interface ImportRecord {
  externalId: string;
  title: string;
  description: string | null;
  dateStart: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  place: Place;
  acts: Act[];
  actors: ImportedActor[];
  fatalities: Fatalities;
  statement: string;
  credibility: number;
}

/** The dataset as a Source, with what its licence requires us to say. */
export type DatasetSource = Pick<
  SourceInput,
  "name" | "reliability" | "reliabilityReason" | "url" | "licence" | "attribution"
>;

export interface EventFormat {
  /** The name used on the command line: `tocsin import <name> FILE`. */
  name: string;
  dataset: DatasetSource;
  /**
   * The dataset's licence forbids redistribution (ACLED): its rows are stored as internal, so public output
   * (public mode, published alerts, feeds) can never re-serve them.
   */
  restricted?: boolean;
  delimiter: "," | "\t";
  /** Every column the mapper reads. A file missing one is refused whole, naming it. */
  columns: readonly string[];
  /** Columns in file order, for files published without a header row (detected, not assumed). */
  headerlessOrder?: readonly string[];
  /** Rows the format keeps; the others are counted as skipped (e.g. GDELT events outside CAMEO 18-20). */
  keep?(row: Row): boolean;
  /** Reads one row; throws FieldError naming the column of the first bad value. */
  mapRow(row: Row): ImportRecord;
}
