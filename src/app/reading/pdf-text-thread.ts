/**
 * A PDF's text layer read in a worker thread (pdf-text.worker.ts), with a wall-time and a heap limit, so a
 * hostile or huge PDF holds neither the event loop (pdf.js parses for long stretches without yielding) nor
 * the process's memory: at the time limit the thread is terminated, whatever it is doing; a thread out of
 * heap dies alone. Both fail with `PdfLimitError` (invalid-input, on the `file` field) naming the file and the
 * limit. The caller's bytes are copied to the thread, never moved: they are hashed and stored as they are.
 *
 * Threads are kept for the next PDF: starting one costs 0.6-1.4 s on this 2-core machine under load (tsx's
 * loader thread mostly; a bare Node worker starts in ~0.1 s), more than reading most reports. An idle
 * thread ends after `IDLE_MS` and never keeps the process alive; a thread that hit a limit is never reused.
 * At most `MAX_THREADS` read at once (each may take `heapMb`); the others wait their turn, their clock not
 * started.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { ValidationError } from "../../domain/errors.ts";
import type { PdfText } from "../../domain/reading/ingest/pdf-text.ts";
import { startTsWorker } from "../forecast/ts-worker.ts";

export interface PdfLimits {
  /** Wall time from handing the PDF to a thread (started for it if none is idle) to its text, in ms. */
  timeMs: number;
  /** A thread's heap (V8 old generation), in MB. */
  heapMb: number;
}

export const PDF_LIMITS: PdfLimits = { timeMs: 30_000, heapMb: 512 };

const MAX_THREADS = Math.max(2, availableParallelism());
const IDLE_MS = 60_000;

/** A PDF whose text could not be read within the limits: the upload (or `tocsin read`) is refused. */
export class PdfLimitError extends ValidationError {
  constructor(file: string, limit: { timeMs: number } | { heapMb: number }) {
    const what =
      "timeMs" in limit
        ? `its text was not extracted within the time limit of ${limit.timeMs} ms`
        : `extracting its text ran out of the memory limit of ${limit.heapMb} MB`;
    super(
      `${file}: ${what}; nothing was stored. A PDF this costly cannot be read here: send its text in the ` +
        "`text` field to store it with that text instead",
      [{ path: "file", message: what }],
    );
  }
}

interface Thread {
  worker: Worker;
  heapMb: number;
  idleTimer?: NodeJS.Timeout;
}

const idle: Thread[] = [];
const waiting: (() => void)[] = [];
let busy = 0;
let nextId = 0;

/** The text of a PDF read in a worker thread within `limits` (PDF_LIMITS by default). */
export async function pdfTextInThread(
  bytes: Uint8Array,
  options: { name?: string | null; limits?: Partial<PdfLimits> } = {},
): Promise<PdfText> {
  const limits: PdfLimits = {
    timeMs: options.limits?.timeMs ?? PDF_LIMITS.timeMs,
    heapMb: options.limits?.heapMb ?? PDF_LIMITS.heapMb,
  };
  const file = options.name || "the PDF";
  while (busy >= MAX_THREADS) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  try {
    return await extract(takeThread(limits.heapMb), bytes, file, limits);
  } finally {
    busy--;
    waiting.shift()?.();
  }
}

/** Threads alive in this process, idle or reading (tests check that a limit ends its thread). */
export function pdfThreadsAlive(): number {
  return busy + idle.length;
}

function takeThread(heapMb: number): Thread {
  const at = idle.findIndex((t) => t.heapMb === heapMb);
  const thread = at >= 0 ? idle.splice(at, 1)[0] : undefined;
  if (thread) {
    clearTimeout(thread.idleTimer);
    thread.worker.ref();
    return thread;
  }
  const worker = startTsWorker(
    new URL("./pdf-text.worker.ts", import.meta.url),
    {},
    { resourceLimits: { maxOldGenerationSizeMb: heapMb } },
  );
  const created: Thread = { worker, heapMb };
  // A thread that dies while idle leaves the pool (its error, if any, is no request's to report).
  worker
    .on("error", () => undefined)
    .once("exit", () => {
      const at = idle.indexOf(created);
      if (at >= 0) idle.splice(at, 1);
      clearTimeout(created.idleTimer);
    });
  return created;
}

function release(thread: Thread): void {
  thread.worker.unref();
  thread.idleTimer = setTimeout(() => {
    const at = idle.indexOf(thread);
    if (at >= 0) idle.splice(at, 1);
    void thread.worker.terminate();
  }, IDLE_MS).unref();
  idle.push(thread);
}

function extract(thread: Thread, bytes: Uint8Array, file: string, limits: PdfLimits): Promise<PdfText> {
  const { worker } = thread;
  const id = ++nextId;
  return new Promise<PdfText>((resolve, reject) => {
    const end = (reuse: boolean, fn: () => void) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (reuse) release(thread);
      else void worker.terminate();
      fn();
    };
    const onMessage = (m: { id: number; text: PdfText }) => {
      if (m.id === id) end(true, () => resolve(m.text));
    };
    const onError = (error: Error & { code?: string }) =>
      end(false, () =>
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new PdfLimitError(file, { heapMb: limits.heapMb })
            : new Error(`${file}: the PDF text thread failed: ${error.message}`, { cause: error }),
        ),
      );
    const onExit = (code: number) =>
      end(false, () =>
        reject(new Error(`${file}: the PDF text thread stopped (exit code ${code}) before its result`)),
      );
    const timer = setTimeout(
      () => end(false, () => reject(new PdfLimitError(file, { timeMs: limits.timeMs }))),
      limits.timeMs,
    );
    worker.on("message", onMessage).once("error", onError).once("exit", onExit);
    // A copy crosses to the thread (structured clone): the caller's bytes stay as they are.
    worker.postMessage({ id, bytes });
  });
}
