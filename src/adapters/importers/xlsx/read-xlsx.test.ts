import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { deflateRawSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { fuzzSeed } from "../../../../test/support/fuzz/hostile.ts";
import { makeXlsx, xlsxParts, zipParts } from "../../../../test/support/make-xlsx.ts";
import { seededRng } from "../../../app/demo/scenario/prng.ts";
import { looksLikeZip, openXlsxFile, XlsxError, XlsxWorkbook } from "./read-xlsx.ts";
import { cellReference, isDateFormat, serialToIso } from "./xlsx-cells.ts";

// A fictional sheet (invented countries and codes): shared and inline strings, numbers, a boolean, a
// formula's text, a date serial, and cells left out of the XML.
const SHEET = {
  name: "events",
  rows: [
    ["country", "name", "startyear", "endyear", "code", "flag", "when", "note"],
    [
      "Atlantis",
      { inline: "rebels vs. islanders" },
      1950,
      1952.5,
      "atl1950s1",
      true,
      { date: 18_264 },
      "a & b <c>",
    ],
    ["Oz", null, 1995, null, { formula: 'LOWER("OZ1995N1")', text: "oz1995n1" }],
    [],
    ["Lilliput", "line one\r\nline two", 0.1, -3, "lil2001s1", false, { date: 36_892.5 }, "_x0041_ stays"],
  ],
};

const read = (bytes: Uint8Array, sheet?: string) => [...new XlsxWorkbook(bytes, "book.xlsx").rows(sheet)];
const rejects = (bytes: Uint8Array, part: string, pattern: RegExp) =>
  assert.throws(
    () => read(bytes),
    (e: unknown) => {
      assert.ok(e instanceof XlsxError, `an XlsxError, not ${(e as Error)?.stack}`);
      assert.equal(e.file, "book.xlsx");
      assert.equal(e.part, part);
      assert.match(e.message, pattern);
      return true;
    },
  );

describe("xlsx reader", () => {
  test("rows come out as cell text in column order, with every cell kind and gaps kept", () => {
    const rows = read(makeXlsx([SHEET]));
    assert.deepEqual(
      rows.map((r) => [r.row, r.cells]),
      [
        [1, ["country", "name", "startyear", "endyear", "code", "flag", "when", "note"]],
        [
          2,
          [
            "Atlantis",
            "rebels vs. islanders",
            "1950",
            "1952.5",
            "atl1950s1",
            "TRUE",
            "1950-01-01",
            "a & b <c>",
          ],
        ],
        [3, ["Oz", "", "1995", "", "oz1995n1"]],
        [
          5,
          [
            "Lilliput",
            "line one\r\nline two",
            "0.1",
            "-3",
            "lil2001s1",
            "FALSE",
            "2001-01-01T12:00:00",
            "_x0041_ stays",
          ],
        ],
      ],
    );
    assert.equal(rows.at(-1)?.done, 1);
  });

  test("a sparse row skips columns by reference; a named sheet is picked; a date style turns a serial into a day", () => {
    const parts = xlsxParts([{ name: "first", rows: [["x"]] }, SHEET]);
    parts["xl/worksheets/sheet1.xml"] =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="5"><c r="A5" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh></is></c><c r="C5"><v>7</v></c><c r="F5" s="2"><v>45658</v></c><c r="H5" s="1"/></row><row><c><v>1</v></c><c t="e"><v>#N/A</v></c></row></sheetData></worksheet>`;
    const wb = new XlsxWorkbook(zipParts(parts), "book.xlsx");
    assert.deepEqual(wb.sheetNames, ["first", "events"]);
    assert.deepEqual(
      [...wb.rows()].map((r) => [r.row, r.cells]),
      [
        [5, ["rich text", "", "7", "", "", "2025-01-01"]],
        [6, ["1", "#N/A"]],
      ],
    );
    assert.equal([...wb.rows("events")].length, 4);
    assert.throws(
      () => wb.rows("mk_events"),
      /no worksheet named "mk_events" \(the workbook has "first", "events"\)/,
    );
  });

  test("date serials follow Excel's two date systems and its 1900 leap-year slip", () => {
    assert.equal(serialToIso(1, false), "1900-01-01");
    assert.equal(serialToIso(59, false), "1900-02-28");
    assert.equal(serialToIso(60, false), null, "1900-02-29 never was");
    assert.equal(serialToIso(61, false), "1900-03-01");
    assert.equal(serialToIso(45_658, false), "2025-01-01");
    assert.equal(serialToIso(0, true), "1904-01-01");
    assert.equal(serialToIso(44_196, true), "2025-01-01");
    assert.deepEqual(cellReference("AB12"), { column: 27, row: 12 });
    assert.equal(cellReference("12AB"), null);
    assert.equal(isDateFormat(14, undefined), true);
    assert.equal(isDateFormat(2, undefined), false);
    assert.equal(isDateFormat(164, '0.00" days"'), false);
    assert.equal(isDateFormat(165, "[$-409]d-mmm-yy"), true);
  });

  test("bad input is an XlsxError naming the file and the part, never a crash", () => {
    rejects(strToU8("country,code\nOz,oz1\n"), "zip", /not an xlsx workbook \(not a ZIP archive\)/);
    const whole = makeXlsx([SHEET]);
    rejects(whole.subarray(0, whole.length - 30), "zip", /no end of central directory/);
    rejects(zipSync({ "hello.txt": strToU8("hi") }), "xl/workbook.xml", /missing: not an xlsx workbook/);

    const noSheets = xlsxParts([SHEET]);
    noSheets["xl/workbook.xml"] = `<workbook><sheets></sheets></workbook>`;
    rejects(zipParts(noSheets), "xl/workbook.xml", /no worksheet/);

    const malformed = xlsxParts([SHEET]);
    malformed["xl/worksheets/sheet1.xml"] =
      `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`;
    rejects(zipParts(malformed), "xl/worksheets/sheet1.xml", /malformed XML/);

    const badStrings = xlsxParts([SHEET]);
    badStrings["xl/sharedStrings.xml"] = `<sst><si><t>unclosed</si></sst>`;
    rejects(zipParts(badStrings), "xl/sharedStrings.xml", /malformed XML/);

    const outOfRange = xlsxParts([SHEET]);
    outOfRange["xl/worksheets/sheet1.xml"] =
      `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>999</v></c></row></sheetData></worksheet>`;
    rejects(
      zipParts(outOfRange),
      "xl/worksheets/sheet1.xml",
      /cell A1: shared string 999 is not in the table/,
    );

    const backwards = xlsxParts([SHEET]);
    backwards["xl/worksheets/sheet1.xml"] =
      `<worksheet><sheetData><row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData></worksheet>`;
    rejects(zipParts(backwards), "xl/worksheets/sheet1.xml", /cell B1 comes after column 3/);

    const notNumber = xlsxParts([SHEET]);
    notNumber["xl/worksheets/sheet1.xml"] =
      `<worksheet><sheetData><row r="1"><c r="A1"><v>12abc</v></c></row></sheetData></worksheet>`;
    rejects(zipParts(notNumber), "xl/worksheets/sheet1.xml", /cell A1: "12abc" is not a number/);

    const chart = xlsxParts([SHEET]);
    chart["xl/worksheets/sheet1.xml"] = `<chartsheet/>`;
    rejects(zipParts(chart), "xl/worksheets/sheet1.xml", /no <sheetData>: not a worksheet/);

    const missing = xlsxParts([SHEET]) as Record<string, string>;
    delete missing["xl/worksheets/sheet1.xml"];
    rejects(zipParts(missing), "xl/worksheets/sheet1.xml", /missing/);

    const damaged = Buffer.from(makeXlsx([SHEET]));
    assert.equal(damaged.indexOf("<sheetData"), -1, "parts are deflated, not stored");
    const sheetAt = damaged.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length + 12;
    damaged[sheetAt] = (damaged[sheetAt] as number) ^ 0xff; // inside the worksheet's deflated data
    rejects(
      damaged,
      "xl/worksheets/sheet1.xml",
      /damaged deflate data|CRC-32 mismatch|bytes where the archive says/,
    );
  });

  test("a zip bomb stops at the cap, whatever size its header claims", () => {
    const huge = `<worksheet><sheetData>${"<row/>".repeat(1_000_000)}</sheetData></worksheet>`; // 6 MB
    const parts: Record<string, string | Uint8Array> = xlsxParts([SHEET]);
    parts["xl/worksheets/sheet1.xml"] = huge;
    const bomb = Buffer.from(zipParts(parts));
    const limits = { maxPartBytes: 500_000, maxTotalBytes: 2_000_000 };
    assert.throws(
      () => [...new XlsxWorkbook(bomb, "book.xlsx", limits).rows()],
      /book\.xlsx, xl\/worksheets\/sheet1\.xml: inflates past 500000 bytes .* zip bomb/,
    );
    // The same entry with its sizes rewritten to look small: still stopped by counting what comes out.
    const lying = Buffer.from(bomb);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (
      let i = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      i >= 0;
      i = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)
    ) {
      if (lying.subarray(i + 46, i + 46 + name.length).equals(name)) lying.writeUInt32LE(100, i + 24);
    }
    // (fflate's unzipSync would trust the 100 and cut the part silently: this says it was counted.)
    assert.throws(
      () => [...new XlsxWorkbook(lying, "book.xlsx", limits).rows()],
      /inflates past 500000 bytes/,
    );
    assert.ok(deflateRawSync(huge).length < 100_000, "the bomb is small on the wire");
  });

  test("damaged workbooks (seeded: bytes of the archive, characters of the XML) give an XlsxError or rows, never another error", () => {
    const seed = fuzzSeed(20261126);
    const rng = seededRng(seed);
    const pick = (n: number) => Math.floor(rng.next() * n);
    const good = makeXlsx([SHEET]);
    const parts = xlsxParts([SHEET]);
    const names = [
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/workbook.xml",
      "xl/styles.xml",
      "xl/_rels/workbook.xml.rels",
    ];
    const outcomes = { rows: 0, refused: 0 };
    for (let k = 0; k < 300; k++) {
      let bytes: Uint8Array;
      if (k % 2 === 0) {
        const b = Buffer.from(good);
        for (let j = 0; j <= pick(4); j++) b[pick(b.length)] = pick(256);
        bytes = k % 6 === 0 ? b.subarray(0, pick(b.length)) : b;
      } else {
        const name = names[pick(names.length)] as string;
        const xml = parts[name] as string;
        const at = pick(xml.length);
        const junk = ["<", ">", "&", '"', "</c>", "<row>", "\u0000", 't="s"', 'r="A1"', ""][
          pick(10)
        ] as string;
        bytes = zipParts({ ...parts, [name]: xml.slice(0, at) + junk + xml.slice(at + pick(8)) });
      }
      try {
        const wb = new XlsxWorkbook(bytes, "book.xlsx");
        for (const r of wb.rows()) assert.ok(Array.isArray(r.cells));
        outcomes.rows++;
      } catch (error) {
        assert.ok(
          error instanceof XlsxError,
          `case ${k} (TOCSIN_FUZZ_SEED=${seed}): ${(error as Error)?.stack}`,
        );
        assert.match(error.message, /^book\.xlsx, \S/);
        outcomes.refused++;
      }
    }
    assert.ok(outcomes.refused > 100 && outcomes.rows > 10, JSON.stringify(outcomes));
  });

  describe("files", () => {
    const dir = mkdtempSync(join(tmpdir(), "tocsin-xlsx-"));
    after(() => rmSync(dir, { recursive: true, force: true }));
    test("a file is sniffed as a ZIP by its first bytes, read under its shown name, and capped in size", () => {
      const path = join(dir, "no-extension");
      writeFileSync(path, makeXlsx([SHEET]));
      writeFileSync(join(dir, "a.csv"), "PK,not a zip\n");
      assert.equal(looksLikeZip(path), true);
      assert.equal(looksLikeZip(join(dir, "a.csv")), false);
      assert.equal([...openXlsxFile(path, "upload.xlsx").rows()].length, 4);
      assert.throws(
        () => openXlsxFile(path, "upload.xlsx", { maxFileBytes: 100, maxPartBytes: 1e6, maxTotalBytes: 1e6 }),
        /upload\.xlsx, zip: \d+ bytes: larger than the 100 bytes/,
      );
    });
  });
});
