import { CliError } from "./errors.ts";
import { EXIT } from "./exit-codes.ts";
import type { CliIo } from "./io.ts";

/**
 * A password for `tocsin user add|reset`: typed at a prompt that does not echo (twice) when stdin is a
 * terminal, else the first line of stdin (`printf '%s\n' "$PW" | tocsin user add ...`). Never an argument:
 * arguments show in `ps`, shell history and process logs.
 */
export async function readPassword(io: CliIo): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (stdin.isTTY && typeof stdin.setRawMode === "function") {
    const first = await promptHidden(io, "password: ");
    const again = await promptHidden(io, "password again: ");
    if (first !== again)
      throw new CliError("the two passwords differ", "type the same password twice", EXIT.usage, "usage");
    return first;
  }
  let text = "";
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  const line = text.split(/\r?\n/)[0] ?? "";
  if (line.length === 0) {
    throw new CliError(
      "no password on stdin",
      "type it at the prompt (run in a terminal), or pipe it as the first line of stdin",
      EXIT.usage,
      "usage",
    );
  }
  return line;
}

function promptHidden(io: CliIo, question: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  io.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      io.stderr.write("\n");
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          reject(new CliError("cancelled", "run the command again", EXIT.usage, "usage"));
          return;
        }
        value = ch === "\u007f" || ch === "\b" ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on("data", onData);
  });
}
