/** Cursor paging in the URL: "Next page" carries the API's nextCursor; "First page" drops it. */
export function Pager(props: {
  base: string;
  query: URLSearchParams;
  nextCursor: string | null;
  shown: number;
}) {
  const { base, query, nextCursor } = props;
  const at = new URLSearchParams(query);
  const onLater = at.has("cursor");
  at.delete("cursor");
  const first = `${base}${at.size ? `?${at}` : ""}`;
  const next = new URLSearchParams(at);
  if (nextCursor) next.set("cursor", nextCursor);
  return (
    <nav class="pager" aria-label="Pages">
      <span class="muted">
        {props.shown} shown{onLater ? " (a later page)" : ""}
        {nextCursor ? "; more follow" : "; no more"}
      </span>
      {onLater && <a href={first}>First page</a>}
      {nextCursor && (
        <a href={`${base}?${next}`} rel="next">
          Next page
        </a>
      )}
    </nav>
  );
}
