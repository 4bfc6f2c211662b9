import { type AlertVersion, alertHref } from "../../api/alerts.ts";
import { when } from "./alert-format.ts";
import { StatusBadge } from "./level-badge.tsx";
import { contentChanges } from "./version-diff.ts";

/** Every version of the alert, newest first, with who did what when and what changed from the one before. */
export function VersionHistory(props: { alertId: string; versions: AlertVersion[]; shown: number }) {
  const list = [...props.versions].sort((a, b) => b.number - a.number);
  return (
    <ol class="versions" reversed aria-label="Versions">
      {list.map((v) => {
        const before = props.versions.find((x) => x.number === v.number - 1);
        const changes = before ? contentChanges(before.content, v.content) : [];
        return (
          <li key={v.number} data-testid="version">
            <a
              href={alertHref(props.alertId, v.number)}
              aria-current={v.number === props.shown ? "page" : undefined}
            >
              Version {v.number}
            </a>{" "}
            <StatusBadge status={v.status} correction={v.correctionOf !== null} />
            <div class="muted">
              Created {when(v.createdAt)} by {v.createdBy}
              {v.submittedAt ? `; submitted ${when(v.submittedAt)} by ${v.submittedBy}` : ""}
              {v.publishedAt ? `; published ${when(v.publishedAt)} by ${v.publishedBy}` : ""}
            </div>
            {v.correctionOf !== null && (
              <div>
                Corrects version {v.correctionOf}: {v.changeNote ?? <em>no change note yet</em>}
              </div>
            )}
            {v.reviewNote && v.status === "draft" && <div>Returned by the reviewer: {v.reviewNote}</div>}
            {before && (
              <ul class="diff-list" aria-label={`What changed in version ${v.number}`}>
                {changes.length ? (
                  changes.map((c) => <li key={c}>{c}</li>)
                ) : (
                  <li>no change to the content</li>
                )}
              </ul>
            )}
            {v.contentSha256 && (
              <div class="muted">
                SHA-256 <code>{v.contentSha256.slice(0, 16)}…</code>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
