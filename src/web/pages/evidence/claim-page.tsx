import { useRoute } from "preact-iso";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { ClaimsTable } from "../../components/evidence/claims-table.tsx";
import { CustodyTrail } from "../../components/evidence/custody-trail.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { useRecords } from "../../components/evidence/lookups.ts";
import { RecordAccess } from "../../components/evidence/record-access.tsx";
import type { ClaimRecord, SourceRecord } from "../../components/evidence/types.ts";
import { Show } from "../../components/loaded.tsx";
import { VerificationPanel } from "./verification-panel.tsx";

/** One claim: what it asserts and by which source, its verification (status, assignee, lock, comments), custody. */
export function ClaimPage() {
  const { params } = useRoute();
  const canEdit = useCanEdit();
  const claim = useApi<ClaimRecord>(`/api/v1/claims/${params.id}`);
  const c = claim.state === "ready" ? claim.data : null;
  const sources = useRecords<SourceRecord>("sources", c ? [c.sourceId] : []);
  return (
    <Show loaded={claim} what="the claim">
      {(c) => (
        <article>
          <EvidenceNav />
          <h1>Claim: {c.statement}</h1>
          <RecordAccess id={c.id} />
          <p class="muted">
            Claim · version {c.version} · {c.sensitivity}
            {c.eventId && (
              <>
                {" · "}
                <a href={`/evidence/events/${c.eventId}`}>the event it is about</a>
              </>
            )}
            {canEdit && (
              <>
                {" · "}
                <a href={`/evidence/claims/${c.id}/edit`}>Edit</a>
              </>
            )}
          </p>
          <ClaimsTable claims={[c]} sources={sources} showEvent={false} />
          <VerificationPanel kind="claims" id={c.id} />
          <CustodyTrail kind="claims" id={c.id} />
        </article>
      )}
    </Show>
  );
}
