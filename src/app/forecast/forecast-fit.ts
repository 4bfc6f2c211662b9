/**
 * A forecast's fit, scoring and explanation in a worker thread, so that the process running it (`tocsin
 * serve` with its job worker) keeps answering requests meanwhile: a fit takes CPU-seconds. Aborting the
 * signal terminates the thread at once, whatever it is doing; nothing is stored by the thread itself.
 */
import type { Panel } from "../../domain/risk/panel.ts";
import type { CountryChange } from "./changes.ts";
import type { FittedForecast } from "./forecast.service.ts";
import type { ModelId } from "./models.ts";
import { startTsWorker } from "./ts-worker.ts";

export interface FitSetup {
  panel: Panel;
  model: ModelId;
  year?: number;
  seed: number;
}

export type FitMessage =
  | { type: "phase"; phase: "explaining"; dataYear: number }
  | { type: "done"; result: FittedForecast; changes: CountryChange[] };

export interface FitOutcome {
  result: FittedForecast;
  changes: CountryChange[];
}

let live = 0;
/** Fitting threads alive in this process (tests check that a cancel ends its thread). */
export function liveFitThreads(): number {
  return live;
}

export function fitInThread(
  setup: FitSetup,
  options: { signal?: AbortSignal; onPhase?: (phase: string, extra: Record<string, unknown>) => void } = {},
): Promise<FitOutcome> {
  const { signal, onPhase } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = startTsWorker(new URL("./forecast-fit.worker.ts", import.meta.url), setup);
  live++;
  worker.once("exit", () => live--);
  return new Promise<FitOutcome>((resolve, reject) => {
    let settled = false;
    const end = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => end(() => reject(signal?.reason));
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.on("message", (m: FitMessage) => {
      if (m.type === "phase") onPhase?.(m.phase, { dataYear: m.dataYear });
      else end(() => resolve({ result: m.result, changes: m.changes }));
    });
    worker.once("error", (error) => end(() => reject(error)));
    worker.once("exit", (code) =>
      end(() =>
        reject(new Error(`the forecast's fitting thread stopped (exit code ${code}) before its result`)),
      ),
    );
  });
}
