import { z } from "@hono/zod-openapi";
import { ALERT_LEVELS } from "../../domain/alerts/rules/rule-set.ts";
import { SENSITIVITIES } from "../../domain/evidence/sensitivity.ts";

const Level = z.enum(ALERT_LEVELS);
const Band = z.enum(["low", "elevated", "high"]);
const Window = z.object({ from: z.number().int(), to: z.number().int() });
const Feature = z
  .object({
    id: z.string().nullable().openapi({ description: "world-atlas feature id (ISO 3166-1 numeric)" }),
    name: z.string().openapi({ description: "the feature's name in world-atlas (to find id-less shapes)" }),
  })
  .openapi("AtlasFeature");

const Risk = z
  .object({
    iso3: z.string(),
    country: z.string().openapi({ description: "the name the forecast's data gave" }),
    probability: z.number(),
    rank: z.number().int(),
    band: Band.openapi({ description: "high from 4%, elevated from 1% (see the forecasts API)" }),
  })
  .openapi("CountryRisk");

export const SituationLevelSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    region: z.string().nullable(),
    sensitivity: z.enum(SENSITIVITIES),
    level: Level.nullable().openapi({
      description: "the level in force (override if any); null while pending",
    }),
    computedLevel: Level.nullable(),
    overridden: z.boolean(),
    override: z.object({ value: z.string(), reason: z.string(), by: z.string(), at: z.string() }).nullable(),
    rule: z
      .object({ id: z.string(), because: z.string() })
      .nullable()
      .openapi({ description: "the rule that set the level the rules give; null at none" }),
    concerns: z.array(z.object({ id: z.string(), because: z.string() })),
    asOf: z.string().nullable(),
    basis: z.enum(["cache", "computed", "snapshot", "pending"]).openapi({
      description:
        "cache/computed: today's assessment; snapshot: the latest stored one (see asOf) while today's is computed; pending: not yet computed",
    }),
  })
  .openapi("SituationLevel");

const Shape = z
  .union([
    z.object({ kind: z.literal("atlas"), features: z.array(Feature) }),
    z.object({
      kind: z.literal("approximate"),
      ring: z.array(z.tuple([z.number(), z.number()])).openapi({
        description:
          "closed GeoJSON ring [longitude, latitude]: the buffered convex hull of the events' places",
      }),
      points: z.number().int(),
      bufferDegrees: z.number(),
    }),
    z.object({ kind: z.literal("none") }),
  ])
  .openapi("CountryShape", {
    description:
      "atlas: the bundled world map's shapes; approximate: drawn from where the country's events happened (no map shape); none: no shape and no located event",
  });

export const OverviewSchema = z
  .object({
    asOf: z.string(),
    rules: z.string().openapi({ description: "the rule file in force, id@version" }),
    complete: z.boolean().openapi({ description: "false when some level is a snapshot or pending" }),
    countries: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        level: Level.openapi({ description: "the highest level among the country's situations" }),
        situations: z.array(SituationLevelSchema),
        shape: Shape,
        risk: Risk.nullable(),
      }),
    ),
    risk: z
      .object({
        runId: z.uuid(),
        modelId: z.string(),
        fictional: z.boolean(),
        dataYear: z.number().int(),
        window: Window,
        scored: z.number().int(),
        countries: z.array(Risk.extend({ name: z.string(), features: z.array(Feature) })),
      })
      .nullable()
      .openapi({ description: "the statistical risk layer: every country the chosen forecast run scored" }),
  })
  .openapi("Overview");
