import type { Page } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { ClaimsTable } from "../../components/evidence/claims-table.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { useRecords } from "../../components/evidence/lookups.ts";
import { Pager } from "../../components/evidence/pager.tsx";
import type { ClaimRecord, SourceRecord } from "../../components/evidence/types.ts";
import { Show } from "../../components/loaded.tsx";
import { apiList, useQuery } from "./query.ts";
import { VERIFICATION_FILTERS, VerificationQueues } from "./verification-queue.tsx";

const FILTERS = ["event", "situation", "source"] as const;

/** Claims, oldest first, optionally about one event or situation or by one source (?event=, ?source=). */
export function ClaimsPage() {
  const query = useQuery();
  const canEdit = useCanEdit();
  const claims = useApi<Page<ClaimRecord>>(apiList("claims", query, [...FILTERS, ...VERIFICATION_FILTERS]));
  const items = claims.state === "ready" ? claims.data.items : [];
  const sources = useRecords<SourceRecord>(
    "sources",
    items.map((c) => c.sourceId),
  );
  const filtered = FILTERS.filter((f) => query.get(f));
  return (
    <section>
      <EvidenceNav />
      <h1>Claims</h1>
      <p>
        Who asserts what: each claim keeps its source's reliability and its own credibility.
        {filtered.length > 0 && (
          <>
            {" "}
            Showing claims by {filtered.map((f) => `${f} ${query.get(f)?.slice(0, 8)}…`).join(", ")};{" "}
            <a href="/evidence/claims">show all</a>.
          </>
        )}
      </p>
      <VerificationQueues base="/evidence/claims" query={query} />
      {canEdit && (
        <p>
          <a
            href={`/evidence/claims/new${query.get("event") ? `?event=${query.get("event")}` : ""}`}
            class="button"
          >
            New claim
          </a>
        </p>
      )}
      <Show loaded={claims} what="claims">
        {(page) => (
          <>
            <ClaimsTable claims={page.items} sources={sources} showEvent />
            <Pager
              base="/evidence/claims"
              query={query}
              nextCursor={page.nextCursor}
              shown={page.items.length}
            />
          </>
        )}
      </Show>
    </section>
  );
}
