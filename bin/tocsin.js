#!/usr/bin/env node
// Entry point of the `tocsin` command. Node 20 cannot strip TypeScript types, so the CLI runs its
// sources through tsx (a runtime dependency) instead of a separate build step: `npm ci` is all it needs.
import { register } from "tsx/esm/api";

// `tocsin ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

register();
const { main } = await import("../src/cli/main.ts");
await main();
