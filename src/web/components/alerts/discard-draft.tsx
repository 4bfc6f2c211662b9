import { useEffect, useRef, useState } from "preact/hooks";
import { type AlertVersion, alertsApi } from "../../api/alerts.ts";
import { ApiError } from "../../api/client.ts";
import { TextField } from "./text-field.tsx";

/**
 * Discarding a draft that was never published, in two steps: "Discard this draft…" opens a confirmation that
 * says what goes (the alert itself when this is its only version) and asks an optional reason for the custody
 * log; "Keep it" or Escape closes it. The server refuses anything but a draft at the revision shown.
 */
export function DiscardDraft(props: {
  alertId: string;
  version: AlertVersion;
  only: boolean;
  onDiscarded: (alertDeleted: boolean) => void;
}) {
  const v = props.version;
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  const close = () => {
    setConfirming(false);
    setError(null);
    // Back to where the keyboard was.
    setTimeout(() => opener.current?.focus(), 0);
  };
  const what = props.only
    ? `This alert has no other version: the alert goes with it.`
    : `Version ${v.correctionOf ?? v.number - 1}, the published one, stays as it is.`;
  const discard = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await alertsApi.discard(props.alertId, v.number, v.revision, reason.trim() || null);
      props.onDiscarded(r.alertDeleted);
    } catch (e) {
      const stale = e instanceof ApiError && e.code === "stale-version";
      setError(
        stale
          ? "Not discarded: someone changed this draft since you opened it. Reload the page to see it."
          : `Not discarded: ${(e as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="discard-title" class="workflow">
      <h2 id="discard-title">Discard this draft</h2>
      {!confirming ? (
        <button type="button" ref={opener} onClick={() => setConfirming(true)}>
          Discard this draft…
        </button>
      ) : (
        <fieldset
          class="notice"
          aria-labelledby="discard-question"
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
          }}
        >
          <p id="discard-question">
            <strong>Discard version {v.number}?</strong> It was never published and will be deleted. {what}{" "}
            The custody log keeps a record of the discard.
          </p>
          <TextField
            id="discard-reason"
            label="Reason (custody log, optional)"
            value={reason}
            onInput={setReason}
          />
          <div class="toolbar">
            <button type="button" ref={confirm} class="primary" disabled={busy} onClick={discard}>
              {busy ? "Discarding…" : `Yes, discard version ${v.number}`}
            </button>
            <button type="button" disabled={busy} onClick={close}>
              Keep it
            </button>
          </div>
        </fieldset>
      )}
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
