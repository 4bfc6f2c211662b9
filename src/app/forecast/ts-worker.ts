/**
 * Starts a TypeScript module as a worker thread. Node 20 cannot run TypeScript in a worker by itself: a
 * small CommonJS bootstrap registers tsx (as bin/tocsin.js does) and then imports the module, which reads
 * its input from `workerData.setup`. `resourceLimits` bounds the thread's heap (PDF text extraction).
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

export function startTsWorker(
  entry: URL,
  setup: object,
  options: Pick<WorkerOptions, "resourceLimits"> = {},
): Worker {
  const boot = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;
  return new Worker(boot, {
    eval: true,
    workerData: { tsx: import.meta.resolve("tsx/esm/api"), entry: entry.href, setup },
    ...options,
  });
}
