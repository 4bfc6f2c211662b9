import assert from "node:assert/strict";
import { test } from "node:test";
import { VERIFICATION_STATUSES } from "../../src/domain/verification/verification-status.ts";
import * as web from "../../src/web/pages/evidence/verification-api.ts";

// The web app copies the verification statuses (importing the domain would bundle zod): no drift.
test("the web app's verification statuses, labels and marks equal the domain's statuses", () => {
  assert.deepEqual(web.VERIFICATION_STATUSES, VERIFICATION_STATUSES);
  assert.deepEqual(Object.keys(web.STATUS_LABELS), [...VERIFICATION_STATUSES]);
  assert.deepEqual(Object.keys(web.STATUS_MARKS), [...VERIFICATION_STATUSES]);
  assert.equal(new Set(Object.values(web.STATUS_MARKS)).size, VERIFICATION_STATUSES.length, "marks differ");
});
