import { useEffect, useState } from "preact/hooks";
import { getJson, type Page } from "../../api/client.ts";

/**
 * Records the evidence pages name by id (sources, actors, groups, situations, documents), fetched once per
 * id and kept for the session, and the short lists the filters and forms choose from.
 */

const one = new Map<string, Promise<unknown>>();
const lists = new Map<string, Promise<unknown[]>>();

export type Kind = "sources" | "actors" | "groups" | "situations" | "documents" | "events" | "claims";

function fetchOne<T>(kind: Kind, id: string): Promise<T | null> {
  const key = `${kind}/${id}`;
  let p = one.get(key);
  if (!p) {
    // A record above the caller's clearance answers 404: shown as "not visible", not as an error.
    p = getJson<T>(`/api/v1/${key}`).catch(() => null);
    one.set(key, p);
  }
  return p as Promise<T | null>;
}

/** The records with these ids, as they arrive (absent until loaded; null when not visible). */
export function useRecords<T>(kind: Kind, ids: readonly string[]): Map<string, T | null> {
  const [found, setFound] = useState(new Map<string, T | null>());
  const key = [...new Set(ids)].sort().join(",");
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(",") : [];
    Promise.all(wanted.map(async (id) => [id, await fetchOne<T>(kind, id)] as const)).then((pairs) => {
      if (live) setFound(new Map(pairs));
    });
    return () => {
      live = false;
    };
  }, [kind, key]);
  return found;
}

/** Up to 500 records of a kind, for pick lists (the API's largest page). */
export function useList<T>(kind: Kind): T[] | null {
  const [items, setItems] = useState<T[] | null>(null);
  useEffect(() => {
    let live = true;
    let p = lists.get(kind);
    if (!p) {
      p = getJson<Page<unknown>>(`/api/v1/${kind}?limit=500`).then((page) => page.items);
      lists.set(kind, p);
    }
    p.then(
      (all) => live && setItems(all as T[]),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return items;
}

/** After a write, the next read of that kind goes to the server again. */
export function forget(kind: Kind, id?: string): void {
  lists.delete(kind);
  if (id) one.delete(`${kind}/${id}`);
}
