import { useEffect, useState } from "preact/hooks";
import { type ApiError, getJson } from "./client.ts";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; error: ApiError | Error }
  | { state: "ready"; data: T; reload: () => void };

/** Requests started before any component asked (the map page's data, as the app starts): taken once. */
const early = new Map<string, Promise<unknown>>();

/** Starts loading `path` now; the first `useApi(path)` takes this request instead of making its own. */
export function prefetch(path: string): void {
  if (early.has(path)) return;
  const started = getJson(path);
  early.set(path, started);
  // A failed one is not kept for a later page (a login may come between).
  started.catch(() => early.get(path) === started && early.delete(path));
}

/** Loads `path` (re-loading when it changes); `null` waits. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setResult({ state: "loading" });
    const started = early.get(path) as Promise<T> | undefined;
    early.delete(path);
    (started ?? getJson<T>(path)).then(
      (data) => live && setResult({ state: "ready", data, reload: () => setTick((t) => t + 1) }),
      (error: Error) => live && setResult({ state: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]); // tick re-runs the load on reload()
  return result;
}
