/**
 * What `npm audit --json --audit-level=high` said, decided against the committed exception list
 * (audit-exceptions.json). Pure: scripts/audit.ts runs npm and prints; test/ci/audit-decision.test.ts feeds
 * recorded outputs.
 *
 * - `pass`: no high or critical advisory, or each one is excepted (id and package listed, review date not
 *   passed).
 * - `fail`: an advisory that is not excepted, an exception whose review date has passed, a malformed
 *   exception file, or an audit that failed in any way other than the one below.
 * - `unavailable`: the registry answered 405 Method Not Allowed to the advisories endpoint (this machine's
 *   mirror does): the audit could not run. NOT a pass: said loudly, and CI goes on.
 */
export interface AuditException {
  /** The advisory: its GHSA id (e.g. GHSA-xxxx-xxxx-xxxx) or npm's numeric advisory id. */
  id: string;
  package: string;
  /** Why it does not apply to tocsin. */
  why: string;
  /** YYYY-MM-DD: after this date the exception no longer counts until someone reviews it again. */
  reviewBy: string;
}

export interface Advisory {
  id: string;
  /** npm's numeric advisory id (`source`), when given. */
  source: string | null;
  package: string;
  severity: "high" | "critical";
  title: string;
  url: string;
}

export type AuditDecision =
  | { outcome: "pass"; advisories: Advisory[]; excepted: Advisory[]; unused: AuditException[] }
  | { outcome: "fail"; reasons: string[]; advisories: Advisory[] }
  | { outcome: "unavailable"; reason: string };

export interface AuditRun {
  /** npm's exit status. */
  status: number | null;
  stdout: string;
  stderr: string;
}

const SERIOUS = new Set(["high", "critical"]);
/** The advisories endpoints npm audit posts to (bulk since npm 7, quick before). */
const ADVISORY_ENDPOINT = /\/-\/npm\/v1\/security\/(advisories\/bulk|audits\/quick)$/;

/** Reads and checks the exception file's content: every field present, dates real. */
export function parseExceptions(text: string): { exceptions: AuditException[]; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { exceptions: [], problems: [`audit-exceptions.json is not JSON: ${(error as Error).message}`] };
  }
  const list = (raw as { exceptions?: unknown })?.exceptions;
  if (!Array.isArray(list))
    return { exceptions: [], problems: ['audit-exceptions.json: "exceptions" must be a list'] };
  const problems: string[] = [];
  const exceptions: AuditException[] = [];
  list.forEach((e, i) => {
    const x = e as Record<string, unknown>;
    const missing = ["id", "package", "why", "reviewBy"].filter(
      (k) => typeof x?.[k] !== "string" || (x[k] as string).trim() === "",
    );
    if (missing.length > 0) {
      problems.push(`audit-exceptions.json: exception ${i + 1} lacks ${missing.join(", ")}`);
      return;
    }
    const reviewBy = x.reviewBy as string;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewBy) || Number.isNaN(Date.parse(reviewBy))) {
      problems.push(
        `audit-exceptions.json: exception ${i + 1} (${x.id}): reviewBy must be a date YYYY-MM-DD`,
      );
      return;
    }
    exceptions.push({ id: x.id as string, package: x.package as string, why: x.why as string, reviewBy });
  });
  return { exceptions, problems };
}

/** The high and critical advisories of an npm audit report (format 2, npm 7 and later), one per id and package. */
export function seriousAdvisories(report: Record<string, unknown>): Advisory[] {
  const vulnerabilities = (report.vulnerabilities ?? {}) as Record<string, { via?: unknown[] }>;
  const out = new Map<string, Advisory>();
  for (const v of Object.values(vulnerabilities)) {
    for (const via of v.via ?? []) {
      // A string names another vulnerable package (the advisory is listed under that one).
      if (typeof via !== "object" || via === null) continue;
      const a = via as Record<string, unknown>;
      const severity = String(a.severity);
      if (!SERIOUS.has(severity)) continue;
      const url = String(a.url ?? "");
      const ghsa = /GHSA(-[0-9a-z]{4}){3}/i.exec(url)?.[0];
      const source = a.source === undefined ? null : String(a.source);
      const id = ghsa ?? source ?? url;
      const pkg = String(a.name ?? "");
      out.set(`${id} ${pkg}`, {
        id,
        source,
        package: pkg,
        severity: severity as Advisory["severity"],
        title: String(a.title ?? ""),
        url,
      });
    }
  }
  return [...out.values()].sort((x, y) => x.package.localeCompare(y.package) || x.id.localeCompare(y.id));
}

export function decideAudit(run: AuditRun, exceptionsText: string, today: string): AuditDecision {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    return fail([
      `npm audit did not print JSON (exit ${run.status}): ${firstLine(run.stderr || run.stdout)}`,
    ]);
  }
  if (report.statusCode === 405 && ADVISORY_ENDPOINT.test(String(report.uri ?? ""))) {
    return {
      outcome: "unavailable",
      reason: `the registry answered 405 Method Not Allowed to ${report.method ?? "POST"} ${report.uri}`,
    };
  }
  if (report.auditReportVersion !== 2) {
    const why =
      report.message ?? (report.error as { summary?: string } | undefined)?.summary ?? "no audit report";
    return fail([`npm audit failed (exit ${run.status}): ${firstLine(String(why))}`]);
  }
  const { exceptions, problems } = parseExceptions(exceptionsText);
  const advisories = seriousAdvisories(report);
  const reasons = [...problems];
  const excepted: Advisory[] = [];
  const used = new Set<AuditException>();
  for (const a of advisories) {
    const e = exceptions.find((x) => x.package === a.package && (x.id === a.id || x.id === a.source));
    if (!e) {
      reasons.push(
        `${a.severity}: ${a.package} ${a.id} ${a.title} (${a.url}) is not in audit-exceptions.json`,
      );
      continue;
    }
    used.add(e);
    if (e.reviewBy < today) {
      reasons.push(
        `${a.severity}: ${a.package} ${a.id}: its exception's review date ${e.reviewBy} has passed`,
      );
      continue;
    }
    excepted.push(a);
  }
  const counts = (report.metadata as { vulnerabilities?: Record<string, number> } | undefined)
    ?.vulnerabilities;
  const counted = (counts?.high ?? 0) + (counts?.critical ?? 0);
  if (advisories.length === 0 && counted > 0) {
    reasons.push(
      `npm audit counts ${counted} high or critical vulnerabilities but lists no advisory for them`,
    );
  }
  if (reasons.length > 0) return fail(reasons, advisories);
  return { outcome: "pass", advisories, excepted, unused: exceptions.filter((e) => !used.has(e)) };
}

function fail(reasons: string[], advisories: Advisory[] = []): AuditDecision {
  return { outcome: "fail", reasons, advisories };
}

function firstLine(text: string): string {
  return text.trim().split("\n")[0]?.slice(0, 300) ?? "";
}
