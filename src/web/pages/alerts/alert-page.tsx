import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import {
  type AlertDetail,
  type AlertVersion,
  alertsApi,
  type RecommendationLibrary,
} from "../../api/alerts.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { AlertEditor } from "../../components/alerts/alert-editor.tsx";
import { AlertView } from "../../components/alerts/alert-view.tsx";
import { StatusBadge } from "../../components/alerts/level-badge.tsx";
import { OutputLinks } from "../../components/alerts/output-links.tsx";
import { VersionHistory } from "../../components/alerts/version-history.tsx";
import { WorkflowPanel } from "../../components/alerts/workflow-panel.tsx";
import { Show } from "../../components/loaded.tsx";

/**
 * One alert (/alerts/:id, its latest version; /alerts/:id/versions/:n, one version): the editor when the
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
          number={params.n ? Number(params.n) : null}
          reload={loaded.state === "ready" ? loaded.reload : () => {}}
        />
      )}
    </Show>
  );
}

function AlertScreen(props: { alert: AlertDetail; number: number | null; reload: () => void }) {
  const canEdit = useCanEdit();
  const [versions, setVersions] = useState(props.alert.versions);
  useEffect(() => setVersions(props.alert.versions), [props.alert]);
  const latest = versions.at(-1) as AlertVersion;
  const shown = props.number === null ? latest : versions.find((v) => v.number === props.number);
  const published = versions.filter((v) => v.status === "published").at(-1);
  const library = useApi<RecommendationLibrary>(canEdit ? alertsApi.libraryPath : null);
  if (!shown) return <p class="error">This alert has no version {props.number}.</p>;
  const isLatest = shown.number === latest.number;
  const editing = canEdit && isLatest && shown.status === "draft";
  const changed = (v: AlertVersion) =>
    setVersions((list) =>
      list.some((x) => x.number === v.number)
        ? list.map((x) => (x.number === v.number ? v : x))
        : [...list, v],
    );
  return (
    <div class="alert-grid">
      <div>
        <p>
          <a href="/alerts">All alerts</a> · Version {shown.number} of {versions.length}{" "}
          <StatusBadge status={shown.status} correction={shown.correctionOf !== null} />
          {!isLatest && (
            <>
              {" "}
              · <a href={`/alerts/${props.alert.id}`}>latest version</a>
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
              key={`${shown.number}-${shown.revision === 1 ? "new" : "open"}`}
              alertId={props.alert.id}
              version={shown}
              library={library.state === "ready" ? library.data : null}
              libraryError={
                library.state === "error" ? `The library did not load: ${library.error.message}` : null
              }
              onChanged={changed}
              onReload={props.reload}
            />
          </>
        ) : (
          <AlertView content={shown.content} />
        )}
      </div>
      <aside class="side-panel" aria-label="About this alert">
        {canEdit && (
          <WorkflowPanel alertId={props.alert.id} version={shown} latest={isLatest} onChanged={changed} />
        )}
        {published && (
          <section>
            <h2>Published outputs</h2>
            <OutputLinks
              alertId={props.alert.id}
              version={shown.status === "published" ? shown.number : undefined}
            />
          </section>
        )}
        <section>
          <h2>Versions</h2>
          <VersionHistory alertId={props.alert.id} versions={versions} shown={shown.number} />
        </section>
      </aside>
    </div>
  );
}
