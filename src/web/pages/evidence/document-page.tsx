import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { Confidential } from "../../components/evidence/confidential.tsx";
import { CustodyTrail } from "../../components/evidence/custody-trail.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { formatBytes } from "../../components/evidence/format.ts";
import { useRecords } from "../../components/evidence/lookups.ts";
import { ReadReport } from "../../components/evidence/read-report.tsx";
import type { DocumentRecord, SourceRecord } from "../../components/evidence/types.ts";
import { TextField } from "../../components/forms/field.tsx";
import { Show } from "../../components/loaded.tsx";
import { formatInstant } from "../../format/dates.ts";

/**
 * One document: title, SHA-256 of the original bytes, size, media type, who collected it (confidential), its
 * working copies and custody trail, and the original itself, downloaded with a reason that the custody log keeps.
 */
export function DocumentPage() {
  const { params } = useRoute();
  const doc = useApi<DocumentRecord>(`/api/v1/documents/${params.id}`);
  const d = doc.state === "ready" ? doc.data : null;
  const sources = useRecords<SourceRecord>("sources", d?.sourceId ? [d.sourceId] : []);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [reads, setReads] = useState(0);
  const canEdit = useCanEdit();
  return (
    <Show loaded={doc} what="the document">
      {(d) => (
        <article>
          <EvidenceNav />
          <h1>{d.title}</h1>
          <p class="muted">
            Document · version {d.version} · {d.sensitivity}
          </p>
          <dl class="facts">
            <dt>SHA-256</dt>
            <dd>
              <code class="hash">{d.sha256}</code>
              <div class="muted">
                of the original bytes, computed when they were stored; they are never changed
              </div>
            </dd>
            <dt>Size</dt>
            <dd>{formatBytes(d.size)}</dd>
            <dt>Media type</dt>
            <dd>{d.mediaType}</dd>
            <dt>Language</dt>
            <dd>{d.language ?? <span class="muted">not recorded</span>}</dd>
            <dt>Source</dt>
            <dd>
              {d.sourceId ? (
                <a href={`/evidence/sources/${d.sourceId}`}>
                  {sources.get(d.sourceId)?.name ?? "the source"}
                </a>
              ) : (
                <span class="muted">none recorded</span>
              )}
            </dd>
            <dt>Origin</dt>
            <dd>{d.originUrl ?? <span class="muted">not recorded</span>}</dd>
            <dt>Collected</dt>
            <dd>{d.collectedAt ? formatInstant(d.collectedAt) : <span class="muted">unknown</span>}</dd>
            <dt>Collected by</dt>
            <dd>
              <Confidential value={d.collectedBy} />
            </dd>
            <dt>Method</dt>
            <dd>{d.method ?? <span class="muted">not recorded</span>}</dd>
            <dt>Working copies</dt>
            <dd>
              {d.copies.length
                ? d.copies
                    .map((c) => `${c.kind}${c.language ? ` (${c.language})` : ""}, ${c.length} characters`)
                    .join("; ")
                : "none"}
            </dd>
          </dl>
          <form
            class="download"
            noValidate
            aria-labelledby="download-h"
            onSubmit={(e) => {
              e.preventDefault();
              if (!reason.trim()) {
                setReasonError("say why you open the original: the custody log records every read");
                return;
              }
              setReasonError(undefined);
              const a = document.createElement("a");
              a.href = `/api/v1/documents/${d.id}/original?reason=${encodeURIComponent(reason.trim())}`;
              a.download = `${d.id}`;
              a.click();
              // The read is now an entry of the trail: show it.
              setTimeout(() => setReads((n) => n + 1), 800);
            }}
          >
            <h2 id="download-h">The original</h2>
            <p>
              Downloaded as a file, never shown in this page (collected material is untrusted). Each download
              is written into the custody log with your reason.
            </p>
            <TextField
              form="download"
              name="reason"
              label="Reason for opening the original"
              value={reason}
              onValue={(_, v) => setReason(v)}
              error={reasonError}
              required
            />
            <button type="submit">Download the original</button>
          </form>
          {canEdit && <ReadReport documentId={d.id} onRead={() => setReads((n) => n + 1)} />}
          <CustodyTrail key={reads} kind="documents" id={d.id} />
        </article>
      )}
    </Show>
  );
}
