import { formatDate } from "../../format/dates.ts";
import { formatToll } from "../../format/numbers.ts";
import type { EventDetail, SourceRecord } from "./types.ts";

const FIELD_NAMES: Record<string, string> = {
  fatalities: "the death toll",
  dateStart: "the start date",
  dateEnd: "the end date",
  perpetrators: "the perpetrators",
};

/**
 * What the claims about a contested event assert, value by value with their sources: the spread is shown,
 * never averaged away (domain.md section 6).
 */
export function Spread(props: { detail: EventDetail; sources: Map<string, SourceRecord | null> }) {
  const { spread, event } = props.detail;
  const name = (id: string) => {
    const s = props.sources.get(id);
    return s ? `${s.name} (${s.reliability})` : "a source not visible to you";
  };
  if (!spread.contested) return <p>The claims about this event agree (or only one source speaks to it).</p>;
  return (
    <div class="spread">
      <p>
        <strong>Contested:</strong> sources disagree on{" "}
        {spread.contestedFields.map((f) => FIELD_NAMES[f] ?? f).join(", ")}.
      </p>
      <ul>
        {spread.contestedFields.includes("fatalities") && (
          <li>
            Deaths range from{" "}
            <strong>
              {formatToll({ low: spread.fatalities.low, best: null, high: spread.fatalities.high })}
            </strong>{" "}
            across the claims and the record:
            <ul>
              {spread.fatalities.values.map((v) => (
                <li key={v.claimId}>
                  {formatToll(v.value)}, according to {name(v.sourceId)}
                </li>
              ))}
            </ul>
          </li>
        )}
        {spread.contestedFields.includes("dateStart") && (
          <li>
            Start date:
            <ul>
              {spread.dateStart.map((v) => (
                <li key={v.claimId}>
                  {formatDate(v.value, event.datePrecision)}, according to {name(v.sourceId)}
                </li>
              ))}
            </ul>
          </li>
        )}
        {spread.contestedFields.includes("dateEnd") && (
          <li>
            End date:
            <ul>
              {spread.dateEnd.map((v) => (
                <li key={v.claimId}>
                  {formatDate(v.value, event.datePrecision)}, according to {name(v.sourceId)}
                </li>
              ))}
            </ul>
          </li>
        )}
        {spread.contestedFields.includes("perpetrators") && (
          <li>
            Perpetrators: {spread.perpetrators.length} claims name different actors (see the claims below).
          </li>
        )}
      </ul>
    </div>
  );
}

/** One line for the events list: "sources disagree: deaths 4-40". */
export function spreadSummary(detail: EventDetail | null | undefined): string {
  if (!detail) return "";
  const { spread } = detail;
  const parts = spread.contestedFields.map((f) =>
    f === "fatalities"
      ? `deaths ${formatToll({ low: spread.fatalities.low, best: null, high: spread.fatalities.high })} across ${spread.fatalities.values.length} claims`
      : f === "dateStart"
        ? `start date (${spread.dateStart.length} claims)`
        : f === "dateEnd"
          ? `end date (${spread.dateEnd.length} claims)`
          : `perpetrators (${spread.perpetrators.length} claims)`,
  );
  return parts.join("; ");
}
