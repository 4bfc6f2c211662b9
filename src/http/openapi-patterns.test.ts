import assert from "node:assert/strict";
import { test } from "node:test";
import { httpHarness } from "../../test/support/http.ts";

const h = httpHarness();

/**
 * Every `pattern` of the published OpenAPI document is an ECMA-262 pattern as JSON Schema validators take it:
 * the source alone (no `/flags` appended, as a u-flag regex once leaked: `^[^\p{Cc}]*$/u`), compiling with and
 * without the u flag. The verification assignee's pattern still refuses control characters.
 */
test("the OpenAPI document's patterns compile as JSON Schema patterns", async () => {
  const res = await h().app.request("/api/openapi.json");
  assert.equal(res.status, 200);
  const patterns: string[] = [];
  JSON.stringify(await res.json(), (key, value) => {
    if (key === "pattern" && typeof value === "string") patterns.push(value);
    return value;
  });
  assert.ok(patterns.length > 10, `patterns found: ${patterns.length}`);
  for (const p of patterns) {
    assert.doesNotMatch(p, /\$\/[dgimsuvy]+$/, `a regex flag leaked into ${p}`);
    assert.doesNotThrow(() => new RegExp(p), `${p} compiles without flags`);
    assert.doesNotThrow(() => new RegExp(p, "u"), `${p} compiles with the u flag`);
  }
  const doc = await (await h().app.request("/api/openapi.json")).json();
  const assignee = doc.components.schemas.VerificationChange?.properties?.assignee;
  const pattern = (assignee?.pattern ??
    assignee?.anyOf?.find((x: { pattern?: string }) => x.pattern)?.pattern) as string | undefined;
  assert.ok(pattern, JSON.stringify(assignee));
  const re = new RegExp(pattern, "u");
  assert.ok(re.test("Ana Analyst"));
  for (const bad of ["a\u0007b", "tab\there", "c1\u0085"]) assert.ok(!re.test(bad), JSON.stringify(bad));
});
