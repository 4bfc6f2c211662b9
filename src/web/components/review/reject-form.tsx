import { useState } from "preact/hooks";
import type { FieldProblem } from "../../api/client.ts";
import type { Suggestion } from "../../api/suggestions.ts";

/** Reject with a reason (required: the queue's history says why a suggestion was turned down). */
export function RejectForm(props: {
  suggestion: Suggestion;
  problems: FieldProblem[];
  busy: boolean;
  onReject: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const id = `reject-${props.suggestion.id}-reason`;
  const messages = [
    ...(missing ? ["say why the suggestion is rejected"] : []),
    ...props.problems.filter((p) => p.path.endsWith("reason")).map((p) => p.message),
  ];
  return (
    <form
      class="decision-form"
      aria-label="Reject"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return setMissing(true);
        props.onReject(reason.trim());
      }}
    >
      <label for={id}>Reason for rejecting</label>
      <textarea
        id={id}
        rows={2}
        value={reason}
        aria-invalid={messages.length ? "true" : undefined}
        aria-describedby={messages.length ? `${id}-error` : undefined}
        onInput={(e) => {
          setReason(e.currentTarget.value);
          setMissing(false);
        }}
      />
      {messages.length > 0 && (
        <p class="field-error" id={`${id}-error`}>
          {messages.join("; ")}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" disabled={props.busy}>
          Reject
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
