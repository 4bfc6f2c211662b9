import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { type AlertStatus, type AlertSummary, alertHref, alertsApi, FEED_HREF } from "../../api/alerts.ts";
import type { Page } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useApi } from "../../api/use-api.ts";
import { when } from "../../components/alerts/alert-format.ts";
import { LevelBadge, StatusBadge } from "../../components/alerts/level-badge.tsx";
import { appendNew, LoadMore, useMore } from "../../components/load-more.tsx";
import { Show } from "../../components/loaded.tsx";

const FILTERS: { value: AlertStatus | ""; label: string }[] = [
  { value: "", label: "all" },
  { value: "draft", label: "drafts" },
  { value: "in-review", label: "in review" },
  { value: "published", label: "published" },
];

/**
 * The alerts: drafts, versions in review and published alerts, each with its level and situation; a new draft
 * for a situation (deep link: /alerts?situation=<id>). The public edition lists published alerts only.
 */
export function AlertsPage() {
  const canEdit = useCanEdit();
  const { query, route, path } = useLocation();
  const status = (FILTERS.some((f) => f.value === query.status) ? query.status : "") as AlertStatus | "";
  const limit = pageSize(query.limit);
  const alerts = useApi<Page<AlertSummary>>(alertsApi.listPath(status || undefined, limit));
  const situations = useApi<Page<{ id: string; name: string }>>("/api/v1/situations?limit=500");
  const names = new Map(situations.state === "ready" ? situations.data.items.map((s) => [s.id, s.name]) : []);
  return (
    <section>
      <h1>{canEdit ? "Alerts" : "Published alerts"}</h1>
      {query.discarded && (
        <p class="notice" role="status">
          Discarded the draft “{query.discarded}”: it was never published; the custody log keeps the discard.
        </p>
      )}
      <p>
        Published alerts are also in the <a href={FEED_HREF}>Atom feed</a>.
      </p>
      {canEdit && situations.state === "ready" && (
        <NewDraft
          situations={situations.data.items}
          preset={query.situation ?? ""}
          onCreated={(id) => route(alertHref(id))}
        />
      )}
      {canEdit && (
        <div class="field">
          <label for="alert-status-filter">Show</label>
          <select
            id="alert-status-filter"
            value={status}
            onChange={(e) => route(e.currentTarget.value ? `${path}?status=${e.currentTarget.value}` : path)}
          >
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <Show loaded={alerts} what="the alerts">
        {(page) => (
          <PagedAlerts
            key={`${status}-${limit}`}
            page={page}
            pathFor={(cursor) => alertsApi.listPath(status || undefined, limit, cursor)}
            names={names}
            publicOnly={!canEdit}
          />
        )}
      </Show>
    </section>
  );
}

/** The page size: `?limit=` (1-500), else 200. */
function pageSize(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 500 ? n : 200;
}

/** The alerts shown so far, and the next page on demand. */
function PagedAlerts(props: {
  page: Page<AlertSummary>;
  pathFor: (cursor: string) => string;
  names: Map<string, string>;
  publicOnly: boolean;
}) {
  const [items, setItems] = useState(props.page.items);
  const more = useMore(props.page, props.pathFor, (next) => setItems((list) => appendNew(list, next)));
  return (
    <>
      <AlertTable items={items} names={props.names} publicOnly={props.publicOnly} />
      {more.nextCursor !== null || more.loaded !== null ? (
        <LoadMore shown={items.length} noun={["alert", "alerts"]} state={more} />
      ) : null}
    </>
  );
}

function AlertTable(props: { items: AlertSummary[]; names: Map<string, string>; publicOnly: boolean }) {
  const rows = props.items
    .map((a) => {
      const versions = props.publicOnly ? a.versions.filter((v) => v.status === "published") : a.versions;
      return {
        a,
        latest: versions.at(-1),
        published: a.versions.filter((v) => v.status === "published").at(-1),
      };
    })
    .filter((r) => r.latest);
  if (rows.length === 0) return <p>No alert yet.</p>;
  return (
    <table>
      <caption class="muted">Newest first; the latest version of each alert</caption>
      <thead>
        <tr>
          <th scope="col">Alert</th>
          <th scope="col">Level</th>
          <th scope="col">Situation</th>
          <th scope="col">Status</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ a, latest, published }) => {
          const v = latest as NonNullable<typeof latest>;
          return (
            <tr key={a.id} data-testid="alert-row">
              <td>
                <a href={alertHref(a.id)}>{v.title}</a>
              </td>
              <td>
                <LevelBadge level={v.level} />
              </td>
              <td>
                <a href={`/situations/${a.situationId}`}>{props.names.get(a.situationId) ?? "situation"}</a>
              </td>
              <td>
                <StatusBadge status={v.status} correction={v.correctionOf !== null} /> version {v.number}
                {published && published.number !== v.number ? ` (version ${published.number} published)` : ""}
              </td>
              <td>{when(v.publishedAt ?? v.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Starts a draft for a situation, composed by the server from its public evidence and assessment. */
function NewDraft(props: {
  situations: { id: string; name: string }[];
  preset: string;
  onCreated: (id: string) => void;
}) {
  const [situation, setSituation] = useState(props.preset);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="toolbar"
      aria-label="New alert"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!situation) return setError("choose the situation the alert is about");
        setBusy(true);
        setError(null);
        try {
          const created = await alertsApi.create(situation);
          props.onCreated(created.id);
        } catch (err) {
          setError((err as Error).message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label for="new-alert-situation">New alert for</label>
      <select
        id="new-alert-situation"
        value={situation}
        onChange={(e) => setSituation(e.currentTarget.value)}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? "new-alert-error" : undefined}
      >
        <option value="">(choose a situation)</option>
        {props.situations.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="submit" class="primary" disabled={busy}>
        {busy ? "Composing the draft…" : "Write a draft"}
      </button>
      {error && (
        <span class="field-error" id="new-alert-error">
          {error}
        </span>
      )}
    </form>
  );
}
