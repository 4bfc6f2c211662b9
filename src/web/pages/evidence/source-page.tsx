import { useRoute } from "preact-iso";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { Confidential } from "../../components/evidence/confidential.tsx";
import { CustodyTrail } from "../../components/evidence/custody-trail.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { GradesExplained, Reliability } from "../../components/evidence/grades.tsx";
import type { SourceRecord } from "../../components/evidence/types.ts";
import { Show } from "../../components/loaded.tsx";
import { formatDate } from "../../format/dates.ts";
import { useQuery } from "./query.ts";

/** One source: its grade and why, licence and attribution, contact (confidential), custody. */
export function SourcePage() {
  const { params } = useRoute();
  const saved = useQuery().get("saved");
  const canEdit = useCanEdit();
  const source = useApi<SourceRecord>(`/api/v1/sources/${params.id}`);
  return (
    <Show loaded={source} what="the source">
      {(s) => (
        <article>
          <EvidenceNav />
          {saved && (
            <p class="saved" role="status">
              Saved as version {saved}.
            </p>
          )}
          <h1>{s.name}</h1>
          <p class="muted">
            Source · {s.kind} · version {s.version} · {s.sensitivity}
            {canEdit && (
              <>
                {" · "}
                <a href={`/evidence/sources/${s.id}/edit`}>Edit</a>
              </>
            )}
          </p>
          <dl class="facts">
            <dt>Reliability</dt>
            <dd>
              <Reliability grade={s.reliability} />
              {s.reliabilityReason && <div>{s.reliabilityReason}</div>}
            </dd>
            <dt>Web address</dt>
            <dd>
              {s.url ? (
                <a href={s.url} rel="noreferrer noopener">
                  {s.url}
                </a>
              ) : (
                <span class="muted">none</span>
              )}
            </dd>
            <dt>Contact</dt>
            <dd>
              <Confidential value={s.contact} />
            </dd>
            <dt>Licence</dt>
            <dd>{s.licence ?? <span class="muted">not recorded</span>}</dd>
            <dt>Attribution</dt>
            <dd>{s.attribution ?? <span class="muted">not recorded</span>}</dd>
            {s.datasetVersion && (
              <>
                <dt>Dataset version</dt>
                <dd>{s.datasetVersion}</dd>
              </>
            )}
            {s.accessedAt && (
              <>
                <dt>Accessed</dt>
                <dd>{formatDate(s.accessedAt)}</dd>
              </>
            )}
          </dl>
          <p>
            <a href={`/evidence/claims?source=${s.id}`}>Claims by this source</a>
          </p>
          <GradesExplained />
          <CustodyTrail kind="sources" id={s.id} />
        </article>
      )}
    </Show>
  );
}
