import type { EventRecord } from "../../api/assessment.ts";
import { formatDateRange } from "../../format/dates.ts";
import { formatToll } from "../../format/numbers.ts";
import { SensitivityBadge } from "../badges.tsx";
import { ContestedMark, eventHref, TollText } from "./links.tsx";

/**
 * The situation's events, newest first: dates at their precision, tolls as ranges (low-high, best), contested
 * events marked. `more` links to the evidence browser for the rest.
 */
export function EventTimeline(props: { events: EventRecord[]; more: boolean; situationId: string }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline of events</h2>
      {props.events.length === 0 ? (
        <p class="muted">No event is linked to this situation.</p>
      ) : (
        <ol class="timeline">
          {props.events.map((e) => {
            const place =
              [e.place.name, e.place.admin2, e.place.admin1].filter(Boolean)[0] ?? e.place.country;
            const toll = formatToll(e.fatalities);
            return (
              <li key={e.id} data-event={e.id} class={e.contested ? "is-contested" : undefined}>
                <time dateTime={e.dateStart} class="when">
                  {formatDateRange(e.dateStart, e.dateEnd, e.datePrecision)}
                </time>
                <div>
                  <a href={eventHref(e.id)}>{e.title}</a> {e.contested && <ContestedMark />}{" "}
                  {e.sensitivity !== "public" && <SensitivityBadge sensitivity={e.sensitivity} />}
                  <div class="muted small">
                    {place && `${place} \u00b7 `}
                    {e.acts.map((a) => a.type).join(", ")}
                    {toll !== "unknown" && (
                      <>
                        {" \u00b7 "}
                        <TollText toll={e.fatalities} />
                      </>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {props.more && (
        <p>
          <a href={`/evidence/events?situation=${props.situationId}`}>All events of this situation</a>
        </p>
      )}
    </section>
  );
}
