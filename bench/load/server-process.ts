import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const BIN = join(import.meta.dirname, "..", "..", "bin", "tocsin.js");

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resident memory of the server process now, in MiB (from /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** Runs a tocsin CLI verb to its end, failing on a non-zero exit. */
export async function tocsin(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await tocsinOutput(args, env);
}

/** Runs a tocsin CLI verb to its end with an optional standard input; its standard output. */
export function tocsinOutput(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { stdin?: string } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stdin?.end(options.stdin ?? "");
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`tocsin ${args.join(" ")} exited ${code}`)),
    );
  });
}

/**
 * `tocsin serve` in its own process (as people run it), on a free loopback port; `bin` runs another
 * checkout's (a baseline to compare with).
 */
export function startServe(env: NodeJS.ProcessEnv, extra: string[] = [], bin = BIN): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--json", ...extra], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      let url: string;
      try {
        // serve --json prints one (indented) JSON document once it listens.
        url = (JSON.parse(out) as { url: string }).url;
      } catch {
        return; // not whole yet
      }
      resolve({
        url,
        child,
        rssMiB: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
          return kb / 1024;
        },
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
    child.once("exit", (code) => reject(new Error(`tocsin serve exited ${code} before listening`)));
  });
}
