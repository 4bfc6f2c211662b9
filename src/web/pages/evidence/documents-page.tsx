import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { Page } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { formatBytes } from "../../components/evidence/format.ts";
import { Pager } from "../../components/evidence/pager.tsx";
import type { DocumentRecord } from "../../components/evidence/types.ts";
import { TextField } from "../../components/forms/field.tsx";
import { Show } from "../../components/loaded.tsx";
import { formatInstant } from "../../format/dates.ts";
import { apiList, useQuery } from "./query.ts";

/** Documents (metadata only), searchable by title and by the text of their working copies (?q=). */
export function DocumentsPage() {
  const query = useQuery();
  const { route } = useLocation();
  const canEdit = useCanEdit();
  const [q, setQ] = useState(query.get("q") ?? "");
  const documents = useApi<Page<DocumentRecord>>(apiList("documents", query, ["q"]));
  return (
    <section>
      <EvidenceNav />
      <h1>Documents</h1>
      {canEdit && (
        <p>
          <a href="/evidence/documents/new" class="button">
            Upload a document
          </a>
        </p>
      )}
      <form
        aria-label="Search documents"
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          route(q.trim() ? `/evidence/documents?q=${encodeURIComponent(q.trim())}` : "/evidence/documents");
        }}
      >
        <TextField
          form="document-search"
          name="q"
          label="Search"
          type="search"
          hint="Titles and the extracted text of each document"
          value={q}
          onValue={(_, v) => setQ(v)}
        />
        <button type="submit">Search</button>
      </form>
      <Show loaded={documents} what="documents">
        {(page) => (
          <>
            <table class="documents">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Media type</th>
                  <th scope="col">Size</th>
                  <th scope="col">Collected</th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">Sensitivity</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <a href={`/evidence/documents/${d.id}`}>{d.title}</a>
                    </td>
                    <td>{d.mediaType}</td>
                    <td>{formatBytes(d.size)}</td>
                    <td>
                      {d.collectedAt ? formatInstant(d.collectedAt) : <span class="muted">unknown</span>}
                    </td>
                    <td>
                      <code title={d.sha256}>{d.sha256.slice(0, 12)}…</code>
                    </td>
                    <td>{d.sensitivity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              base="/evidence/documents"
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
