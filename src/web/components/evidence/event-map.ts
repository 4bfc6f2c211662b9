import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-110m.json?url";
import { formatDateRange } from "../../format/dates.ts";
import { formatToll } from "../../format/numbers.ts";
import { formatCoordinates, formatPlace, precisionLabel } from "./format.ts";
import type { EventRecord } from "./types.ts";

/**
 * The event map, loaded only by the event map page (dynamic import keeps Leaflet and the country shapes out of
 * every other page's JavaScript). No tile server: Natural Earth's country outlines (world-atlas, 1:110m) are
 * drawn beneath circle markers; a marker's ring shows how precisely the place is known.
 */

/** Stroke dash and radius by location precision: solid and small when exact, dashed and wide when coarse. */
const STYLE: Record<string, { radius: number; dashArray?: string }> = {
  exact: { radius: 6 },
  near: { radius: 8 },
  admin2: { radius: 11, dashArray: "4 3" },
  admin1: { radius: 15, dashArray: "2 4" },
  country: { radius: 19, dashArray: "1 5" },
  region: { radius: 19, dashArray: "1 5" },
  unknown: { radius: 19, dashArray: "1 5" },
};

export const PRECISION_STYLE = STYLE;

export function drawEventMap(
  element: HTMLElement,
  events: EventRecord[],
  onOpen: (id: string) => void,
): () => void {
  const map = L.map(element, { worldCopyJump: false, zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Country outlines: Natural Earth (public domain)");
  // The outlines are a file of the app (the world map page fetches the same one, so it is cached once).
  fetch(atlasUrl)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((topology: Topology<{ countries: GeometryCollection }>) => {
      const outlines = L.geoJSON(feature(topology, topology.objects.countries), {
        style: { color: "#8a8a8a", weight: 0.6, fillColor: "#eeeeee", fillOpacity: 1 },
        interactive: false,
      });
      outlines.addTo(map);
      outlines.bringToBack();
      element.dataset.outlines = "drawn";
    })
    .catch(() => {
      element.dataset.outlines = "failed";
    });
  const placed = events.filter((e) => e.place.latitude !== null && e.place.longitude !== null);
  const layer = L.featureGroup();
  for (const e of placed) {
    const style = STYLE[e.place.precision] ?? STYLE.unknown;
    const marker = L.circleMarker([e.place.latitude as number, e.place.longitude as number], {
      ...style,
      color: e.contested ? "#8a1c14" : "#0b4f8a",
      weight: 2,
      fillOpacity: 0.25,
    });
    const label = `${e.title}: ${formatDateRange(e.dateStart, e.dateEnd, e.datePrecision)}, ${formatPlace(e.place)} (${precisionLabel(e.place)}${formatCoordinates(e.place) ? `, ${formatCoordinates(e.place)}` : ""}); deaths ${formatToll(e.fatalities)}${e.contested ? "; contested" : ""}`;
    marker.bindTooltip(label);
    marker.on("click", () => onOpen(e.id));
    marker.addTo(layer);
  }
  layer.addTo(map);
  element.dataset.markers = String(placed.length);
  if (placed.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 8 });
  else map.setView([0, 0], 1);
  return () => map.remove();
}
