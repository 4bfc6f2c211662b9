import { createRoute } from "@hono/zod-openapi";
import { openAssessment } from "../../adapters/db/assessment/open-assessment.ts";
import { KyselyForecastStore } from "../../adapters/db/forecasts/kysely-forecast-store.ts";
import { KyselyOverviewStore } from "../../adapters/db/overview/kysely-overview-store.ts";
import { OverviewService } from "../../app/overview/overview.service.ts";
import { riskFromForecasts } from "../../app/overview/risk-source.ts";
import { countryByCode } from "../../domain/reference/countries.ts";
import { worldShapesByIso3 } from "../../domain/reference/world-atlas.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { OverviewSchema } from "./schema.ts";

/** The overview service on an open app: the engine, the overview's reads, the 1:110m world map, forecasts. */
export function openOverview(app: HttpDeps["app"]): OverviewService {
  const shapes = worldShapesByIso3("110m");
  return new OverviewService({
    assessment: openAssessment(app),
    store: new KyselyOverviewStore(app.database.db),
    atlasFeatures: (iso3) => (shapes.get(iso3) ?? []).map((s) => ({ id: s.id, name: s.name })),
    countryName: (iso3) => countryByCode(iso3)?.name ?? null,
    risk: riskFromForecasts(new KyselyForecastStore(app.database.db)),
  });
}

/** GET /api/v1/overview: the world map's data (see OverviewService). */
export function mountOverview(api: Api, deps: HttpDeps, service?: OverviewService): void {
  const overview = service ?? openOverview(deps.app);
  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/overview`,
      tags: ["Overview"],
      summary: "The world map: every country with situations, its highest alert level, its situations, risk",
      description:
        "Each country with situations the caller may see: the highest current alert level among them; each situation's level, the rule that set it and any override; the country's shape on the bundled world map, or an approximate outline from its events' places; and the statistical risk layer when forecasts are stored.",
      responses: {
        200: { description: "The overview", content: { "application/json": { schema: OverviewSchema } } },
        ...problems(400),
      },
    }),
    async (c) => c.json(await overview.overview(c.get("caller")), 200),
  );
}
