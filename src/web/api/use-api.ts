import { useEffect, useState } from "preact/hooks";
import { type ApiError, getJson } from "./client.ts";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; error: ApiError | Error }
  | { state: "ready"; data: T; reload: () => void };

/** Loads `path` (re-loading when it changes); `null` waits. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setResult({ state: "loading" });
    getJson<T>(path).then(
      (data) => live && setResult({ state: "ready", data, reload: () => setTick((t) => t + 1) }),
      (error: Error) => live && setResult({ state: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]); // tick re-runs the load on reload()
  return result;
}
