import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CsvEncodeError, csvLine } from "./copy-csv.ts";

const where = (c: number) => `row 1, column ${c}`;

describe("COPY CSV encoding", () => {
  test("null is an empty field, the empty string a quoted one", () => {
    assert.equal(csvLine([null, "", "x"], where), ',"",x\n');
  });

  test("text with commas, quotes, newlines or backslashes is quoted, quotes doubled", () => {
    assert.equal(
      csvLine(["a,b", 'say "hi"', "l1\nl2", "cr\r", "\\."], where),
      '"a,b","say ""hi""","l1\nl2","cr\r","\\."\n',
    );
    assert.equal(csvLine(["plain text ä"], where), "plain text ä\n");
    // Characters beyond the BMP are checked for lone surrogates, and then quoted: harmless, and still exact.
    assert.equal(csvLine(["🚨"], where), '"🚨"\n');
  });

  test("arrays become quoted array literals, elements escaped", () => {
    assert.equal(
      csvLine([["a", 'b"c', "d\\e", "NULL", "x,y"]], where),
      '"{""a"",""b\\""c"",""d\\\\e"",""NULL"",""x,y""}"\n',
    );
    assert.equal(csvLine([[]], where), "{}\n");
  });

  test("objects become JSON, numbers and booleans as PostgreSQL reads them", () => {
    assert.equal(csvLine([{ a: 'x"y' }, 1.5, -3, true], where), '"{""a"":""x\\""y""}",1.5,-3,t\n');
  });

  test("values CSV cannot carry exactly are refused, naming where", () => {
    assert.throws(
      () => csvLine(["ok", "a\u0000b"], where),
      (e: unknown) => {
        assert.ok(e instanceof CsvEncodeError);
        assert.equal(e.message, "row 1, column 1: holds a NUL character (U+0000)");
        return true;
      },
    );
    assert.throws(() => csvLine([{ d: "\u0000" }], where), /NUL/);
    assert.throws(() => csvLine([[1 as unknown as string]], where), /array elements must be text/);
    assert.throws(() => csvLine(["broken \uD800 pair"], where), /lone UTF-16 surrogate/);
    assert.throws(() => csvLine([Number.NaN], where), /not a finite number/);
  });
});
