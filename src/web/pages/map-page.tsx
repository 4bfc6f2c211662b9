import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { OVERVIEW_PATH, type Overview } from "../api/overview.ts";
import { prefetch, useApi } from "../api/use-api.ts";
import { Show } from "../components/loaded.tsx";
import { loadAtlas } from "../components/map/atlas.ts";
import { CountryPanel } from "../components/map/country-panel.tsx";
import { MapLegend } from "../components/map/legend.tsx";
import { OverviewTable } from "../components/map/overview-table.tsx";
import { LevelPatterns } from "../components/map/patterns.tsx";
import type { MapLayer, WorldMap as WorldMapComponent } from "../components/map/world-map.tsx";
import { formatDate } from "../format/dates.ts";

type View = "map" | "table";

type MapModule = typeof import("../components/map/world-map.tsx");
let mapModule: Promise<MapModule> | null = null;
/** The map's code (Leaflet) and shapes; the module starts fetching the shapes as it is evaluated. */
const loadMapModule = () => {
  mapModule ??= import("../components/map/world-map.tsx");
  loadAtlas().catch(() => {}); // the map reports a failure itself
  return mapModule;
};

// On the map's own address, its data, code and shapes are asked for as the app starts, in parallel, before
// the first render (which waits for the session and server checks too); elsewhere, when the page mounts.
if (typeof location !== "undefined" && location.pathname === "/") {
  prefetch(OVERVIEW_PATH);
  if (new URLSearchParams(location.search).get("view") !== "table") loadMapModule();
}

/**
 * The home page: the world map coloured by each country's highest alert level (or by statistical risk), a
 * table of the same data, and the selected country's situations. View, layer and country live in the URL
 * (?view=table&layer=risk&country=XFT), so every state has a deep link.
 */
export function MapPage() {
  const { query, route, path } = useLocation();
  const overview = useApi<Overview>(OVERVIEW_PATH);
  const view: View = query.view === "table" ? "table" : "map";
  const layer: MapLayer = query.layer === "risk" ? "risk" : "alert";
  // Leaflet and the map's code load in their own chunk, beside the overview: other pages never pay for them.
  const [WorldMap, setWorldMap] = useState<typeof WorldMapComponent | null>(null);
  useEffect(() => {
    loadMapModule().then((m) => setWorldMap(() => m.WorldMap));
  }, []);
  const selected = query.country && /^[A-Z]{3}$/.test(query.country) ? query.country : null;

  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    const qs = next.toString();
    route(`${path}${qs ? `?${qs}` : ""}`, true);
  };

  return (
    <section class="map-page">
      <h1>World map of alert levels</h1>
      <LevelPatterns />
      <Show loaded={overview} what="the overview">
        {(o) => (
          <>
            <p class="muted">
              Each country is shown at the highest alert level among its situations, assessed as of{" "}
              {formatDate(o.asOf)} by the rules {o.rules}.{" "}
              {!o.complete && "Some levels are still being computed: reload in a moment."}
            </p>
            <div class="map-controls">
              <fieldset class="view-choice">
                <legend>Show the data as</legend>
                <button type="button" aria-pressed={view === "map"} onClick={() => go({ view: null })}>
                  Map
                </button>
                <button type="button" aria-pressed={view === "table"} onClick={() => go({ view: "table" })}>
                  Table
                </button>
              </fieldset>
              {view === "map" && (
                <fieldset class="layer-choice">
                  <legend>Colour countries by</legend>
                  <label>
                    <input
                      type="radio"
                      name="layer"
                      value="alert"
                      checked={layer === "alert"}
                      onChange={() => go({ layer: null })}
                    />{" "}
                    Alert level
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="layer"
                      value="risk"
                      checked={layer === "risk"}
                      disabled={!o.risk}
                      aria-describedby={o.risk ? undefined : "no-risk"}
                      onChange={() => go({ layer: "risk" })}
                    />{" "}
                    Statistical risk
                  </label>
                  {!o.risk && (
                    <span id="no-risk" class="muted small">
                      {" "}
                      (no forecasts stored yet: <code>tocsin forecast --store</code>)
                    </span>
                  )}
                </fieldset>
              )}
            </div>
            {view === "map" ? (
              <div class="map-layout">
                <div>
                  {WorldMap ? (
                    <WorldMap overview={o} layer={layer} onSelect={(iso3) => go({ country: iso3 })} />
                  ) : (
                    <p class="muted world-map" aria-busy="true">
                      Loading the map…
                    </p>
                  )}
                  <MapLegend
                    layer={layer}
                    riskNote={
                      o.risk && layer === "risk"
                        ? `Probability of a mass-killing onset in ${o.risk.window.from}-${o.risk.window.to}, from ${o.risk.dataYear} data (model ${o.risk.modelId}${o.risk.fictional ? ", fictional run" : ""}). A starting point, not a verdict.`
                        : undefined
                    }
                  />
                  <Unmapped overview={o} onSelect={(iso3) => go({ country: iso3 })} />
                </div>
                {selected && (
                  <CountryPanel
                    iso3={selected}
                    country={o.countries.find((c) => c.iso3 === selected)}
                    risk={o.risk}
                    onClose={() => go({ country: null })}
                  />
                )}
              </div>
            ) : (
              <OverviewTable overview={o} />
            )}
          </>
        )}
      </Show>
    </section>
  );
}

/** Countries with situations that the map cannot draw (no shape, no located event), so they are never lost. */
function Unmapped(props: { overview: Overview; onSelect: (iso3: string) => void }) {
  const missing = props.overview.countries.filter((c) => c.shape.kind === "none");
  if (missing.length === 0) return null;
  return (
    <p>
      Not on the map (no shape and no located event):{" "}
      {missing.map((c, i) => (
        <span key={c.iso3}>
          {i > 0 && ", "}
          <button type="button" class="link" onClick={() => props.onSelect(c.iso3)}>
            {c.name}
          </button>
        </span>
      ))}
    </p>
  );
}
