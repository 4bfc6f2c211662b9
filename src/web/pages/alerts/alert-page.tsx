import { useEffect, useState } from "preact/hooks";
import { useLocation, useRoute } from "preact-iso";
import {
  type AlertDetail,
  type AlertVersion,
  alertHref,
  alertsApi,
  previewHref,
  type RecommendationLibrary,
} from "../../api/alerts.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { AlertEditor } from "../../components/alerts/alert-editor.tsx";
import { AlertView } from "../../components/alerts/alert-view.tsx";
import { DiscardDraft } from "../../components/alerts/discard-draft.tsx";
import { StatusBadge } from "../../components/alerts/level-badge.tsx";
import { OutputLinks } from "../../components/alerts/output-links.tsx";
import { VersionHistory } from "../../components/alerts/version-history.tsx";
import { WorkflowPanel } from "../../components/alerts/workflow-panel.tsx";
import { Show } from "../../components/loaded.tsx";

/**
 * One alert (/alerts/:id/versions/latest, or one version: /alerts/:id/versions/:n): the editor when the
 * version is a draft and the server takes edits, else the document as readers see it; the review steps, the
 * outputs and the version history beside it.
 */
export function AlertPage() {
  const { params } = useRoute();
  const loaded = useApi<AlertDetail>(alertsApi.path(params.id ?? ""));
  return (
    <Show loaded={loaded} what="the alert">
      {(alert) => (
        <AlertScreen
          key={alert.id}
          alert={alert}
          number={params.n && params.n !== "latest" ? Number(params.n) : null}
          reload={loaded.state === "ready" ? loaded.reload : () => {}}
        />
      )}
    </Show>
  );
}

function AlertScreen(props: { alert: AlertDetail; number: number | null; reload: () => void }) {
  const canEdit = useCanEdit();
  const { route } = useLocation();
  const [versions, setVersions] = useState(props.alert.versions);
  useEffect(() => setVersions(props.alert.versions), [props.alert]);
  const latest = versions.at(-1) as AlertVersion;
  const shown = props.number === null ? latest : versions.find((v) => v.number === props.number);
  const published = versions.filter((v) => v.status === "published").at(-1);
  const library = useApi<RecommendationLibrary>(canEdit ? alertsApi.libraryPath : null);
  // The editor keeps its own form state: a new version, or one changed by another screen, remounts it.
  const [editorKey, setEditorKey] = useState(0);
  if (!shown) return <p class="error">This alert has no version {props.number}.</p>;
  const isLatest = shown.number === latest.number;
  const editing = canEdit && isLatest && shown.status === "draft";
  const changed = (v: AlertVersion, remount = false) => {
    setVersions((list) =>
      list.some((x) => x.number === v.number)
        ? list.map((x) => (x.number === v.number ? v : x))
        : [...list, v],
    );
    if (remount) setEditorKey((k) => k + 1);
  };
  const id = props.alert.id;
  return (
    <div class="alert-grid">
      <div>
        <p>
          <a href="/alerts">All alerts</a> · Version {shown.number} of {versions.length}{" "}
          <StatusBadge status={shown.status} correction={shown.correctionOf !== null} />
          {!isLatest && (
            <>
              {" "}
              · <a href={alertHref(id)}>latest version</a>
            </>
          )}
        </p>
        {shown.status === "draft" && shown.reviewNote && (
          <p class="notice" role="note">
            Returned by the reviewer: {shown.reviewNote}
          </p>
        )}
        {shown.correctionOf !== null && shown.changeNote && !editing && (
          <p class="notice" role="note">
            Correction of version {shown.correctionOf}: {shown.changeNote}
          </p>
        )}
        {editing ? (
          <>
            <h1>Draft: {shown.content.title}</h1>
            <AlertEditor
              key={`${shown.number}-${editorKey}`}
              alertId={id}
              version={shown}
              library={library.state === "ready" ? library.data : null}
              libraryError={
                library.state === "error" ? `The library did not load: ${library.error.message}` : null
              }
              onChanged={(v) => changed(v)}
              onRefreshed={(v) => changed(v, true)}
              onReload={props.reload}
            />
          </>
        ) : (
          <AlertView content={shown.content} />
        )}
      </div>
      <aside class="side-panel" aria-label="About this alert">
        {canEdit && (
          <WorkflowPanel alertId={id} version={shown} latest={isLatest} onChanged={(v) => changed(v, true)} />
        )}
        {editing && (
          <DiscardDraft
            alertId={id}
            version={shown}
            only={versions.length === 1}
            onDiscarded={(alertDeleted) => {
              if (alertDeleted) route(`/alerts?discarded=${encodeURIComponent(shown.content.title)}`);
              else {
                route(alertHref(id));
                props.reload();
              }
            }}
          />
        )}
        {published && (
          <section>
            <h2>Published outputs</h2>
            <OutputLinks alertId={id} version={shown.status === "published" ? shown.number : undefined} />
          </section>
        )}
        {canEdit && shown.status !== "published" && (
          <section>
            <h2>Preview</h2>
            <p class="hint">As the public would read this version (marked as not published).</p>
            <ul>
              {(["html", "md", "pdf"] as const).map((f) => (
                <li key={f}>
                  <a href={previewHref(id, shown.number, f)}>Preview ({f.toUpperCase()})</a>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>Versions</h2>
          <VersionHistory alertId={id} versions={versions} shown={shown.number} />
        </section>
      </aside>
    </div>
  );
}
