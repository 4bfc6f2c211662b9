import { useState } from "preact/hooks";
import type { Override } from "../../api/assessment.ts";
import { situationPath } from "../../api/assessment.ts";
import { sendJson } from "../../api/client.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { useSession } from "../../api/session.tsx";
import { formatInstant } from "../../format/dates.ts";

/**
 * Proposed overrides awaiting a second person (the two-person rule for a change of level, issue 8): shown as
 * pending, apart from the level in force, which they do not change. A reviewer (or, in open local mode,
 * anyone: the server compares names) approves or rejects each with a reason; the server refuses the author
 * with `two-person-rule`, said here as it comes.
 */
export function PendingOverrides(props: {
  situationId: string;
  overrides: Override[];
  onDecided: () => void;
}) {
  const pending = props.overrides.filter((o) => o.status === "pending");
  const canEdit = useCanEdit();
  const session = useSession();
  if (pending.length === 0) return null;
  const mayDecide =
    canEdit && (session?.role === null || session?.role === "reviewer" || session?.role === "admin");
  return (
    <section
      class="pending-overrides"
      aria-labelledby="pending-overrides-title"
      data-testid="pending-overrides"
    >
      <h2 id="pending-overrides-title">Proposed changes of level, awaiting a second person</h2>
      <p class="muted small">
        Not in force: the level above is the rules' until a reviewer other than the author approves.
      </p>
      <ul>
        {pending.map((o) => (
          <PendingOverride
            key={o.id}
            situationId={props.situationId}
            override={o}
            mayDecide={mayDecide}
            onDecided={props.onDecided}
          />
        ))}
      </ul>
    </section>
  );
}

function PendingOverride(props: {
  situationId: string;
  override: Override;
  mayDecide: boolean;
  onDecided: () => void;
}) {
  const o = props.override;
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const target = o.target === "level" ? "the level" : `stage ${o.target.slice(6)}`;

  const decide = async (action: "approve" | "reject") => {
    setBusy(true);
    setProblem(null);
    try {
      const path = situationPath(props.situationId, `/overrides/${encodeURIComponent(o.id)}/${action}`);
      await sendJson("POST", path, action === "reject" ? { reason } : {});
      props.onDecided();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="pending-override" data-testid="pending-override" data-override={o.id}>
      <p>
        <span class="status-pending">Pending</span>: set {target} to <strong>{o.value}</strong>, proposed by{" "}
        {o.actor} ({formatInstant(o.at)}): {o.reason}
      </p>
      {props.mayDecide && (
        <div class="override-decision">
          <button type="button" disabled={busy} onClick={() => void decide("approve")}>
            Approve
          </button>{" "}
          {rejecting ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void decide("reject");
              }}
            >
              <label>
                Why reject (at least 10 characters){" "}
                <input
                  name="reason"
                  value={reason}
                  minLength={10}
                  required
                  onInput={(e) => setReason((e.target as HTMLInputElement).value)}
                />
              </label>{" "}
              <button type="submit" disabled={busy}>
                Reject
              </button>
            </form>
          ) : (
            <button type="button" disabled={busy} onClick={() => setRejecting(true)}>
              Reject…
            </button>
          )}
        </div>
      )}
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </li>
  );
}
