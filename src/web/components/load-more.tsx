import { useState } from "preact/hooks";
import { getJson, type Page } from "../api/client.ts";

/**
 * The next page of a list, appended below the ones shown: the API's `nextCursor` passed back as `cursor`.
 * `pathFor` gives the list's URL for a cursor (the same filters as the first page).
 */
export function useMore<T extends { id: string }>(
  first: Page<T>,
  pathFor: (cursor: string) => string,
  append: (more: T[]) => void,
) {
  const [cursor, setCursor] = useState(first.nextCursor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<number | null>(null);
  const more = async () => {
    if (!cursor || busy) return;
    setBusy(true);
    setError(null);
    try {
      const page = await getJson<Page<T>>(pathFor(cursor));
      append(page.items);
      setCursor(page.nextCursor);
      setLoaded(page.items.length);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { nextCursor: cursor, busy, error, loaded, more };
}

/** Items of `list` first, then those of `more` not already in it. */
export function appendNew<T extends { id: string }>(list: T[], more: T[]): T[] {
  const seen = new Set(list.map((x) => x.id));
  return [...list, ...more.filter((x) => !seen.has(x.id))];
}

/** "N things shown; more follow" and the button that loads the next page (a plain button: keyboard reachable). */
export function LoadMore(props: {
  shown: number;
  noun: [one: string, many: string];
  state: ReturnType<typeof useMore>;
}) {
  const { shown, state } = props;
  const noun = shown === 1 ? props.noun[0] : props.noun[1];
  return (
    <div class="load-more">
      <p class="muted" aria-live="polite" data-testid="load-more-count">
        {shown} {noun} shown
        {state.nextCursor ? "; more follow" : "; that is all"}
        {state.loaded !== null ? ` (the last page added ${state.loaded})` : ""}.
      </p>
      {state.nextCursor && (
        <button type="button" onClick={state.more} disabled={state.busy} aria-busy={state.busy}>
          {state.busy ? "Loading…" : "Load more"}
        </button>
      )}
      {state.error && (
        <p class="error" role="alert">
          Could not load more: {state.error}
        </p>
      )}
    </div>
  );
}
