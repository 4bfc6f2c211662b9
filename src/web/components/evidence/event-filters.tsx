import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { FieldProblem } from "../../api/client.ts";
import { SelectField, TextField } from "../forms/field.tsx";
import { useList } from "./lookups.ts";
import type { Named, SituationRecord } from "./types.ts";
import { ACT_TYPES, SENSITIVITIES } from "./vocabulary.ts";

const FORM = "event-filters";
/** The API's own query parameter names: the page's URL and the API call carry the same query. */
export const EVENT_FILTERS = [
  "q",
  "country",
  "situation",
  "from",
  "to",
  "act",
  "perpetrator",
  "group",
  "contested",
  "sensitivity",
] as const;

const any = { value: "", label: "any" };

/**
 * The filters of the events list, read from and written to the URL (every filter state is a deep link). Give it
 * `key={query}` so that it starts again from the URL when the URL changes.
 */
export function EventFilters(props: { query: URLSearchParams; problems: FieldProblem[]; base: string }) {
  const { route } = useLocation();
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(EVENT_FILTERS.map((n) => [n, props.query.get(n) ?? ""])),
  );
  const situations = useList<SituationRecord>("situations");
  const actors = useList<Named>("actors");
  const groups = useList<Named>("groups");
  const value = (name: string) => typed[name] ?? "";
  const error = (name: string) =>
    props.problems
      .filter((p) => p.path === name)
      .map((p) => p.message)
      .join("; ") || undefined;
  const common = (name: string, label: string) => ({
    form: FORM,
    name,
    label,
    value: value(name),
    error: error(name),
    onValue: (n: string, v: string) => setTyped((t) => ({ ...t, [n]: v })),
  });
  return (
    <form
      id={FORM}
      class="filters"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
        const next = new URLSearchParams();
        for (const name of EVENT_FILTERS) {
          const v = (typed[name] ?? "").trim();
          if (v) next.set(name, v);
        }
        route(`${props.base}${next.size ? `?${next}` : ""}`);
      }}
    >
      <div class="filter-grid">
        <TextField {...common("q", "Search")} type="search" hint="Words in the title, description or place" />
        <TextField {...common("country", "Country code")} hint="ISO alpha-3, e.g. XFT" />
        <SelectField
          {...common("situation", "Situation")}
          options={[any, ...(situations ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        />
        <TextField {...common("from", "From")} type="date" />
        <TextField {...common("to", "To")} type="date" />
        <SelectField
          {...common("act", "Act type")}
          options={[any, ...ACT_TYPES.map((t) => ({ value: t, label: t.replaceAll("-", " ") }))]}
        />
        <SelectField
          {...common("perpetrator", "Perpetrator")}
          options={[any, ...(actors ?? []).map((a) => ({ value: a.id, label: a.name }))]}
        />
        <SelectField
          {...common("group", "Targeted group")}
          options={[any, ...(groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        />
        <SelectField
          {...common("contested", "Contested")}
          options={[
            any,
            { value: "true", label: "contested only" },
            { value: "false", label: "uncontested only" },
          ]}
        />
        <SelectField
          {...common("sensitivity", "Sensitivity")}
          options={[any, ...SENSITIVITIES.map((s) => ({ value: s, label: s }))]}
        />
      </div>
      <p class="filter-actions">
        <button type="submit">Apply filters</button> <a href={props.base}>Clear</a>
      </p>
    </form>
  );
}
