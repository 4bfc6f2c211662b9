import type { Page } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { GradesExplained, Reliability } from "../../components/evidence/grades.tsx";
import { Pager } from "../../components/evidence/pager.tsx";
import type { SourceRecord } from "../../components/evidence/types.ts";
import { Show } from "../../components/loaded.tsx";
import { apiList, useQuery } from "./query.ts";

/** Sources with their reliability grades, explained. */
export function SourcesPage() {
  const query = useQuery();
  const canEdit = useCanEdit();
  const sources = useApi<Page<SourceRecord>>(apiList("sources", query, [], 50));
  return (
    <section>
      <EvidenceNav />
      <h1>Sources</h1>
      <GradesExplained />
      {canEdit && (
        <p>
          <a href="/evidence/sources/new" class="button">
            New source
          </a>
        </p>
      )}
      <Show loaded={sources} what="sources">
        {(page) => (
          <>
            <table class="sources">
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Reliability</th>
                  <th scope="col">Why this grade</th>
                  <th scope="col">Sensitivity</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <a href={`/evidence/sources/${s.id}`}>{s.name}</a>
                    </td>
                    <td>{s.kind}</td>
                    <td>
                      <Reliability grade={s.reliability} />
                    </td>
                    <td>{s.reliabilityReason ?? <span class="muted">not given</span>}</td>
                    <td>{s.sensitivity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              base="/evidence/sources"
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
