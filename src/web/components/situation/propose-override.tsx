import { useState } from "preact/hooks";
import { situationPath } from "../../api/assessment.ts";
import { sendJson } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useSession } from "../../api/session.tsx";

const LEVELS = ["none", "watch", "warning", "emergency"] as const;

/**
 * Proposes a change of the situation's level (an override; issue 8's two-person rule): it is pending, not in
 * force, until a reviewer other than the author approves it (PendingOverrides). For whoever may write
 * (analysts and above; in open local mode anyone); the server's refusal is said as it comes.
 */
export function ProposeOverride(props: { situationId: string; onProposed: () => void }) {
  const canEdit = useCanEdit();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string>("watch");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mayWrite = canEdit && (session?.role ?? null) !== "viewer";
  if (!mayWrite) return null;
  if (!open)
    return (
      <p class="propose-override">
        <button type="button" onClick={() => setOpen(true)}>
          Propose a change of level…
        </button>
      </p>
    );
  const propose = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await sendJson("POST", situationPath(props.situationId, "/overrides"), {
        target: "level",
        value,
        reason,
      });
      setOpen(false);
      setReason("");
      props.onProposed();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      class="propose-override"
      data-testid="propose-override"
      onSubmit={(e) => {
        e.preventDefault();
        void propose();
      }}
    >
      <p class="muted small">
        A proposal is not in force: a reviewer other than you approves it (two people for a change of level).
      </p>
      <label>
        Level{" "}
        <select name="value" value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        Why (at least 10 characters){" "}
        <input
          name="reason"
          value={reason}
          minLength={10}
          required
          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
        />
      </label>{" "}
      <button type="submit" disabled={busy}>
        Propose
      </button>{" "}
      <button type="button" disabled={busy} onClick={() => setOpen(false)}>
        Cancel
      </button>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </form>
  );
}
