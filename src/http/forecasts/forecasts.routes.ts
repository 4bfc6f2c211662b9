import { createRoute } from "@hono/zod-openapi";
import type { ForecastRunsService } from "../../app/forecast/forecast-runs.service.ts";
import { countryByCode } from "../../domain/reference/countries.ts";
import { RISK_BANDS } from "../../domain/risk/stored-forecast.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import { mountEwpDatasets } from "./ewp-datasets.routes.ts";
import { mountForecastJobs } from "./forecast-jobs.routes.ts";
import {
  CountryParam,
  CountryQuery,
  CountrySchema,
  MapQuery,
  MapSchema,
  RunDetailSchema,
  RunListSchema,
  RunParam,
  RunsQuery,
} from "./schema.ts";

const ok = <S>(description: string, schema: S) => ({
  200: { description, content: { "application/json": { schema } } },
});

/**
 * Statistical risk (EWP-style onset forecasts) as stored by `tocsin forecast --store` and by the demo: the
 * map of one run and data year, a country's trend over the years, and the runs. Forecasts come from public
 * data and carry no sensitivity. Fictional runs (the demo's) say so in `run.fictional` and answer only
 * where no real run does. See docs/api.md.
 */
export function mountForecasts(api: Api, deps: HttpDeps, service?: ForecastRunsService): void {
  const forecasts = service ?? deps.app.forecasts;
  const tags = ["Forecasts"];
  mountForecastJobs(api, deps);
  mountEwpDatasets(api, deps);

  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/forecasts`,
      tags,
      summary: "Every country's forecast from one run and data year (default: the newest run, latest year)",
      request: { query: MapQuery },
      responses: {
        ...ok("The map layer; run null and no items when nothing is stored", MapSchema),
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const map = await forecasts.map({ year: q.year, modelId: q.model, runId: q.run });
      if (!map && q.run) await forecasts.run(q.run); // 404 for an unknown run; a known one lacks that year
      const empty = { run: null, dataYear: null, window: null, items: [] };
      return c.json({ ...(map ?? empty), bands: { ...RISK_BANDS } }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/countries/{iso3}/forecast`,
      tags,
      summary: "A country's forecasts over the data years (oldest first) with drivers, and the latest",
      request: { params: CountryParam, query: CountryQuery },
      responses: {
        ...ok("The trend; no points when no run scored the country", CountrySchema),
        ...problems(400),
      },
    }),
    async (c) => {
      const iso3 = c.req.valid("param").iso3.toUpperCase();
      const points = await forecasts.history(iso3, c.req.valid("query").model);
      const name = points.at(-1)?.name ?? countryByCode(iso3)?.name ?? null;
      return c.json({ iso3, name, latest: points.at(-1) ?? null, points }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/forecast-runs`,
      tags,
      summary: "Stored forecast runs, newest first: model, version, training window, input files by SHA-256",
      request: { query: RunsQuery },
      responses: { ...ok("The runs", RunListSchema), ...problems(400) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await forecasts.runs(q.limit, q.model) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/forecast-runs/{id}`,
      tags,
      summary: "One run with all its forecasts (by data year, then rank)",
      request: { params: RunParam },
      responses: { ...ok("The run", RunDetailSchema), ...problems(400, 404) },
    }),
    async (c) => c.json(await forecasts.run(c.req.valid("param").id), 200),
  );
}
