import type { Values } from "../../components/forms/use-record-form.ts";

/** Ids ticked in a flat values map under `prefix.` ("group.<id>" = "1"), in the stored order first. */
export function ticked(values: Values, prefix: string, stored: readonly string[] = []): string[] {
  const on = Object.keys(values)
    .filter((k) => k.startsWith(`${prefix}.`) && values[k])
    .map((k) => k.slice(prefix.length + 1));
  return [...stored.filter((id) => on.includes(id)), ...on.filter((id) => !stored.includes(id))];
}

/** `{ "group.<id>": "1" }` for each id. */
export function tick(prefix: string, ids: readonly string[]): Values {
  return Object.fromEntries(ids.map((id) => [`${prefix}.${id}`, "1"]));
}

/** Pick-list options: the records listed, plus any id the record refers to that the list lacks. */
export function optionsFor(
  items: readonly { id: string; name: string }[] | null,
  referenced: readonly string[] = [],
): { value: string; label: string }[] {
  const listed = (items ?? []).map((i) => ({ value: i.id, label: i.name }));
  const missing = referenced
    .filter((id) => !listed.some((o) => o.value === id))
    .map((id) => ({ value: id, label: `record ${id.slice(0, 8)}… (not in the first 500)` }));
  return [...listed, ...missing];
}

export const str = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);
