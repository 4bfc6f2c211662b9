import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { type AuditRun, decideAudit, parseExceptions } from "../../scripts/audit-decision.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/audit", name), "utf8");
const run = (name: string, status: number): AuditRun => ({ status, stdout: fixture(name), stderr: "" });
const TODAY = "2026-11-26";
const none = JSON.stringify({ exceptions: [] });
const except = (...list: object[]) => JSON.stringify({ exceptions: list });
const parserHigh = {
  id: "GHSA-aaaa-bbbb-cccc",
  package: "made-up-parser",
  why: "only parses our own bundled rule files, never input from outside",
  reviewBy: "2027-01-31",
};
const zipCritical = {
  id: "1000003",
  package: "made-up-zip",
  why: "we never extract archives with it; only the build uses it",
  reviewBy: "2027-01-31",
};

test("no advisory, or only moderate ones: pass", () => {
  assert.equal(decideAudit(run("clean.json", 0), none, TODAY).outcome, "pass");
  const moderate = decideAudit(run("moderate-only.json", 0), none, TODAY);
  assert.equal(moderate.outcome, "pass");
  assert.equal(moderate.outcome === "pass" && moderate.advisories.length, 0);
});

test("a high or critical advisory not in the exception list fails, naming each (moderate ones left out)", () => {
  const d = decideAudit(run("high-and-critical.json", 1), none, TODAY);
  assert.equal(d.outcome, "fail");
  assert.ok(d.outcome === "fail");
  assert.deepEqual(
    d.advisories.map((a) => [a.package, a.id, a.severity]),
    [
      ["made-up-parser", "GHSA-aaaa-bbbb-cccc", "high"],
      ["made-up-zip", "GHSA-wwww-xxxx-rrrr", "critical"],
    ],
  );
  assert.equal(d.reasons.length, 2);
  assert.match(d.reasons[0] ?? "", /made-up-parser GHSA-aaaa-bbbb-cccc .* is not in audit-exceptions.json/);
});

test("excepted by GHSA id or npm's numeric id with the package: pass; one left out still fails", () => {
  const both = decideAudit(run("high-and-critical.json", 1), except(parserHigh, zipCritical), TODAY);
  assert.equal(both.outcome, "pass", JSON.stringify(both));
  assert.equal(both.outcome === "pass" && both.excepted.length, 2);
  const one = decideAudit(run("high-and-critical.json", 1), except(parserHigh), TODAY);
  assert.equal(one.outcome, "fail");
  assert.equal(one.outcome === "fail" && one.reasons.length, 1);
  // The id must name the package too: an exception for another package does not cover it.
  const wrongPackage = decideAudit(
    run("high-and-critical.json", 1),
    except({ ...parserHigh, package: "made-up-other" }, zipCritical),
    TODAY,
  );
  assert.equal(wrongPackage.outcome, "fail");
});

test("an exception past its review date stops counting; malformed exceptions fail", () => {
  const stale = decideAudit(
    run("high-and-critical.json", 1),
    except({ ...parserHigh, reviewBy: "2026-11-25" }, zipCritical),
    TODAY,
  );
  assert.equal(stale.outcome, "fail");
  assert.match(stale.outcome === "fail" ? (stale.reasons[0] ?? "") : "", /review date 2026-11-25 has passed/);
  const noWhy = decideAudit(
    run("clean.json", 0),
    except({ id: "GHSA-x", package: "p", reviewBy: "2027-01-01" }),
    TODAY,
  );
  assert.equal(noWhy.outcome, "fail");
  assert.match(noWhy.outcome === "fail" ? (noWhy.reasons[0] ?? "") : "", /lacks why/);
  assert.deepEqual(parseExceptions("{").exceptions, []);
  assert.match(parseExceptions("{").problems[0] ?? "", /not JSON/);
  assert.match(
    parseExceptions(except({ ...parserHigh, reviewBy: "soon" })).problems[0] ?? "",
    /reviewBy must be a date/,
  );
  // The committed exception file itself is well formed.
  const committed = parseExceptions(
    readFileSync(join(import.meta.dirname, "../../audit-exceptions.json"), "utf8"),
  );
  assert.deepEqual(committed.problems, []);
});

test("the mirror's 405 to the advisories endpoint is 'unavailable' (not a pass); any other failure fails", () => {
  const d = decideAudit(run("mirror-405.json", 1), none, TODAY);
  assert.equal(d.outcome, "unavailable");
  assert.match(
    d.outcome === "unavailable" ? d.reason : "",
    /405 Method Not Allowed to POST .*advisories\/bulk/,
  );
  assert.equal(decideAudit(run("server-error.json", 1), none, TODAY).outcome, "fail", "503 is a failure");
  const noLock = decideAudit(run("no-lockfile.json", 1), none, TODAY);
  assert.equal(noLock.outcome, "fail");
  assert.match(noLock.outcome === "fail" ? (noLock.reasons[0] ?? "") : "", /lockfile/);
  // A 405 from another endpoint is not the known mirror answer.
  const elsewhere = fixture("mirror-405.json").replaceAll(
    "/-/npm/v1/security/advisories/bulk",
    "/made-up-parser",
  );
  assert.equal(decideAudit({ status: 1, stdout: elsewhere, stderr: "" }, none, TODAY).outcome, "fail");
  const garbage = decideAudit({ status: 1, stdout: "npm ERR! something", stderr: "boom" }, none, TODAY);
  assert.equal(garbage.outcome, "fail");
});

test("scripts/audit.ts exits 0 with a loud notice on this machine's 405, or passes/fails by the rules", {
  timeout: 120_000,
}, () => {
  // The one test that asks the registry: skipped when npm cannot reach it (CI without network, say).
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit.ts"], {
    cwd: join(import.meta.dirname, "../.."),
    encoding: "utf8",
    timeout: 110_000,
  });
  const out = `${r.stdout}${r.stderr}`;
  if (/AUDIT NOT RUN/.test(out)) {
    assert.equal(r.status, 0);
    assert.match(out, /did NOT pass/);
  } else if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.test(out)) {
    assert.equal(r.status, 1, "a registry that cannot be reached is a failure, not a pass");
  } else {
    assert.match(out, /audit: (passed|FAILED)/);
  }
});
