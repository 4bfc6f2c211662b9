import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { ApiError, Page } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { EVENT_FILTERS, EventFilters } from "../../components/evidence/event-filters.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import type { EventRecord } from "../../components/evidence/types.ts";
import { LOCATION_PRECISION_LABELS } from "../../components/evidence/vocabulary.ts";
import { apiList, useQuery } from "./query.ts";

const BASE = "/evidence/map";

/**
 * Events with coordinates on a map of country outlines (the same filters as the list, in the URL). Leaflet and
 * the shapes arrive by dynamic import, only here.
 */
export function EventMapPage() {
  const query = useQuery();
  const { route } = useLocation();
  const events = useApi<Page<EventRecord>>(apiList("events", query, EVENT_FILTERS, 500));
  const box = useRef<HTMLElement>(null);
  const [mapError, setMapError] = useState<string | null>(null);
  const items = events.state === "ready" ? events.data.items : null;
  useEffect(() => {
    if (!items || !box.current) return;
    let dispose: (() => void) | null = null;
    let live = true;
    import("../../components/evidence/event-map.ts").then(
      (m) => {
        if (live && box.current)
          dispose = m.drawEventMap(box.current, items, (id) => route(`/evidence/events/${id}`));
      },
      (e: Error) => setMapError(e.message),
    );
    return () => {
      live = false;
      dispose?.();
    };
  }, [items]);
  const placed = items?.filter((e) => e.place.latitude !== null && e.place.longitude !== null).length ?? 0;
  const problems = events.state === "error" ? ((events.error as ApiError).fieldErrors ?? []) : [];
  return (
    <section>
      <EvidenceNav />
      <h1>Event map</h1>
      <EventFilters key={query.toString()} query={query} problems={problems} base={BASE} />
      {events.state === "error" && (
        <p class="error" role="alert">
          Could not load events: {events.error.message}
        </p>
      )}
      {items && (
        <p role="status">
          {placed} of {items.length} events
          {events.state === "ready" && events.data.nextCursor ? " (the first 500)" : ""} have coordinates and
          are drawn; the others are in the <a href={`/evidence/events?${query}`}>list</a>. Hover or focus a
          marker for its event; click to open it.
        </p>
      )}
      {mapError && <p class="error">Could not draw the map: {mapError}</p>}
      <section ref={box} class="event-map" aria-label="Map of events" data-testid="event-map" />
      <details class="map-legend" open>
        <summary>How to read the markers</summary>
        <ul>
          <li>Blue ring: an event; red ring: a contested event (sources disagree).</li>
          <li>
            A wider, more broken ring means a less precise place: solid for {LOCATION_PRECISION_LABELS.exact}{" "}
            or {LOCATION_PRECISION_LABELS.near}, dashed for a district, dotted for a province or coarser.
          </li>
          <li>
            No tile server: outlines are Natural Earth's countries at 1:110m; small or fictional places have
            none.
          </li>
        </ul>
      </details>
    </section>
  );
}
