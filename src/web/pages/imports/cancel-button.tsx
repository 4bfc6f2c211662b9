import { useState } from "preact/hooks";
import { cancelJob, cancellable, type ImportJob } from "./imports-api.ts";

/** Cancels a queued or running job (a running one stops at its next batch boundary); then asks for the list. */
export function CancelButton(props: { job: ImportJob; onDone: () => void; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!cancellable(props.job)) return null;
  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      await cancelJob(props.job.id);
      props.onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={cancel} disabled={busy} aria-label={props.label}>
        {busy ? "Cancelling…" : "Cancel"}
      </button>
      {error && (
        <span class="error" role="alert">
          {" "}
          Could not cancel: {error}
        </span>
      )}
    </>
  );
}
