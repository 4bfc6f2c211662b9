import { EwpDataService } from "../../../app/forecast/ewp-data.service.ts";
import { EwpImportService } from "../../../app/import/ewp-import.service.ts";
import type { AppContext } from "../../../bootstrap.ts";
import { KyselyEwpStore } from "./kysely-ewp-store.ts";

export interface EwpServices {
  /** `tocsin import ewp FILE`, the import job and `pull ewp --import`. */
  imports: EwpImportService;
  /** The stored predictors and episodes, for forecast, backtest and the forecast job. */
  data: EwpDataService;
}

/** Wires the EWP store onto an open app (as openForecasts does): no change to bootstrap. */
export function openEwp(app: Pick<AppContext, "database" | "clock" | "imports">): EwpServices {
  const store = new KyselyEwpStore(app.database.db);
  return {
    imports: new EwpImportService(app.imports.imports, store, app.clock),
    data: new EwpDataService(store),
  };
}
