import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { templateDir } from "../../test/support/template.ts";
import type { CliIo } from "./io.ts";
import { run } from "./main.ts";

/** Streams that collect what a run writes, for tests. */
export function bufferIo(env: NodeJS.ProcessEnv = {}, signal?: AbortSignal) {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdin: Readable.from([]),
    stdout: new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    }),
    stderr: new Writable({
      write(chunk, _enc, done) {
        err += String(chunk);
        done();
      },
    }),
    // A clean environment: the PostgreSQL URL the storage tests use must not leak into PGlite runs.
    env: { USER: "tester", ...env },
    isTTY: false,
    signal,
  };
  return { io, out: () => out, err: () => err };
}

/** Runs `tocsin <argv>` in-process. */
export async function tocsin(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const b = bufferIo(env);
  const code = await run(argv, b.io);
  return { code, out: b.out(), err: b.err() };
}

/** A folder holding a migrated, empty embedded store (a copy of the test run's template when there is one). */
export function storeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "tocsin-cli-test-"));
  const template = templateDir();
  if (existsSync(template)) cpSync(template, dir, { recursive: true });
  return dir;
}
