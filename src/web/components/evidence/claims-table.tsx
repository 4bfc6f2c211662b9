import { useCanEdit } from "../../api/server-info.tsx";
import { formatDate } from "../../format/dates.ts";
import { formatToll } from "../../format/numbers.ts";
import { Confidential } from "./confidential.tsx";
import { Credibility, GradesExplained, Reliability } from "./grades.tsx";
import type { Assertion, ClaimRecord, SourceRecord } from "./types.ts";

/** Claims with their sources' reliability (A-F) and their own credibility (1-6), what each asserts, and where. */
export function ClaimsTable(props: {
  claims: ClaimRecord[];
  sources: Map<string, SourceRecord | null>;
  showEvent: boolean;
}) {
  const canEdit = useCanEdit();
  if (props.claims.length === 0) return <p>No claim you may see.</p>;
  return (
    <>
      <GradesExplained />
      <table class="claims">
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Source (reliability)</th>
            <th scope="col">Credibility</th>
            <th scope="col">Asserts</th>
            <th scope="col">How known</th>
            <th scope="col">Witness</th>
            <th scope="col">Sensitivity</th>
          </tr>
        </thead>
        <tbody>
          {props.claims.map((c) => {
            const s = props.sources.get(c.sourceId);
            return (
              <tr key={c.id} id={`claim-${c.id}`}>
                <td>
                  {c.statement}
                  {c.statedAt && <div class="muted">stated {formatDate(c.statedAt)}</div>}
                  {c.documentId && (
                    <div>
                      <a href={`/evidence/documents/${c.documentId}`}>in a document</a>
                      {c.locator && <span class="muted"> ({c.locator})</span>}
                    </div>
                  )}
                  {props.showEvent && c.eventId && (
                    <div>
                      <a href={`/evidence/events/${c.eventId}`}>about an event</a>
                    </div>
                  )}
                  {c.indicator && <div class="muted">indicator {c.indicator}</div>}
                  <div>
                    <a href={`/evidence/claims/${c.id}`}>Open claim (verification, comments)</a>
                  </div>
                  {canEdit && (
                    <div>
                      <a href={`/evidence/claims/${c.id}/edit`}>Edit claim</a>
                    </div>
                  )}
                </td>
                <td>
                  {s ? (
                    <>
                      <a href={`/evidence/sources/${s.id}`}>{s.name}</a>
                      <br />
                      <Reliability grade={s.reliability} />
                    </>
                  ) : s === null ? (
                    <span class="muted">a source not visible to you</span>
                  ) : (
                    <span class="muted">…</span>
                  )}
                </td>
                <td>
                  <Credibility grade={c.credibility} />
                  {c.credibilityReason && <div class="muted">{c.credibilityReason}</div>}
                </td>
                <td>{describeAssertion(c.assertion)}</td>
                <td>{c.howKnown ?? <span class="muted">not stated</span>}</td>
                <td>
                  <Confidential value={c.witness} />
                </td>
                <td>{c.sensitivity}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function describeAssertion(a: Assertion): string {
  const parts: string[] = [];
  if (a.fatalities) parts.push(`deaths ${formatToll(a.fatalities)}`);
  if (a.dateStart) parts.push(`from ${formatDate(a.dateStart)}`);
  if (a.dateEnd) parts.push(`to ${formatDate(a.dateEnd)}`);
  if (a.perpetratorIds?.length) parts.push(`${a.perpetratorIds.length} perpetrator(s) named`);
  if (a.acts?.length) parts.push(`acts: ${a.acts.join(", ")}`);
  return parts.join("; ") || "—";
}
