import { ForecastRunsService } from "../../../app/forecast/forecast-runs.service.ts";
import type { AppContext } from "../../../bootstrap.ts";
import { KyselyForecastStore } from "./kysely-forecast-store.ts";

/** Wires stored forecasts onto an open app (as openAssessment does for the engine): no change to bootstrap. */
export function openForecasts(app: Pick<AppContext, "database" | "clock">): ForecastRunsService {
  return new ForecastRunsService(new KyselyForecastStore(app.database.db), app.clock);
}
