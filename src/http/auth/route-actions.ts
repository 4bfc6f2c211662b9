import type { Action, Operation, Resource } from "../../domain/auth/policy.ts";
import { API_PREFIX } from "../shared/context.ts";

/**
 * Every /api/v1 route as an action of the policy (src/domain/auth/policy.ts): resource x operation, and the
 * clearance the route needs whatever its records. Paths are the OpenAPI document's; the authorization matrix
 * test (test/auth/authorization-matrix.test.ts) fails for a mounted route missing here.
 */
type Row = [method: string, path: string, action: Action];

const a = (resource: Resource, operation: Operation, extra: Partial<Action> = {}): Action => ({
  resource,
  operation,
  ...extra,
});
const internal = { clearance: "internal" } as const;
// The routes under a situation or an alert: 404 unless the caller may read it (record-guard.ts).
const ofSituation = { record: "situation" } as const;
const ofAlert = { record: "alert" } as const;

const evidenceKinds = ["sources", "documents", "actors", "groups", "situations", "events", "claims"];

export const ROUTE_ACTIONS: Row[] = [
  ["GET", "/health", a("server", "read", { anonymous: true })],
  ["GET", "/session", a("session", "read", { anonymous: true })],
  ["POST", "/session", a("session", "write", { anonymous: true })],
  ["DELETE", "/session", a("session", "write", { anonymous: true })],
  ...evidenceKinds.flatMap((kind): Row[] => [
    ["GET", `/${kind}`, a("evidence", "read")],
    ["POST", `/${kind}`, a("evidence", "write")],
    ["GET", `/${kind}/{id}`, a("evidence", "read")],
    ["PATCH", `/${kind}/{id}`, a("evidence", "write")],
    ["DELETE", `/${kind}/{id}`, a("evidence", "write")],
  ]),
  ...["sources", "documents", "events", "claims"].map(
    (kind): Row => ["GET", `/${kind}/{id}/custody`, a("custody", "read", internal)],
  ),
  ["GET", "/custody", a("custody", "read", { clearance: "confidential" })],
  // The verification workflow (status, assignee, soft lock, comments) of events and claims: its people and
  // notes are internal (WORKFLOW_CLEARANCE in src/domain/verification/verification.ts).
  ...["events", "claims"].flatMap((kind): Row[] => [
    ["GET", `/${kind}/{id}/verification`, a("verification", "read", internal)],
    ["PUT", `/${kind}/{id}/verification`, a("verification", "write", internal)],
    ["POST", `/${kind}/{id}/lock`, a("verification", "write", internal)],
    ["DELETE", `/${kind}/{id}/lock`, a("verification", "write", internal)],
    ["GET", `/${kind}/{id}/comments`, a("verification", "read", internal)],
    ["POST", `/${kind}/{id}/comments`, a("verification", "write", internal)],
  ]),
  // A backup holds everything, accounts included: administrators with confidential clearance only.
  ["GET", "/backup", a("backup", "administer", { clearance: "confidential" })],
  ["GET", "/documents/{id}/original", a("document-content", "read")],
  ["GET", "/documents/{id}/text", a("document-content", "read")],
  ["POST", "/documents/{id}/read", a("suggestion", "write", internal)],
  ["GET", "/documents/{id}/suggestions", a("suggestion", "read", internal)],
  ["GET", "/suggestions", a("suggestion", "read", internal)],
  // Batch screening of posts (a job; its results are findings for the review queue).
  ["POST", "/screenings", a("suggestion", "write", internal)],
  ["GET", "/screenings/{id}", a("suggestion", "read", internal)],
  ["GET", "/screenings/{id}/results", a("suggestion", "read", internal)],
  ["GET", "/suggestions/{id}", a("suggestion", "read", internal)],
  ["POST", "/suggestions/{id}/accept", a("suggestion", "write", internal)],
  ["POST", "/suggestions/{id}/reject", a("suggestion", "write", internal)],
  ["GET", "/situations/{id}/assessment", a("assessment", "read", ofSituation)],
  ["POST", "/situations/{id}/assessment", a("assessment", "write", ofSituation)],
  ["GET", "/situations/{id}/explanation", a("assessment", "read", ofSituation)],
  ["GET", "/situations/{id}/history", a("assessment", "read", ofSituation)],
  ["GET", "/situations/{id}/diff", a("assessment", "read", ofSituation)],
  ["GET", "/situations/{id}/replay", a("assessment", "read", ofSituation)],
  ["POST", "/assessments/recompute", a("assessment", "write")],
  // A level override is a judgement that outranks the rules, so two people make it (issue 8): an analyst
  // proposes, a reviewer other than the author approves (the author may withdraw a proposal: reject).
  ["GET", "/situations/{id}/overrides", a("override", "read", ofSituation)],
  ["POST", "/situations/{id}/overrides", a("override", "write", ofSituation)],
  ["POST", "/situations/{id}/overrides/{overrideId}/approve", a("override", "review", ofSituation)],
  ["POST", "/situations/{id}/overrides/{overrideId}/reject", a("override", "write", ofSituation)],
  ["POST", "/situations/{id}/overrides/{overrideId}/revoke", a("override", "review", ofSituation)],
  ["POST", "/imports", a("import", "import", internal)],
  ["GET", "/imports", a("import", "read", internal)],
  ["GET", "/imports/{id}", a("import", "read", internal)],
  ["GET", "/imports/{id}/rejects", a("import", "read", internal)],
  ["POST", "/imports/{id}/cancel", a("import", "import", internal)],
  ["DELETE", "/imports/{id}", a("import", "import", internal)],
  ["GET", "/overview", a("overview", "read")],
  ["GET", "/forecasts", a("forecast", "read")],
  ["GET", "/countries/{iso3}/forecast", a("forecast", "read")],
  ["GET", "/forecast-runs", a("forecast", "read")],
  ["GET", "/forecast-runs/{id}", a("forecast", "read")],
  // Running a forecast from the stored EWP data (a job) is analysts' work; following one is reading.
  ["POST", "/forecast-jobs", a("forecast", "write")],
  ["GET", "/forecast-jobs/{id}", a("forecast", "read")],
  ["POST", "/forecast-jobs/{id}/cancel", a("forecast", "write")],
  // Which EWP data versions are stored (public data; the importer's account is not shown).
  ["GET", "/ewp-datasets", a("forecast", "read")],
  ["GET", "/recommendations", a("alert", "read")],
  ["GET", "/alerts", a("alert", "read")],
  ["POST", "/alerts", a("alert", "write")],
  ["GET", "/alerts/{id}", a("alert", "read", ofAlert)],
  ["GET", "/alerts/{id}/versions/{n}", a("alert", "read", ofAlert)],
  ["GET", "/alerts/{id}/versions/{n}/render", a("alert", "read", ofAlert)],
  ["PATCH", "/alerts/{id}/versions/{n}", a("alert", "write", ofAlert)],
  ["DELETE", "/alerts/{id}/versions/{n}", a("alert", "write", ofAlert)],
  ["POST", "/alerts/{id}/versions/{n}/refresh", a("alert", "write", ofAlert)],
  ["POST", "/alerts/{id}/versions/{n}/submit", a("alert", "write", ofAlert)],
  // Returning a draft to its author and publishing are the reviewer's (the two-person rule builds on this).
  ["POST", "/alerts/{id}/versions/{n}/return", a("alert", "review", ofAlert)],
  ["POST", "/alerts/{id}/versions/{n}/publish", a("alert", "review", ofAlert)],
  ["POST", "/alerts/{id}/corrections", a("alert", "write", ofAlert)],
  // Groups of users and per-record grants (migration 0013): administrators manage them (never with a
  // token); who a record is restricted to is shown to whoever may read the record (the handler's 404 else).
  ["GET", "/user-groups", a("access", "administer")],
  ["POST", "/user-groups", a("access", "administer")],
  ["DELETE", "/user-groups/{name}", a("access", "administer")],
  ["PUT", "/user-groups/{name}/members/{user}", a("access", "administer")],
  ["DELETE", "/user-groups/{name}/members/{user}", a("access", "administer")],
  ["GET", "/records/{id}/access", a("access", "read")],
  ["POST", "/records/{id}/access/grants", a("access", "administer")],
  ["DELETE", "/records/{id}/access/grants/{grantee}", a("access", "administer")],
  ["DELETE", "/records/{id}/access", a("access", "administer")],
];

interface Compiled {
  method: string;
  pattern: RegExp;
  action: Action;
}

// `{id}` is captured (the record a guarded route names); the other parameters are not.
const compiled: Compiled[] = ROUTE_ACTIONS.map(([method, path, action]) => ({
  method,
  pattern: new RegExp(`^${API_PREFIX}${path.replace("{id}", "([^/]+)").replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
  action,
}));

/** The record a route's path names when its action is guarded by one (`record`), with its id. */
export function guardedRecord(
  method: string,
  path: string,
): { kind: NonNullable<Action["record"]>; id: string } | null {
  const m = method === "HEAD" ? "GET" : method;
  for (const r of compiled) {
    if (r.method !== m || !r.action.record) continue;
    const match = r.pattern.exec(path);
    if (!match?.[1]) continue;
    try {
      return { kind: r.action.record, id: decodeURIComponent(match[1]) };
    } catch {
      return { kind: r.action.record, id: match[1] };
    }
  }
  return null;
}

/** The declared action of a route, or null. HEAD is GET's. */
export function declaredAction(method: string, path: string): Action | null {
  const m = method === "HEAD" ? "GET" : method;
  return compiled.find((r) => r.method === m && r.pattern.test(path))?.action ?? null;
}

/** The declared action, or for an undeclared route: reading evidence (GET) or writing it. */
export function actionFor(method: string, path: string): Action {
  return (
    declaredAction(method, path) ??
    a("evidence", method === "GET" || method === "HEAD" || method === "OPTIONS" ? "read" : "write")
  );
}
