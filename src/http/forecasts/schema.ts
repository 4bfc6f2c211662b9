import { z } from "@hono/zod-openapi";

const Year = z.coerce.number().int().min(1900).max(2200);
const ModelId = z.string().min(1).max(100);

export const MapQuery = z.object({
  year: Year.optional().openapi({
    description: "data year (forecasts of an onset in year+1 or year+2); default: the latest any run holds",
  }),
  model: ModelId.optional().openapi({ description: "only runs of this model id (ewp, ewp2025, ...)" }),
  run: z.string().uuid().optional().openapi({ description: "this run rather than the newest" }),
});

export const CountryParam = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "expected an ISO 3166-1 alpha-3 code")
    .openapi({ param: { name: "iso3", in: "path" }, example: "XFT" }),
});

export const CountryQuery = z.object({ model: ModelId.optional() });

export const RunsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  model: ModelId.optional(),
});

export const RunParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: "id", in: "path" } }),
});

const Window = z
  .object({ from: z.number().int(), to: z.number().int() })
  .openapi({ description: "the years an onset is forecast in (EWP: data year + 1 and + 2)" });
const Band = z.enum(["high", "elevated", "low"]).openapi({
  description: "by probability: high >= 4%, elevated >= 1%, low below (same in every year and run)",
});

export const RunSchema = z
  .object({
    id: z.string().uuid(),
    modelId: z.string(),
    modelVersion: z.string(),
    modelDescription: z.string(),
    trainStart: z.number().int().nullable(),
    trainEnd: z.number().int().nullable(),
    trainRows: z.number().int().nullable(),
    seed: z.number().int().nullable(),
    fictional: z.boolean().openapi({ description: "invented figures (the training scenario): never real" }),
    inputs: z.array(
      z.object({
        role: z.enum(["predictors", "coefficients", "other"]),
        fileName: z.string(),
        sha256: z.string(),
        bytes: z.number().int(),
      }),
    ),
    notes: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    createdBy: z.string(),
    dataYears: z.array(z.number().int()),
    countries: z.number().int(),
  })
  .openapi("ForecastRun");

const Driver = z.object({
  variable: z.string(),
  previous: z.number().nullable(),
  current: z.number().nullable(),
  contribution: z.number().openapi({ description: "change in log-odds since the previous year's data" }),
});

export const MapSchema = z
  .object({
    run: RunSchema.nullable(),
    dataYear: z.number().int().nullable(),
    window: Window.nullable(),
    bands: z.object({ high: z.number(), elevated: z.number() }),
    items: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        probability: z.number(),
        rank: z.number().int(),
        band: Band,
        previousProbability: z.number().nullable(),
        categories: z.array(z.string()),
      }),
    ),
  })
  .openapi("ForecastMap");

const Point = z.object({
  iso3: z.string(),
  name: z.string(),
  country: z.string().openapi({ description: "the name as the data gave it" }),
  ccode: z.number().int().nullable(),
  dataYear: z.number().int(),
  window: Window,
  probability: z.number(),
  rank: z.number().int(),
  of: z.number().int().nullable().openapi({ description: "countries the run scored that year" }),
  band: Band,
  previousProbability: z.number().nullable(),
  previousRank: z.number().int().nullable(),
  drivers: z.array(Driver),
  categories: z.array(z.string()),
  run: z.object({ id: z.string(), modelId: z.string(), modelVersion: z.string(), fictional: z.boolean() }),
});

export const CountrySchema = z
  .object({ iso3: z.string(), name: z.string().nullable(), latest: Point.nullable(), points: z.array(Point) })
  .openapi("CountryForecast");

export const RunListSchema = z.object({ items: z.array(RunSchema) }).openapi("ForecastRunList");

export const RunDetailSchema = z
  .object({
    run: RunSchema,
    forecasts: z.array(Point.omit({ name: true, of: true, band: true, run: true })),
  })
  .openapi("ForecastRunDetail");
