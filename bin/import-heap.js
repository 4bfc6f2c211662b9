// Why `tocsin import` on PostgreSQL runs in a child process with a bounded heap.
//
// An import holds two batches at most (one written while the next is read: a few MB, bounded by rows and by
// bytes in ImportDatasetService), yet V8 grows its heap lazily under the import's high allocation rate: the
// process reached about 400 MB of RSS on PostgreSQL with under 60 MB of live objects (issue 4's goal: 300 MB).
// A heap limit is the one thing that makes V8 collect sooner, and Node reads it only at start, so the command
// starts itself again with it. Only on PostgreSQL: with the embedded store the process also holds PGlite, whose
// memory is not V8's heap, and the store's folder lock must not outlive a killed parent.
import { spawn } from "node:child_process";

/** The default heap limit of an import (MiB): measured large enough for rows at the size limits. */
export const IMPORT_HEAP_MB = 128;

/** The heap limit to relaunch `argv` under, or null to run in this process. */
export function importHeapLimit(argv, env, execArgv) {
  if (argv[0] !== "import" || !env.DATABASE_URL || env.TOCSIN_IMPORT_HEAP_MB === "0") return null;
  if (argv.includes("--help") || argv.includes("-h")) return null;
  const flags = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (flags.some((f) => f.startsWith("--max-old-space-size"))) return null; // the user's own limit stands
  const mb = Number(env.TOCSIN_IMPORT_HEAP_MB ?? IMPORT_HEAP_MB);
  return Number.isInteger(mb) && mb >= 32 ? mb : IMPORT_HEAP_MB;
}

/**
 * Runs this script again as a child under `--max-old-space-size=mb`, sharing the terminal, and ends this
 * process as the child ends (same exit code or signal). The child dies with this process: it watches the
 * IPC channel and kills itself when the channel closes, so a `kill -9` of the command still ends the import
 * at once (its resume is then exactly once, as for any kill).
 */
export function relaunch(script, argv, mb) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${mb}`, script, ...argv],
    {
      stdio: ["inherit", "inherit", "inherit", "ipc"],
      env: { ...process.env, TOCSIN_RELAUNCHED: "1" },
    },
  );
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  child.on("exit", (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

/** In a relaunched child: dies with its parent. */
export function followParent() {
  if (process.env.TOCSIN_RELAUNCHED !== "1" || !process.channel) return;
  process.on("disconnect", () => process.kill(process.pid, "SIGKILL"));
  process.channel.unref();
}
