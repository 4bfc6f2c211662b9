import type { Episode } from "../../api/alerts.ts";
import { dateSpan, tollText } from "./alert-format.ts";

/** One past or current event: dates at their precision, place, toll as a range, sources with grades. */
export function EpisodeItem(props: { episode: Episode }) {
  const e = props.episode;
  const toll = tollText(e.toll);
  return (
    <>
      <strong>{dateSpan(e.dateStart, e.dateEnd, e.datePrecision)}</strong>
      {e.place ? `, ${e.place}` : ""}: {e.title}
      {toll ? ` (${toll})` : ""}
      {e.contested && (
        <span class="contested" title="Sources disagree about this event">
          contested
        </span>
      )}
      {e.sources.length > 0 && (
        <span class="muted">
          {" "}
          Sources:{" "}
          {e.sources.map((s, i) => (
            <span key={`${s.sourceId}-${s.claimId ?? i}`}>
              {i > 0 ? "; " : ""}
              {s.url ? <a href={s.url}>{s.name}</a> : s.name} (reliability {s.reliability}
              {s.credibility !== null ? `${s.credibility}` : ""})
            </span>
          ))}
        </span>
      )}
    </>
  );
}
