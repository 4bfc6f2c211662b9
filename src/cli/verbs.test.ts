import assert from "node:assert/strict";
import { test } from "node:test";
import { Command } from "commander";
import { createCli } from "./cli.ts";
import { bufferIo, tocsin } from "./test-io.ts";
import { VERB_MODULES } from "./verbs.ts";

test("each verb module registers exactly the verbs the table names for it, and no two modules share one", async () => {
  const seen = new Set<string>();
  for (const m of VERB_MODULES) {
    const program = new Command("tocsin");
    const { io } = bufferIo();
    (await m.load())(
      program,
      createCli(io, () => {}),
      io,
    );
    assert.deepEqual(
      program.commands.map((c) => c.name()),
      m.verbs,
      `the module of ${m.verbs.join(", ")}`,
    );
    for (const v of m.verbs) {
      assert.ok(!seen.has(v), `${v} is in one module only`);
      seen.add(v);
    }
  }
});

test("tocsin --help lists every verb; a verb's own help still works when only its module is loaded", async () => {
  const help = await tocsin(["--help"]);
  assert.equal(help.code, 0);
  for (const m of VERB_MODULES)
    for (const v of m.verbs) assert.match(help.out, new RegExp(`^  ${v}\\b`, "m"));
  const verify = await tocsin(["verify", "--help"]);
  assert.equal(verify.code, 0);
  assert.match(verify.out, /Usage: tocsin verify/);
  const unknown = await tocsin(["verfy"]);
  assert.equal(unknown.code, 2, "an unknown verb is a usage error");
  assert.match(unknown.err, /verify/, "with the nearest verb suggested");
});
