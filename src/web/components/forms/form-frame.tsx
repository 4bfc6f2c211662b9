import type { ComponentChildren } from "preact";
import type { FieldProblem } from "../../api/client.ts";
import { fieldId, TextArea } from "./field.tsx";
import type { StaleNotice, Status } from "./use-record-form.ts";

/**
 * The frame of an entry or edit form: a summary of its problems (each a link to its field), the notice of a
 * stale version with what changed, the reason for the custody log, and the save button.
 */
export function FormFrame(props: {
  form: string;
  title: string;
  status: Status;
  problems: FieldProblem[];
  failure: string | null;
  stale: StaleNotice | null;
  editing: boolean;
  reason: string;
  setReason: (value: string) => void;
  labels: Record<string, string>;
  onSubmit: () => void;
  children: ComponentChildren;
  /** Without the reason field (a route that takes no reason, such as an upload). */
  noReason?: boolean;
  /** The button's word for a new record (default "Create"). */
  createLabel?: string;
  /** While saving (default "Saving…"). */
  savingLabel?: string;
}) {
  const { form, problems, stale } = props;
  const reasonError = problems
    .filter((p) => p.path === "reason")
    .map((p) => p.message)
    .join("; ");
  return (
    <form
      id={form}
      class="record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {(problems.length > 0 || props.failure) && (
        <div class="form-problems" role="alert">
          <p>
            <strong>Not saved.</strong> {props.failure && !problems.length ? props.failure : ""}
            {problems.length > 0 &&
              `${problems.length === 1 ? "One field needs" : `${problems.length} fields need`} attention (your entries are kept):`}
          </p>
          {problems.length > 0 && (
            <ul>
              {problems.map((p) => (
                <li key={`${p.path}:${p.message}`}>
                  <a href={`#${fieldId(form, anchor(p.path, props.labels))}`}>
                    {props.labels[anchor(p.path, props.labels)] ?? p.path}
                  </a>
                  : {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {stale && (
        <div class="stale-notice" role="alert">
          <p>
            <strong>Someone saved this record while you were editing.</strong> You opened version {stale.had},
            and it is now at version {stale.now}. Their changes are below and now in the form, except where
            you had changed the same field, which keeps your value. Nothing of yours was saved or lost: check,
            then save again.
          </p>
          <ul>
            {stale.changes.map(([field, before, after]) => (
              <li key={field}>
                <strong>{props.labels[field] ?? field}</strong>: {before} → {after}
              </li>
            ))}
          </ul>
          {stale.conflicts.length > 0 && (
            <p>
              You and they both changed: {stale.conflicts.map((k) => props.labels[k] ?? k).join(", ")}. Your
              values are kept.
            </p>
          )}
        </div>
      )}
      {props.children}
      {!props.noReason && (
        <TextArea
          form={form}
          name="reason"
          label={props.editing ? "Reason for this change (custody log)" : "Reason (custody log, optional)"}
          hint="Written with this change into the append-only custody log."
          value={props.reason}
          onValue={(_, v) => props.setReason(v)}
          error={reasonError || undefined}
          required={props.editing}
          rows={2}
        />
      )}
      <p>
        <button type="submit" disabled={props.status.state === "saving"}>
          {props.status.state === "saving"
            ? (props.savingLabel ?? "Saving…")
            : stale
              ? `Save over version ${stale.now}`
              : props.editing
                ? "Save changes"
                : (props.createLabel ?? "Create")}
        </button>
      </p>
    </form>
  );
}

/** The field a problem's path belongs to: itself, or the nearest labelled prefix ("acts.0.type" -> "acts"). */
function anchor(path: string, labels: Record<string, string>): string {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n--) {
    const key = parts.slice(0, n).join(".");
    if (key in labels) return key;
  }
  return path;
}
