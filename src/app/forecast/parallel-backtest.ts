/**
 * The backtest over worker threads. Its 31 fits (one per last training year L) are independent, so each
 * thread takes the next L as it frees up, largest training sets first so that no thread is left with a big
 * fit at the end. Results do not depend on the thread count: each fit is seeded by seed + L and the run is
 * assembled in L order (tested). The model is rebuilt in each thread from its id, since a model spec holds
 * functions that cannot cross threads. threads <= 1 runs in this thread with no worker.
 */
import { availableParallelism } from "node:os";
import {
  assembleBacktest,
  type BacktestOptions,
  type BacktestRun,
  type BacktestYear,
  backtestYear,
} from "../../domain/risk/backtest.ts";
import { preparedPanel } from "../../domain/risk/model-spec.ts";
import type { Panel } from "../../domain/risk/panel.ts";
import { type ModelId, modelSpec } from "./models.ts";
import { startTsWorker } from "./ts-worker.ts";

export interface ParallelBacktestOptions extends BacktestOptions {
  /** Worker threads (default: the machine's available parallelism). */
  threads?: number;
  coefficients?: string;
}

export interface ParallelBacktestRun extends BacktestRun {
  parts: BacktestYear[];
  threads: number;
}

export function defaultThreads(): number {
  return availableParallelism();
}

export async function runBacktestParallel(
  panel: Panel,
  model: ModelId,
  options: ParallelBacktestOptions = {},
): Promise<ParallelBacktestRun> {
  const first = options.firstTrainEnd ?? 1991;
  const last = options.lastTrainEnd ?? 2021;
  const seed = options.seed ?? 1;
  const queue: number[] = [];
  for (let L = last; L >= first; L--) queue.push(L);
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), queue.length));
  const parts: BacktestYear[] = [];
  if (threads === 1) {
    const spec = modelSpec(model, options.coefficients);
    const prepared = preparedPanel(spec, panel);
    for (const L of queue.reverse()) {
      const part = backtestYear(prepared, spec, L, seed);
      options.onFit?.(part.fit);
      parts.push(part);
    }
  } else {
    const setup = {
      panel,
      model,
      seed,
      ...(options.coefficients ? { coefficients: options.coefficients } : {}),
    };
    await Promise.all(
      Array.from({ length: threads }, () =>
        drain(setup, queue, (part) => {
          options.onFit?.(part.fit);
          parts.push(part);
        }),
      ),
    );
  }
  return { ...assembleBacktest(panel, model, first, last, parts), parts, threads };
}

/** One worker taking years from the shared queue until it is empty. */
function drain(setup: object, queue: number[], done: (part: BacktestYear) => void): Promise<void> {
  const worker = startTsWorker(new URL("./backtest.worker.ts", import.meta.url), setup);
  return new Promise<void>((resolve, reject) => {
    const next = () => {
      const L = queue.shift();
      if (L === undefined) {
        void worker.terminate().then(() => resolve());
        return;
      }
      worker.postMessage(L);
    };
    worker.on("message", (part: BacktestYear) => {
      done(part);
      next();
    });
    worker.once("error", (error) => {
      void worker.terminate();
      reject(error);
    });
    worker.once("online", next);
  });
}
