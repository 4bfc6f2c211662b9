import type { FieldProblem } from "../../api/client.ts";

/** The messages for one field path (and its children: "recommendations" also collects "recommendations.0.text"). */
export function errorsFor(problems: readonly FieldProblem[], path: string, children = false): string[] {
  return problems
    .filter((p) => p.path === path || (children && p.path.startsWith(`${path}.`)))
    .map((p) => p.message);
}

/** A labelled text input or textarea whose validation message sits right under it, tied by aria-describedby. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  errors?: string[];
  hint?: string;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
}) {
  const errors = props.errors ?? [];
  const described = [props.hint ? `${props.id}-hint` : "", errors.length ? `${props.id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  const common = {
    id: props.id,
    value: props.value,
    readOnly: props.readOnly,
    "aria-invalid": errors.length > 0 ? ("true" as const) : undefined,
    "aria-describedby": described || undefined,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.multiline ? <textarea rows={props.rows ?? 5} {...common} /> : <input type="text" {...common} />}
      {errors.length > 0 && (
        <p class="field-error" id={`${props.id}-error`}>
          {errors.join("; ")}
        </p>
      )}
    </div>
  );
}
