import assert from "node:assert/strict";
import { test } from "node:test";
import { rowByAssignment, rowMaker } from "./delimited-rows.ts";

test("a row built by the generated literal equals one assigned key by key, whatever the column names", () => {
  const columns = [
    "id",
    'a "quoted" name',
    "back\\slash",
    "line\nbreak",
    "\u2028separator\u2029",
    "`$\u007bx}`",
    "}; throw new Error(); ({",
    "constructor",
    "__proto__",
    "toString",
    "12",
    "dup",
    "dup",
    "ünïcødé",
    "",
  ];
  const values = columns.map((c, i) => `value ${i} of ${c}`);
  const generated = rowMaker(columns)(values, columns);
  const assigned = rowByAssignment(values, columns);
  assert.deepEqual(generated, assigned);
  assert.deepEqual(Object.keys(generated), Object.keys(assigned));
  for (const c of columns) assert.equal(generated[c], assigned[c], c);
  assert.equal(generated.dup, `value 12 of dup`, "the last of two columns of one name wins, as before");
});
