import { useState } from "preact/hooks";
import type { LibraryEntry, RecommendationInput } from "../../api/alerts.ts";
import { addresseeLabel } from "./addressees.ts";

const STAGE_NAMES = [
  "Classification",
  "Symbolization",
  "Discrimination",
  "Dehumanization",
  "Organization",
  "Polarization",
  "Preparation",
  "Persecution",
  "Extermination",
  "Denial",
];

/** "matching" = the situation's active stages and risk factors; "s4" = stage 4; "rf9" = risk factor 9. */
type Filter = string;

function matches(entry: LibraryEntry, filter: Filter, stages: number[], factors: number[]): boolean {
  if (filter === "all") return true;
  if (filter === "matching")
    return entry.stages.some((s) => stages.includes(s)) || entry.riskFactors.some((f) => factors.includes(f));
  if (filter.startsWith("s")) return entry.stages.includes(Number(filter.slice(1)));
  return entry.riskFactors.includes(Number(filter.slice(2)));
}

/**
 * The recommendation library, keyed by stage (Stanton's Ten Stages) and UN Framework risk factor: pick an
 * entry to add it (with `{place}` filled in) to the end of the alert's list.
 */
export function RecommendationLibraryPicker(props: {
  entries: LibraryEntry[];
  labels: Record<string, string>;
  place: string;
  activeStages: number[];
  activeRiskFactors: number[];
  chosen: readonly (string | null)[];
  onAdd: (r: RecommendationInput) => void;
}) {
  const [filter, setFilter] = useState<Filter>("matching");
  const shown = props.entries.filter((e) => matches(e, filter, props.activeStages, props.activeRiskFactors));
  return (
    <section class="library" aria-label="Recommendation library">
      <div class="field">
        <label for="library-filter">Library entries for</label>
        <select id="library-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
          <option value="matching">
            this situation's stages ({props.activeStages.join(", ") || "none"}) and risk factors (
            {props.activeRiskFactors.join(", ") || "none"})
          </option>
          {STAGE_NAMES.map((name, i) => (
            <option key={name} value={`s${i + 1}`}>
              Stage {i + 1}: {name}
            </option>
          ))}
          {Array.from({ length: 14 }, (_, i) => (
            <option key={`rf${i + 1}`} value={`rf${i + 1}`}>
              UN Framework risk factor {i + 1}
            </option>
          ))}
          <option value="all">all entries</option>
        </select>
      </div>
      <p class="hint" aria-live="polite">
        {shown.length} {shown.length === 1 ? "entry" : "entries"}
      </p>
      <ul class="library-list">
        {shown.map((e) => {
          const used = props.chosen.includes(e.id);
          return (
            <li key={e.id}>
              <span class="addressee">{addresseeLabel(e.addressee, props.labels)}:</span>{" "}
              {e.text.replaceAll("{place}", props.place)}{" "}
              <span class="muted">
                (stages {e.stages.join(", ") || "-"}; risk factors {e.riskFactors.join(", ") || "-"})
              </span>{" "}
              <button
                type="button"
                disabled={used}
                aria-label={`Add recommendation ${e.id}`}
                onClick={() =>
                  props.onAdd({
                    libraryId: e.id,
                    addressee: e.addressee,
                    text: e.text.replaceAll("{place}", props.place),
                    basis: { stages: [...e.stages], riskFactors: [...e.riskFactors] },
                  })
                }
              >
                {used ? "Added" : "Add"}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
