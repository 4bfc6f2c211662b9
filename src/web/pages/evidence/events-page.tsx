import type { ApiError, Page } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { EVENT_FILTERS, EventFilters } from "../../components/evidence/event-filters.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { formatPlace, humanise, precisionLabel } from "../../components/evidence/format.ts";
import { useRecords } from "../../components/evidence/lookups.ts";
import { Pager } from "../../components/evidence/pager.tsx";
import { spreadSummary } from "../../components/evidence/spread.tsx";
import type { EventDetail, EventRecord } from "../../components/evidence/types.ts";
import { formatDateRange } from "../../format/dates.ts";
import { describeToll, formatToll } from "../../format/numbers.ts";
import { apiList, useQuery } from "./query.ts";
import { VERIFICATION_FILTERS, VerificationQueues } from "./verification-queue.tsx";

const BASE = "/evidence/events";

/** The events, newest first, filtered and searched through the URL (/evidence/events?country=XFT&q=...). */
export function EventsPage() {
  const query = useQuery();
  const canEdit = useCanEdit();
  const events = useApi<Page<EventRecord>>(
    apiList("events", query, [...EVENT_FILTERS, ...VERIFICATION_FILTERS]),
  );
  const page = events.state === "ready" ? events.data : null;
  // The spread of each contested event on this page (one request each, at most a page's worth).
  const details = useRecords<EventDetail>(
    "events",
    (page?.items ?? []).filter((e) => e.contested).map((e) => e.id),
  );
  const problems = events.state === "error" ? ((events.error as ApiError).fieldErrors ?? []) : [];
  return (
    <section>
      <EvidenceNav />
      <h1>Events</h1>
      {canEdit && (
        <p>
          <a href="/evidence/events/new" class="button">
            New event
          </a>
        </p>
      )}
      <VerificationQueues base={BASE} query={query} />
      <EventFilters key={query.toString()} query={query} problems={problems} base={BASE} />
      {events.state === "loading" && (
        <p class="muted" aria-busy="true">
          Loading events…
        </p>
      )}
      {events.state === "error" && (
        <p class="error" role="alert">
          Could not list events: {events.error.message}
        </p>
      )}
      {page && (
        <>
          {page.items.length === 0 ? (
            <p>No event matches these filters.</p>
          ) : (
            <table class="events">
              <caption class="visually-hidden">Events, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Place</th>
                  <th scope="col">Acts</th>
                  <th scope="col">Deaths</th>
                  <th scope="col">Contested</th>
                  <th scope="col">Sensitivity</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateRange(e.dateStart, e.dateEnd, e.datePrecision)}</td>
                    <td>
                      <a href={`/evidence/events/${e.id}`}>{e.title}</a>
                    </td>
                    <td>
                      {formatPlace(e.place)}
                      <br />
                      <span class="muted">{precisionLabel(e.place)}</span>
                    </td>
                    <td>{e.acts.map((a) => humanise(a.type)).join(", ")}</td>
                    <td>
                      <span title={describeToll(e.fatalities)}>{formatToll(e.fatalities)}</span>
                    </td>
                    <td>
                      {e.contested ? (
                        <span class="contested">
                          <strong>contested</strong>
                          {details.get(e.id) && (
                            <span class="muted">: {spreadSummary(details.get(e.id))}</span>
                          )}
                        </span>
                      ) : (
                        <span class="muted">no</span>
                      )}
                    </td>
                    <td>{e.sensitivity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager base={BASE} query={query} nextCursor={page.nextCursor} shown={page.items.length} />
        </>
      )}
    </section>
  );
}
