import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

/** The `tocsin` entry point, for tests that run it as its own process. */
export const BIN = join(import.meta.dirname, "../../bin/tocsin.js");

/** The environment without DATABASE_URL: these processes use the embedded store of their data folder. */
export function embeddedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...rest } = process.env;
  return rest;
}

/**
 * `tocsin serve` on a free port over the data folder `dir` (confidential; no worker unless `worker`), once it
 * listens.
 */
export function serveProcess(
  dir: string,
  options: { worker?: boolean } = {},
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const worker = options.worker ? [] : ["--no-worker"];
    const child = spawn(
      process.execPath,
      [BIN, "serve", "--port", "0", "--json", ...worker, "--clearance", "confidential", "--data", dir],
      { env: embeddedEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c;
      const m = out.match(/"url":\s*"([^"]+)"/);
      if (m) resolve({ child, url: m[1] as string });
    });
    child.stderr?.on("data", (c: Buffer) => {
      err += c;
    });
    child.on("exit", (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
}
