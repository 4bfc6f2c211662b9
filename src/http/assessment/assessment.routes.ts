import { createRoute } from "@hono/zod-openapi";
import { openAssessment } from "../../adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../app/assessment/assessment.service.ts";
import { explanationText } from "../../domain/stages/explanation-text.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import {
  ApproveBody,
  AsOfQuery,
  DiffQuery,
  ExplanationQuery,
  HistoryQuery,
  OverrideBody,
  OverrideParam,
  ReplayQuery,
  Result,
  ResultList,
  RevokeBody,
  SituationParam,
} from "./schema.ts";

const base = `${API_PREFIX}/situations/{id}`;
const json = (description: string, schema: typeof Result | typeof ResultList = Result) => ({
  200: { description, content: { "application/json": { schema } } },
});

/**
 * The assessment engine's API: a situation's assessment as of a date, its explanation, history, diffs,
 * replay and analysts' overrides. Mount with `mountAssessment(api, deps)`; `service` defaults to one wired
 * on the app's database with the deployment's rule file (TOCSIN_RULES).
 */
export function mountAssessment(api: Api, deps: HttpDeps, service?: AssessmentService): void {
  const engine = service ?? openAssessment(deps.app);
  const tags = ["Assessment"];

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/assessment`,
      tags,
      summary: "The situation's Ten Stages profile, UN Framework view and alert level as of a date",
      description:
        "`statisticalRisk` is kept apart from the Ten Stages profile: the country's latest stored onset " +
        "forecast (EWP-style statistical model, country-year grain), or null when no run scored the country.",
      request: { params: SituationParam, query: AsOfQuery },
      responses: { ...json("The assessment (computed, not stored)"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      const result = await engine.compute(id, c.req.valid("query"), caller);
      const situation = await deps.app.store.get("situation", id, caller.clearance);
      const latest = situation ? await deps.app.forecasts.latestFor(situation.country) : null;
      const statisticalRisk = latest && situation ? { iso3: situation.country, ...latest } : null;
      return c.json({ ...result, statisticalRisk }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/assessment`,
      tags,
      summary: "Compute and store an assessment snapshot (date, rule version, evidence cut-off)",
      request: { params: SituationParam, query: AsOfQuery },
      responses: { ...json("The stored snapshot"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { record, result } = await engine.snapshot(id, c.req.valid("query"), c.get("caller"));
      return c.json({ ...record, result }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/explanation`,
      tags,
      summary:
        "Why: level -> rules fired -> stages -> indicators -> events and claims -> sources and documents",
      description:
        "Explains the latest stored assessment (as of the date, if given) or a fresh one; `format=text` for prose.",
      request: { params: SituationParam, query: ExplanationQuery },
      responses: { ...json("The explanation"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const q = c.req.valid("query");
      const x = await engine.explanation(id, { ...q, fresh: q.fresh === "true" }, c.get("caller"));
      if (q.format === "text") return c.text(explanationText(x.explanation), 200) as never;
      return c.json({ assessmentId: x.assessmentId, ...x.explanation }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/history`,
      tags,
      summary: "Stored assessments of the situation, newest first",
      request: { params: SituationParam, query: HistoryQuery },
      responses: { ...json("Snapshots without their results", ResultList), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const items = await engine.history(id, c.get("caller"), c.req.valid("query").limit);
      return c.json({ items: items as unknown as Record<string, unknown>[] }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/diff`,
      tags,
      summary:
        "What moved between two assessments (ids or as-of dates): level, rules, stages, indicators, evidence",
      request: { params: SituationParam, query: DiffQuery },
      responses: { ...json("The difference"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { from, to } = c.req.valid("query");
      return c.json(await engine.diff(id, from, to, c.get("caller")), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/replay`,
      tags,
      summary: "Month-by-month levels over the evidence, first month of each level, lead time to an onset",
      request: { params: SituationParam, query: ReplayQuery },
      responses: { ...json("The replay"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await engine.replay(id, c.req.valid("query"), c.get("caller")), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/overrides`,
      tags,
      summary: "Propose an override of a stage (`stage:N`) or the level, with a written reason",
      description:
        "The override is stored `pending` and changes nothing until a reviewer other than its author " +
        "approves it (`.../approve`; the two-person rule, 403 `two-person-rule` for the author).",
      request: {
        params: SituationParam,
        body: { content: { "application/json": { schema: OverrideBody } } },
      },
      responses: { ...json("The override"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(await engine.override(id, c.req.valid("json"), c.get("caller")), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/overrides`,
      tags,
      summary: "Every override of the situation: pending, approved (withdrawn ones too) and rejected",
      request: { params: SituationParam },
      responses: { ...json("The overrides", ResultList), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await engine.history(id, c.get("caller"), 1);
      const items = await engine.overrides(id);
      return c.json({ items: items as unknown as Record<string, unknown>[] }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/overrides/{overrideId}/approve`,
      tags,
      summary: "Approve a pending override: it is in force from now (not by its author: two-person rule)",
      request: {
        params: OverrideParam,
        body: { required: false, content: { "application/json": { schema: ApproveBody } } },
      },
      responses: { ...json("The approved override"), ...problems(400, 403, 404, 409) },
    }),
    async (c) => {
      const { id, overrideId } = c.req.valid("param");
      const body = (c.req.valid("json") as { reason?: string } | undefined) ?? {};
      return c.json(await engine.approveOverride(id, overrideId, c.get("caller"), body.reason), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/overrides/{overrideId}/reject`,
      tags,
      summary: "Reject a pending override with a written reason (its author may withdraw it so)",
      request: { params: OverrideParam, body: { content: { "application/json": { schema: RevokeBody } } } },
      responses: { ...json("The rejected override"), ...problems(400, 403, 404, 409) },
    }),
    async (c) => {
      const { id, overrideId } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      return c.json(await engine.rejectOverride(id, overrideId, reason, c.get("caller")), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${base}/overrides/{overrideId}/revoke`,
      tags,
      summary: "Withdraw an override, with a written reason",
      request: { params: OverrideParam, body: { content: { "application/json": { schema: RevokeBody } } } },
      responses: { ...json("The withdrawn override"), ...problems(400, 404) },
    }),
    async (c) => {
      const { id, overrideId } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      return c.json(await engine.revokeOverride(id, overrideId, reason, c.get("caller")), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${API_PREFIX}/assessments/recompute`,
      tags,
      summary: "Recompute and store every situation's assessment (as of a date, default today)",
      request: { query: AsOfQuery },
      responses: { ...json("A summary per situation"), ...problems(400) },
    }),
    async (c) => {
      const r = await engine.recomputeAll(c.req.valid("query"), c.get("caller"));
      return c.json(
        {
          asOf: r.asOf,
          situations: r.situations,
          fromCache: r.fromCache,
          results: r.results.map(({ record }) => record) as unknown as Record<string, unknown>[],
        },
        200,
      );
    },
  );
}
