// `tocsin screen <file> [--json] [--format auto|text|jsonl]`: screens posts for hate speech, dehumanisation,
// fear speech and denial. One post per line, or JSON Lines with "text" (and "id"); "-" reads standard input.
// Streams: memory stays flat whatever the file's size. With --json, one JSON object per input post, in input
// order: {"id", "label", "score", "findings": [{"stage", "kind", "match", "start", "end", "score", "ref"}]}
// with start/end in Unicode code points of the post. Findings are suggestions for an analyst to confirm.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import type { Command } from "commander";
import { looksBinary } from "../../app/screening/line-reader.ts";
import { loadModel } from "../../app/screening/model-store.ts";
import { type InputFormat, type ScreenedLine, screenLines } from "../../app/screening/screen-lines.ts";

export interface ScreenIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** A problem with the input as a whole (missing, a directory, binary): reported, never a stack trace. */
export class ScreenInputError extends Error {
  readonly exitCode = 2;
}

/** Writes with back-pressure; resolves on drain, or when the reader went away (`| head`: EPIPE). */
function write(out: Writable, s: string): Promise<void> | undefined {
  if (out.write(s)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("error", done);
      out.off("close", done);
      resolve();
    };
    out.once("drain", done);
    out.once("error", done);
    out.once("close", done);
  });
}

function human(r: ScreenedLine): string {
  const found = r.findings
    .map((f) => `stage ${f.stage} ${f.kind} "${f.match}" ${f.score.toFixed(2)}`)
    .join("; ");
  const problems = r.problems ? ` [${r.problems.join(", ")}]` : "";
  return `${r.id}\t${r.label}\t${r.score.toFixed(3)}${found ? `\t${found}` : ""}${problems}\n`;
}

async function openInput(file: string, io: ScreenIo): Promise<Readable> {
  if (file === "-") return io.stdin;
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new ScreenInputError(`screen: ${file}: no such file`);
  if (!info.isFile()) throw new ScreenInputError(`screen: ${file}: not a regular file`);
  const handle = await open(file, "r");
  try {
    const head = new Uint8Array(8192);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (looksBinary(head.subarray(0, bytesRead))) {
      throw new ScreenInputError(
        `screen: ${file}: looks binary (NUL bytes); expected UTF-8 text, one post per line, or JSON Lines`,
      );
    }
  } finally {
    await handle.close();
  }
  return createReadStream(file);
}

export function registerScreenCommand(program: Command, io?: Partial<ScreenIo>): Command {
  const streams: ScreenIo = {
    stdin: io?.stdin ?? process.stdin,
    stdout: io?.stdout ?? process.stdout,
    stderr: io?.stderr ?? process.stderr,
  };
  return program
    .command("screen")
    .description(
      "screen posts (one per line, or JSON Lines with id and text) for hate speech, dehumanisation, fear speech and denial",
    )
    .argument("<file>", 'text file, one post per line, or JSON Lines with "text" (and "id"); "-" for stdin')
    .option("--json", "one JSON object per post: id, label, score, findings")
    .option("--format <format>", "auto, text or jsonl", "auto")
    .action(async (file: string, opts: { json?: boolean; format: string }) => {
      if (!["auto", "text", "jsonl"].includes(opts.format)) {
        throw new ScreenInputError(`screen: --format must be auto, text or jsonl (got ${opts.format})`);
      }
      const input = await openInput(file, streams);
      const model = loadModel();
      let count = 0;
      // A closed output (the reader stopped, e.g. `| head`) ends the run quietly instead of crashing.
      let closed = false;
      const onError = () => {
        closed = true;
      };
      streams.stdout.on("error", onError);
      try {
        for await (const r of screenLines(input, model, opts.format as InputFormat)) {
          if (closed) break;
          const line = opts.json ? `${JSON.stringify(r)}\n` : human(r);
          const wait = write(streams.stdout, line);
          if (wait) await wait;
          count++;
        }
      } finally {
        streams.stdout.off("error", onError);
        if ("destroy" in input && input !== streams.stdin) input.destroy();
      }
      if (count === 0 && !closed) streams.stderr.write(`screen: ${file}: no posts (empty input)\n`);
    });
}
