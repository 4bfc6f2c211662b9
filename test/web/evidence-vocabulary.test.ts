import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CORE_ACT_TYPES, Involvement } from "../../src/domain/evidence/acts.ts";
import { DatePrecision } from "../../src/domain/evidence/dates.ts";
import { SourceKind } from "../../src/domain/evidence/entities.ts";
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "../../src/domain/evidence/grades.ts";
import { LocationPrecision } from "../../src/domain/evidence/places.ts";
import { CONFIDENTIAL_FIELDS, SENSITIVITIES } from "../../src/domain/evidence/sensitivity.ts";
import * as web from "../../src/web/components/evidence/vocabulary.ts";

// The web app copies the domain's vocabularies (importing them would bundle zod): the copies must not drift.
describe("the web app's copy of the evidence vocabularies", () => {
  test("equals the domain's", () => {
    assert.deepEqual(web.ACT_TYPES, CORE_ACT_TYPES);
    assert.deepEqual(web.INVOLVEMENTS, Involvement.options);
    assert.deepEqual(web.DATE_PRECISIONS, DatePrecision.options);
    assert.deepEqual(web.SOURCE_KINDS, SourceKind.options);
    assert.deepEqual(web.LOCATION_PRECISIONS, LocationPrecision.options);
    assert.deepEqual(Object.keys(web.LOCATION_PRECISION_LABELS), LocationPrecision.options);
    assert.deepEqual(web.SENSITIVITIES, SENSITIVITIES);
    assert.deepEqual(web.RELIABILITY_LABELS, RELIABILITY_LABELS);
    assert.deepEqual(web.CREDIBILITY_LABELS, CREDIBILITY_LABELS);
    assert.deepEqual(web.CONFIDENTIAL_FIELDS, CONFIDENTIAL_FIELDS);
  });
});
