import atlasUrl from "world-atlas/countries-110m.json?url";

let pending: Promise<unknown> | null = null;

/**
 * Fetches the bundled world shapes (Natural Earth 1:110m TopoJSON, a file of the app) once. The map page starts
 * it as it mounts, beside the overview and the map's code, rather than after the map's code has arrived.
 */
export function loadAtlas(): Promise<unknown> {
  if (!pending) {
    pending = fetch(atlasUrl)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .catch((e: unknown) => {
        pending = null;
        throw e;
      });
  }
  return pending;
}
