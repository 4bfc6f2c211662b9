#!/usr/bin/env node
// Entry point of the `tocsin` command. Node 20 cannot strip TypeScript types, so the CLI runs its
// sources through tsx (a runtime dependency) instead of a separate build step: `npm ci` is all it needs.
import { fileURLToPath } from "node:url";
import { followParent, importHeapLimit, relaunch } from "./import-heap.js";

const heapMb = importHeapLimit(process.argv.slice(2), process.env, process.execArgv);
if (heapMb !== null) {
  // `tocsin import` on PostgreSQL runs under a heap limit (why: import-heap.js).
  relaunch(fileURLToPath(import.meta.url), process.argv.slice(2), heapMb);
} else {
  followParent();
  // `tocsin ... | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });

  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  await main();
}
