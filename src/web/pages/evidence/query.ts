import { useLocation } from "preact-iso";

/** The page's query string as URLSearchParams (preact-iso gives an object). */
export function useQuery(): URLSearchParams {
  const { url } = useLocation();
  return new URL(url, "http://x").searchParams;
}

/** The API path for a list, passing on the page's own filter parameters and cursor. */
export function apiList(path: string, query: URLSearchParams, names: readonly string[], limit = 25): string {
  const out = new URLSearchParams({ limit: String(limit) });
  for (const name of [...names, "cursor"]) {
    const v = query.get(name);
    if (v) out.set(name, v);
  }
  return `/api/v1/${path}?${out}`;
}
