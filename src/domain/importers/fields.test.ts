import assert from "node:assert/strict";
import { test } from "node:test";
import { FieldError } from "./field-error.ts";
import { date, optionalFloat, optionalInt, requiredInt } from "./fields.ts";

const throwsAt = (fn: () => unknown, column: string) =>
  assert.throws(fn, (e: unknown) => e instanceof FieldError && e.column === column);

test("integers: empty and NA are null, floats written as .0 pass, anything else names its column", () => {
  assert.equal(optionalInt({ n: "" }, "n"), null);
  assert.equal(optionalInt({ n: "NA" }, "n"), null);
  assert.equal(optionalInt({ n: " 12 " }, "n"), 12);
  assert.equal(optionalInt({ n: "12.0" }, "n"), 12);
  throwsAt(() => optionalInt({ n: "12.5" }, "n"), "n");
  throwsAt(() => optionalInt({ n: "twelve" }, "n"), "n");
  throwsAt(() => requiredInt({ n: "" }, "n"), "n");
  throwsAt(() => optionalInt({}, "n"), "n");
  throwsAt(() => optionalInt({ n: "-1" }, "n", { min: 0 }), "n");
});

test("floats and dates", () => {
  assert.equal(optionalFloat({ x: "-12.5" }, "x"), -12.5);
  assert.equal(optionalFloat({ x: "1e3" }, "x"), 1000);
  throwsAt(() => optionalFloat({ x: "12,5" }, "x"), "x");
  throwsAt(() => optionalFloat({ x: "200" }, "x", { max: 180 }), "x");
  assert.equal(date({ d: "2024-03-05 00:00:00.000" }, "d"), "2024-03-05");
  assert.equal(date({ d: "5 March 2024" }, "d"), "2024-03-05");
  assert.equal(date({ d: "05-Mar-2024" }, "d"), "2024-03-05");
  assert.equal(date({ d: "" }, "d"), null);
  throwsAt(() => date({ d: "2024-02-30" }, "d"), "d");
  throwsAt(() => date({ d: "last week" }, "d"), "d");
});
