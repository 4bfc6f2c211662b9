/**
 * EWP data kept in the store, for the forecaster and the replay: the predictors panel of a version (the
 * latest imported when none is named), rebuilt exactly as the file reader builds it, and the mass-killing
 * episodes as EWP's sheet asserts them.
 */
import type { EwpKind } from "../../domain/importers/ewp.ts";
import type { EwpEpisode } from "../../domain/importers/ewp-rows.ts";
import { panelFromCountryYears } from "../../domain/importers/ewp-rows.ts";
import type { Panel } from "../../domain/risk/panel.ts";
import type { ForecastInput } from "../../domain/risk/stored-forecast.ts";
import type { EwpDataset, EwpStore } from "../../ports/ewp-store.ts";
import { MissingDataError } from "./data-files.ts";

export interface StoredPanel {
  panel: Panel;
  dataset: EwpDataset;
  /** The file the rows were imported from, byte for byte: what a stored run records as its input. */
  input: ForecastInput;
}

export const IMPORT_HINT = "import them with `tocsin import ewp FILE` (or `tocsin pull ewp --import`)";

export class EwpDataService {
  constructor(readonly store: EwpStore) {}

  /** Every stored dataset (of one kind when given), oldest first. */
  datasets(kind?: EwpKind): Promise<EwpDataset[]> {
    return this.store.datasets(kind);
  }

  /** The predictors dataset `version` (default: the latest), without its rows; a MissingDataError when none. */
  async panelDataset(version?: string): Promise<EwpDataset> {
    const dataset = await this.store.dataset("predictors", version);
    if (dataset) return dataset;
    const what = version === undefined ? "no EWP predictors" : `no EWP predictors of version ${version}`;
    const known = (await this.store.datasets("predictors")).map((d) => d.version);
    throw new MissingDataError(
      `${what} in the store${known.length > 0 ? ` (versions stored: ${known.join(", ")})` : ""}: ${IMPORT_HINT}, or pass --ewp FILE`,
    );
  }

  /** The predictors panel of `version` (default: the latest imported); a MissingDataError when none. */
  async panel(version?: string): Promise<StoredPanel> {
    const dataset = await this.panelDataset(version);
    const rows = await this.store.countryYears(dataset.id);
    return {
      panel: panelFromCountryYears(
        dataset.columns,
        rows,
        `EWP predictors ${dataset.version} in the store (${dataset.fileName})`,
      ),
      dataset,
      input: {
        role: "predictors",
        fileName: dataset.fileName,
        sha256: dataset.fileSha256,
        bytes: dataset.fileSize,
      },
    };
  }

  /** The episodes sheet of `version` (default: the latest imported), or null when none is stored. */
  async episodes(version?: string): Promise<{ dataset: EwpDataset; episodes: EwpEpisode[] } | null> {
    const dataset = await this.store.dataset("episodes", version);
    if (!dataset) return null;
    return { dataset, episodes: await this.store.episodes(dataset.id) };
  }
}
