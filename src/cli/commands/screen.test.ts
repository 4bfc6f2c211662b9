import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, test } from "node:test";
import { Command } from "commander";
import { registerScreenCommand } from "./screen.ts";

const dir = mkdtempSync(join(tmpdir(), "tocsin-screen-"));

async function run(args: string[], stdin = ""): Promise<{ out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += c;
  });
  stderr.on("data", (c) => {
    err += c;
  });
  const program = new Command().exitOverride();
  registerScreenCommand(program, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr });
  await program.parseAsync(["node", "tocsin", ...args]);
  return { out, err };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function jsonLines(out: string): Record<string, unknown>[] {
  return out
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("tocsin screen", () => {
  test("--json: one object per line, in order, ids are line numbers, offsets in the original text", async () => {
    const path = file(
      "posts.txt",
      "Good morning, neighbours!\n\nThose people are V3RMIN and must be wiped out.\n",
    );
    const rows = jsonLines((await run(["screen", path, "--json"])).out);
    assert.deepEqual(
      rows.map((r) => r.id),
      [1, 2, 3],
    );
    assert.equal(rows[0]?.label, "neither");
    assert.deepEqual(rows[1], { id: 2, label: "neither", score: 0, findings: [] });
    const third = rows[2] as {
      label: string;
      score: number;
      findings: { match: string; start: number; end: number; stage: number }[];
    };
    assert.equal(third.label, "hateful");
    assert.ok(third.score >= 0.5 && third.score <= 1);
    const vermin = third.findings.find((f) => f.stage === 4);
    assert.equal(vermin?.match, "V3RMIN");
    assert.equal(
      "Those people are V3RMIN and must be wiped out.".slice(vermin?.start, vermin?.end),
      "V3RMIN",
    );
    assert.ok(third.findings.some((f) => f.stage === 7));
  });

  test("JSON Lines input keeps the id field; offsets count code points", async () => {
    const path = file(
      "posts.jsonl",
      `${JSON.stringify({ id: "a-1", text: "🙂🙂 they are cockroaches" })}\n${JSON.stringify({ id: 7, text: "Lovely weather." })}\nnot json\n`,
    );
    const rows = jsonLines((await run(["screen", path, "--json"])).out);
    assert.deepEqual(
      rows.map((r) => r.id),
      ["a-1", 7, 3],
    );
    const f = ((rows[0]?.findings ?? []) as { start: number; end: number; match: string }[])[0];
    assert.equal(f?.match, "cockroaches");
    assert.deepEqual([f?.start, f?.end], [12, 23]);
    assert.deepEqual(rows[2]?.problems, ["invalid-json"]);
  });

  test("empty input: no output, a note on stderr", async () => {
    const { out, err } = await run(["screen", file("empty.txt", ""), "--json"]);
    assert.equal(out, "");
    assert.match(err, /empty/);
  });

  test("binary input is refused with a clear error", async () => {
    await assert.rejects(run(["screen", file("bin.dat", Buffer.from([0, 1, 2, 0, 255]))]), /looks binary/);
    await assert.rejects(run(["screen", join(dir, "missing.txt")]), /no such file/);
  });

  test("wrongly encoded lines are screened with a problem flag, not a crash", async () => {
    const bytes = Buffer.concat([Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from(" vermin\nok\n")]);
    const rows = jsonLines((await run(["screen", file("latin1.txt", bytes), "--json"])).out);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0]?.problems, ["invalid-utf8"]);
  });

  test("an enormous line is truncated and flagged; stdin works", async () => {
    const big = `${"a ".repeat(700_000)}\nthey are rats\n`;
    const rows = jsonLines((await run(["screen", "-", "--json"], big)).out);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0]?.problems, ["truncated"]);
  });

  test("human output without --json", async () => {
    const { out } = await run(["screen", file("h.txt", "these people are parasites\n")]);
    assert.match(out, /^1\thateful|^1\toffensive|^1\tneither/);
    assert.match(out, /stage 4 dehumanising-metaphor "parasites"/);
  });
});
