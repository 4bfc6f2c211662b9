import type { RecommendationInput } from "../../api/alerts.ts";
import type { FieldProblem } from "../../api/client.ts";
import { ADDRESSEE_LABELS } from "./addressees.ts";
import { errorsFor } from "./text-field.tsx";

/**
 * The alert's numbered recommendations: each one's addressee and text editable, moved up or down, removed.
 * Buttons, not drag and drop, so that the order can be changed from the keyboard.
 */
export function RecommendationListEditor(props: {
  value: RecommendationInput[];
  onChange: (value: RecommendationInput[]) => void;
  labels: Record<string, string>;
  problems: readonly FieldProblem[];
}) {
  const list = props.value;
  const labels = { ...ADDRESSEE_LABELS, ...props.labels };
  const update = (i: number, patch: Partial<RecommendationInput>) =>
    props.onChange(list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    props.onChange(next);
  };
  const listErrors = errorsFor(props.problems, "recommendations");
  return (
    <div>
      {listErrors.length > 0 && (
        <p class="field-error" id="recommendations-error">
          {listErrors.join("; ")}
        </p>
      )}
      {list.length === 0 && (
        <p class="muted">No recommendation yet: add one from the library or write your own.</p>
      )}
      <ol class="rec-list" aria-describedby={listErrors.length ? "recommendations-error" : undefined}>
        {list.map((r, i) => {
          const n = i + 1;
          const textErrors = errorsFor(props.problems, `recommendations.${i}`, true);
          return (
            <li key={i} class="rec-item" data-testid="recommendation">
              <div class="field">
                <label for={`rec-${i}-addressee`}>Recommendation {n}: addressed to</label>
                <select
                  id={`rec-${i}-addressee`}
                  value={r.addressee}
                  onChange={(e) => update(i, { addressee: e.currentTarget.value })}
                >
                  {Object.entries(labels).map(([key, label]) => (
                    <option key={key} value={key}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for={`rec-${i}-text`}>Recommendation {n}: text</label>
                <textarea
                  id={`rec-${i}-text`}
                  rows={3}
                  value={r.text}
                  aria-invalid={textErrors.length ? "true" : undefined}
                  aria-describedby={textErrors.length ? `rec-${i}-error` : undefined}
                  onInput={(e) => update(i, { text: e.currentTarget.value })}
                />
                {textErrors.length > 0 && (
                  <p class="field-error" id={`rec-${i}-error`}>
                    {textErrors.join("; ")}
                  </p>
                )}
              </div>
              <div class="rec-tools">
                <span class="muted">
                  {r.libraryId ? `From the library (${r.libraryId})` : "The analyst's own"}
                  {r.basis && (r.basis.stages.length || r.basis.riskFactors.length)
                    ? `; answers stages ${r.basis.stages.join(", ") || "-"}, risk factors ${r.basis.riskFactors.join(", ") || "-"}`
                    : ""}
                </span>
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={`Move recommendation ${n} up`}
                >
                  Up
                </button>
                <button
                  type="button"
                  disabled={i === list.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move recommendation ${n} down`}
                >
                  Down
                </button>
                <button
                  type="button"
                  onClick={() => props.onChange(list.filter((_, j) => j !== i))}
                  aria-label={`Remove recommendation ${n}`}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          props.onChange([...list, { libraryId: null, addressee: "un-security-council", text: "" }])
        }
      >
        Write a recommendation of your own
      </button>
    </div>
  );
}
