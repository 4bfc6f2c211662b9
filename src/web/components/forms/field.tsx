import "./forms.css";
import type { ComponentChildren } from "preact";

/**
 * Labelled form controls that show their validation message beside them. Each control's name is the API's
 * path for the field ("place.latitude", "fatalities.low"), so a problem+json `errors[].path` lands on the
 * control it names. The message is tied to the control by aria-describedby and marks it aria-invalid.
 */

export function fieldId(form: string, name: string): string {
  return `${form}-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

interface Common {
  form: string;
  name: string;
  label: string;
  value: string;
  onValue: (name: string, value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

function described(id: string, p: Common): { "aria-describedby"?: string; "aria-invalid"?: "true" } {
  const ids = [p.hint ? `${id}-hint` : null, p.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { ...(ids ? { "aria-describedby": ids } : {}), ...(p.error ? { "aria-invalid": "true" } : {}) };
}

function Wrap(props: Common & { id: string; children: ComponentChildren }) {
  return (
    <div class={`field${props.error ? " invalid" : ""}`}>
      <label for={props.id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.children}
      {props.hint && (
        <span class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="field-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

export function TextField(props: Common & { type?: string; inputMode?: string; placeholder?: string }) {
  const id = fieldId(props.form, props.name);
  return (
    <Wrap {...props} id={id}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        inputMode={props.inputMode as "text"}
        placeholder={props.placeholder}
        value={props.value}
        required={props.required}
        onInput={(e) => props.onValue(props.name, e.currentTarget.value)}
        {...described(id, props)}
      />
    </Wrap>
  );
}

export function TextArea(props: Common & { rows?: number }) {
  const id = fieldId(props.form, props.name);
  return (
    <Wrap {...props} id={id}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        value={props.value}
        required={props.required}
        onInput={(e) => props.onValue(props.name, e.currentTarget.value)}
        {...described(id, props)}
      />
    </Wrap>
  );
}

export function SelectField(props: Common & { options: { value: string; label: string }[] }) {
  const id = fieldId(props.form, props.name);
  return (
    <Wrap {...props} id={id}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        required={props.required}
        onChange={(e) => props.onValue(props.name, e.currentTarget.value)}
        {...described(id, props)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

/** A group of checkboxes (acts, groups, situations) with one legend and one message for the group. */
export function CheckGroup(props: {
  form: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: (value: string) => boolean;
  onToggle: (value: string, on: boolean) => void;
  error?: string | undefined;
  hint?: string;
  children?: ComponentChildren;
}) {
  const id = fieldId(props.form, props.name);
  const ids = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      id={id}
      class={`checks${props.error ? " invalid" : ""}`}
      aria-describedby={ids || undefined}
      tabIndex={-1}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.options.length === 0 && <span class="muted">none to choose from</span>}
      <div class="check-list">
        {props.options.map((o) => (
          <label key={o.value} class="check">
            <input
              type="checkbox"
              name={props.name}
              value={o.value}
              checked={props.checked(o.value)}
              onChange={(e) => props.onToggle(o.value, e.currentTarget.checked)}
            />{" "}
            {o.label}
          </label>
        ))}
      </div>
      {props.children}
      {props.error && (
        <span class="field-error" id={`${id}-error`}>
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
