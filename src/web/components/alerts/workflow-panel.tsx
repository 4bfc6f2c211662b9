import { useState } from "preact/hooks";
import { type AlertVersion, alertsApi } from "../../api/alerts.ts";
import { ApiError } from "../../api/client.ts";
import { errorsFor, TextField } from "./text-field.tsx";

/**
 * The review steps after a draft: a version in review is returned (with the reviewer's note) or published;
 * the latest published version can be corrected, which starts a new draft version that must say what changed.
 * (A draft's own "submit" is in the editor, which saves first.)
 */
export function WorkflowPanel(props: {
  alertId: string;
  version: AlertVersion;
  latest: boolean;
  onChanged: (v: AlertVersion) => void;
}) {
  const v = props.version;
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (run: () => Promise<AlertVersion>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const next = await run();
      setProblems([]);
      setNote("");
      setMessage(done);
      props.onChanged(next);
    } catch (error) {
      const e = error instanceof ApiError ? error : null;
      setProblems(e?.fieldErrors ?? []);
      setMessage(`Not done: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  if (!props.latest) return null;
  if (v.status === "in-review")
    return (
      <section aria-labelledby="workflow-title" class="workflow">
        <h2 id="workflow-title">Review</h2>
        <p>
          Submitted by {v.submittedBy ?? "unknown"}. Publishing makes this version public and immutable: a
          later change is a correction.
        </p>
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => act(() => alertsApi.publish(props.alertId, v.number, v.revision), "Published.")}
          >
            Publish version {v.number}
          </button>
        </div>
        <TextField
          id="return-note"
          label="Note to the author (required to return the draft)"
          value={note}
          multiline
          rows={2}
          onInput={setNote}
          errors={errorsFor(problems, "note")}
        />
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            note.trim()
              ? act(
                  () => alertsApi.return(props.alertId, v.number, v.revision, note.trim()),
                  "Returned to draft.",
                )
              : setProblems([{ path: "note", message: "say why the version goes back to draft" }])
          }
        >
          Return to draft
        </button>
        {message && (
          <p class="notice" role="status">
            {message}
          </p>
        )}
        {problems.filter((p) => p.path !== "note").length > 0 && (
          <ul class="field-error">
            {problems
              .filter((p) => p.path !== "note")
              .map((p) => (
                <li key={p.path}>
                  {p.path}: {p.message}
                </li>
              ))}
          </ul>
        )}
      </section>
    );
  if (v.status === "published")
    return (
      <section aria-labelledby="workflow-title" class="workflow">
        <h2 id="workflow-title">Correct this alert</h2>
        <p>A published version never changes. A correction is a new version that says what changed.</p>
        <TextField
          id="correction-note"
          label="What the correction changes (at least 10 characters)"
          value={note}
          multiline
          rows={2}
          onInput={setNote}
          errors={errorsFor(problems, "changeNote")}
        />
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            note.trim().length >= 10
              ? act(() => alertsApi.correct(props.alertId, note.trim()), "Correction started.")
              : setProblems([{ path: "changeNote", message: "say what changed (at least 10 characters)" }])
          }
        >
          Start a correction
        </button>
        {message && (
          <p class="notice" role="status">
            {message}
          </p>
        )}
      </section>
    );
  return null;
}
