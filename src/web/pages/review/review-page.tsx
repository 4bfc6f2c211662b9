import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ApiError, type FieldProblem, type Page } from "../../api/client.ts";
import { useCanEdit, useServerInfo } from "../../api/server-info.tsx";
import {
  type AcceptBody,
  type Suggestion,
  type SuggestionKind,
  type SuggestionStatus,
  suggestionsApi,
} from "../../api/suggestions.ts";
import { useApi } from "../../api/use-api.ts";
import { appendNew, LoadMore, useMore } from "../../components/load-more.tsx";
import { Show } from "../../components/loaded.tsx";
import "../../components/alerts/alerts.css";
import type { Lookups } from "../../components/review/accept-form.tsx";
import { type CardMode, SuggestionCard } from "../../components/review/suggestion-card.tsx";
import { rankOf } from "../../components/review/suggestion-fields.ts";
import { useDocumentTitles } from "../../components/review/use-titles.ts";

const STATUSES: SuggestionStatus[] = ["pending", "accepted", "edited", "rejected"];
const KINDS: (SuggestionKind | "")[] = ["", "screening", "event", "claim"];
const KIND_LABELS: Record<string, string> = {
  "": "all kinds",
  screening: "screening findings",
  event: "events read from reports",
  claim: "reports' own statements",
};

/** The review queue (deep link: /review?status=pending&kind=screening). Not part of the public edition. */
export function ReviewPage() {
  const server = useServerInfo();
  const canEdit = useCanEdit();
  if (!server.known) return <p class="muted">Loading…</p>;
  if (!canEdit)
    return (
      <section>
        <h1>Review queue</h1>
        <p>The review queue is not part of the public edition.</p>
      </section>
    );
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { query, route, path } = useLocation();
  const status = (
    STATUSES.includes(query.status as SuggestionStatus) ? query.status : "pending"
  ) as SuggestionStatus;
  const kind = (KINDS.includes(query.kind as SuggestionKind) ? query.kind : "") as SuggestionKind | "";
  const limit = pageSize(query.limit);
  const loaded = useApi<Page<Suggestion>>(suggestionsApi.listPath(status, kind || undefined, limit));
  const situations = useApi<Page<{ id: string; name: string }>>("/api/v1/situations?limit=500");
  const sources = useApi<Page<{ id: string; name: string }>>("/api/v1/sources?limit=500");
  const setFilter = (next: { status?: string; kind?: string }) => {
    const q = new URLSearchParams({ status, ...(kind ? { kind } : {}), ...next });
    if (!q.get("kind")) q.delete("kind");
    route(`${path}?${q}`);
  };
  return (
    <section>
      <h1>Review queue</h1>
      <p class="muted">
        What the screener and the report reader found, for a person to confirm: nothing here is evidence until
        it is accepted. Highest score first.
      </p>
      <div class="filters">
        <div>
          <label for="review-status">Status</label>
          <select
            id="review-status"
            value={status}
            onChange={(e) => setFilter({ status: e.currentTarget.value })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="review-kind">Kind</label>
          <select id="review-kind" value={kind} onChange={(e) => setFilter({ kind: e.currentTarget.value })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <p class="keys" id="review-keys">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>a</kbd> accept, <kbd>e</kbd> accept with edits,{" "}
          <kbd>r</kbd> reject, <kbd>Esc</kbd> cancel.
        </p>
      </div>
      <Show loaded={loaded} what="the suggestions">
        {(page) => (
          <Queue
            key={`${status}-${kind}-${limit}`}
            status={status}
            page={page}
            pathFor={(cursor) => suggestionsApi.listPath(status, kind || undefined, limit, cursor)}
            lookups={{
              situations: situations.state === "ready" ? situations.data.items : [],
              sources: sources.state === "ready" ? sources.data.items : [],
            }}
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

const byRank = (list: Suggestion[]) => [...list].sort((a, b) => rankOf(b) - rankOf(a));

function Queue(props: {
  status: SuggestionStatus;
  page: Page<Suggestion>;
  pathFor: (cursor: string) => string;
  lookups: Lookups;
}) {
  const [items, setItems] = useState(() => byRank(props.page.items));
  // A later page is ranked within itself and goes below: the cards already shown keep their places.
  const more = useMore(props.page, props.pathFor, (next) =>
    setItems((list) => appendNew(list, byRank(next))),
  );
  const [current, setCurrent] = useState(0);
  const [mode, setMode] = useState<CardMode>("view");
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, FieldProblem[]>>({});
  const [announce, setAnnounce] = useState("");
  const cards = useRef<(HTMLLIElement | null)[]>([]);
  const titles = useDocumentTitles(useMemo(() => items.map((s) => s.documentId), [items]));

  const focus = (i: number) => {
    const n = Math.max(0, Math.min(items.length - 1, i));
    setCurrent(n);
    setMode("view");
    const el = cards.current[n];
    el?.focus();
    el?.scrollIntoView?.({ block: "nearest" });
  };

  const decide = async (s: Suggestion, run: () => Promise<Suggestion>, what: string) => {
    setBusy(true);
    try {
      const decided = await run();
      setItems((list) => list.map((x) => (x.id === s.id ? decided : x)));
      setProblems((p) => ({ ...p, [s.id]: [] }));
      setMode("view");
      setAnnounce(`${what}.`);
    } catch (error) {
      const e = error instanceof ApiError ? error : null;
      const list = e?.fieldErrors.length
        ? e.fieldErrors
        : [{ path: "(request)", message: (error as Error).message }];
      setProblems((p) => ({ ...p, [s.id]: list }));
      // A field the analyst must give (a date the text lacks): open the form with the message beside it.
      if (e?.fieldErrors.length && mode === "view") setMode("accept");
      setAnnounce(`Not saved: ${list.map((x) => x.message).join("; ")}`);
    } finally {
      setBusy(false);
    }
  };
  const accept = (s: Suggestion, body: AcceptBody) =>
    decide(
      s,
      () => suggestionsApi.accept(s.id, body),
      "Accepted: the records it created are listed under it",
    );
  const reject = (s: Suggestion, reason: string) =>
    decide(s, () => suggestionsApi.reject(s.id, reason), "Rejected");

  // The key handler is replaced on every render and registered once: a listener re-registered in an effect
  // would, between a render and its effect, act on the previous render's `current` (fast j then k went astray).
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as HTMLElement | null;
    const typing =
      t &&
      (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (e.key === "Escape" && mode !== "view") {
      setMode("view");
      cards.current[current]?.focus();
      return;
    }
    if (typing) return;
    const s = items[current];
    if (e.key === "j") focus(current + 1);
    else if (e.key === "k") focus(current - 1);
    else if (s?.status === "pending" && !busy) {
      if (e.key === "a") accept(s, { edits: {}, credibility: 6, credibilityReason: null });
      else if (e.key === "e") setMode("accept");
      else if (e.key === "r") setMode("reject");
      else return;
    } else return;
    e.preventDefault();
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  // Focus the first field of a form as it opens, so the keyboard user lands in it.
  useEffect(() => {
    if (mode === "view") return;
    cards.current[current]
      ?.querySelector<HTMLElement>(".decision-form input, .decision-form textarea")
      ?.focus();
  }, [mode, current]);

  if (items.length === 0) return <p>No suggestion with this status.</p>;
  // Cards decided here stay in place (with their decision) but no longer have the list's status: the counts
  // say the list's own apart from them, also after "Load more" (the server's next page holds only the former).
  const listed = items.filter((s) => s.status === props.status).length;
  const decided = items.length - listed;
  const decidedNote = decided > 0 ? ` ${decided} decided here, no longer ${props.status}.` : "";
  return (
    <>
      <p class="muted" aria-live="polite" data-testid="queue-count">
        {listed} suggestion{listed === 1 ? "" : "s"}
        {more.nextCursor ? " shown; more follow (Load more, below the list)" : ""}.{decidedNote} {announce}
      </p>
      <ol class="queue" aria-describedby="review-keys">
        {items.map((s, i) => (
          <SuggestionCard
            key={s.id}
            suggestion={s}
            current={i === current}
            mode={i === current ? mode : "view"}
            busy={busy}
            problems={problems[s.id] ?? []}
            lookups={props.lookups}
            documentTitle={titles.get(s.documentId) ?? null}
            cardRef={(el) => {
              cards.current[i] = el;
            }}
            onFocus={() => {
              if (i === current) return;
              setCurrent(i);
              setMode("view");
            }}
            onMode={(m) => {
              setCurrent(i);
              setMode(m);
            }}
            onAccept={(body) => accept(s, body)}
            onReject={(reason) => reject(s, reason)}
          />
        ))}
      </ol>
      {more.nextCursor !== null || more.loaded !== null ? (
        <LoadMore
          shown={listed}
          noun={[`${props.status} suggestion`, `${props.status} suggestions`]}
          state={more}
        />
      ) : null}
    </>
  );
}
