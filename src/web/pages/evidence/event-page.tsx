import { useRoute } from "preact-iso";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { ClaimsTable } from "../../components/evidence/claims-table.tsx";
import { CustodyTrail } from "../../components/evidence/custody-trail.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import {
  formatCoordinates,
  formatPlace,
  humanise,
  precisionLabel,
} from "../../components/evidence/format.ts";
import { useRecords } from "../../components/evidence/lookups.ts";
import { RecordAccess } from "../../components/evidence/record-access.tsx";
import { Spread } from "../../components/evidence/spread.tsx";
import type { EventDetail, Named, SourceRecord } from "../../components/evidence/types.ts";
import { Show } from "../../components/loaded.tsx";
import { formatDateRange } from "../../format/dates.ts";
import { describeToll, formatToll } from "../../format/numbers.ts";
import { useQuery } from "./query.ts";
import { VerificationPanel } from "./verification-panel.tsx";

/** One event: what, when and where at their precision, who, the toll, its claims with their sources, custody. */
export function EventPage() {
  const { params } = useRoute();
  const query = useQuery();
  const canEdit = useCanEdit();
  const detail = useApi<EventDetail>(`/api/v1/events/${params.id}`);
  const d = detail.state === "ready" ? detail.data : null;
  const sources = useRecords<SourceRecord>("sources", d?.claims.map((c) => c.sourceId) ?? []);
  const actors = useRecords<Named>("actors", d?.event.perpetrators.map((p) => p.actorId) ?? []);
  const groups = useRecords<Named>("groups", d?.event.targetedGroupIds ?? []);
  const situations = useRecords<Named>("situations", d?.event.situationIds ?? []);
  const saved = query.get("saved");
  return (
    <Show loaded={detail} what="the event">
      {({ event: e, claims }) => (
        <article>
          <EvidenceNav />
          {saved && (
            <p class="saved" role="status">
              Saved as version {saved}.
            </p>
          )}
          <h1>{e.title}</h1>
          <RecordAccess id={e.id} />
          <p class="muted">
            Event · version {e.version} · {e.sensitivity}
            {e.externalId && ` · from ${e.externalId.dataset} (${e.externalId.id})`}
            {canEdit && (
              <>
                {" · "}
                <a href={`/evidence/events/${e.id}/edit`}>Edit</a>
                {" · "}
                <a href={`/evidence/claims/new?event=${e.id}`}>Add a claim</a>
              </>
            )}
          </p>
          <dl class="facts">
            <dt>When</dt>
            <dd>
              {formatDateRange(e.dateStart, e.dateEnd, e.datePrecision)}{" "}
              <span class="muted">(known to the {e.datePrecision.replace("unknown-day", "month")})</span>
            </dd>
            <dt>Where</dt>
            <dd>
              {formatPlace(e.place)} <span class="muted">({precisionLabel(e.place)})</span>
              {formatCoordinates(e.place) && <div class="muted">{formatCoordinates(e.place)}</div>}
            </dd>
            <dt>Acts</dt>
            <dd>
              {e.acts.length ? (
                e.acts.map((a) => humanise(a.type)).join(", ")
              ) : (
                <span class="muted">none recorded</span>
              )}
            </dd>
            <dt>Perpetrators</dt>
            <dd>
              {e.perpetrators.length
                ? e.perpetrators
                    .map(
                      (p) =>
                        `${actors.get(p.actorId)?.name ?? "an actor not visible to you"} (${p.involvement})`,
                    )
                    .join("; ")
                : "none named"}
            </dd>
            <dt>Targeted groups</dt>
            <dd>
              {e.targetedGroupIds.length
                ? e.targetedGroupIds
                    .map((g) => groups.get(g)?.name ?? "a group not visible to you")
                    .join("; ")
                : "none named"}
            </dd>
            <dt>Deaths</dt>
            <dd>
              <span title={describeToll(e.fatalities)}>{formatToll(e.fatalities)}</span>
            </dd>
            <dt>Situations</dt>
            <dd>
              {e.situationIds.length
                ? e.situationIds.map((s, i) => (
                    <span key={s}>
                      {i > 0 && "; "}
                      <a href={`/situations/${s}`}>{situations.get(s)?.name ?? s}</a>
                    </span>
                  ))
                : "none"}
            </dd>
          </dl>
          {e.description && <p class="description">{e.description}</p>}
          <section aria-labelledby="spread-h">
            <h2 id="spread-h">Do the sources agree?</h2>
            {d && <Spread detail={d} sources={sources} />}
          </section>
          <section aria-labelledby="claims-h">
            <h2 id="claims-h">Claims ({claims.length})</h2>
            <ClaimsTable claims={claims} sources={sources} showEvent={false} />
          </section>
          <VerificationPanel kind="events" id={e.id} />
          <CustodyTrail kind="events" id={e.id} />
        </article>
      )}
    </Show>
  );
}
