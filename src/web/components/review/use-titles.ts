import { useEffect, useState } from "preact/hooks";
import { getJson } from "../../api/client.ts";

/** The titles of the documents the queue's suggestions came from, fetched once each (a queue names few). */
export function useDocumentTitles(ids: readonly string[]): Map<string, string> {
  const [titles, setTitles] = useState(() => new Map<string, string>());
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    let live = true;
    const missing = key ? key.split(",").filter((id) => !titles.has(id)) : [];
    if (missing.length === 0) return;
    Promise.all(
      missing.map((id) =>
        getJson<{ title: string }>(`/api/v1/documents/${id}`).then(
          (d) => [id, d.title] as const,
          () => [id, `document ${id.slice(0, 8)}`] as const,
        ),
      ),
    ).then((pairs) => {
      if (live) setTitles((old) => new Map([...old, ...pairs]));
    });
    return () => {
      live = false;
    };
  }, [key]); // titles is read, not depended on: a fetched title never needs fetching again
  return titles;
}
