import { useEffect, useState } from "preact/hooks";
import { getJson } from "../../api/client.ts";

export type Polled<T> =
  | { state: "loading" }
  | { state: "error"; error: Error }
  | { state: "ready"; data: T; now: number; refresh: () => void };

/**
 * Loads `path`, and again every `everyMs` while `active(data)` says the data may still move (a job queued or
 * running). Unlike useApi, a reload keeps showing the last answer: the controls never vanish under a finger.
 */
export function usePolled<T>(path: string, active: (data: T) => boolean, everyMs = 2000): Polled<T> {
  const [result, setResult] = useState<{ path: string; polled: Polled<T> }>({
    path,
    polled: { state: "loading" },
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => live && setTick((t) => t + 1);
    getJson<T>(path).then(
      (data) => {
        if (!live) return;
        setResult({ path, polled: { state: "ready", data, now: Date.now(), refresh } });
        if (active(data)) timer = setTimeout(refresh, everyMs);
      },
      (error: Error) => live && setResult({ path, polled: { state: "error", error } }),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [path, tick, everyMs]); // tick re-runs the load; `active` is read with each answer
  // Another path (a filter changed): its own answer, not the last one's.
  return result.path === path ? result.polled : { state: "loading" };
}
