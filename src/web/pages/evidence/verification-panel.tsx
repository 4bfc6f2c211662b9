import "./verification.css";
import { useEffect, useState } from "preact/hooks";
import { ApiError, type FieldProblem } from "../../api/client.ts";
import { useCanEdit, useServerInfo } from "../../api/server-info.tsx";
import { SelectField, TextArea, TextField } from "../../components/forms/field.tsx";
import { formatInstant } from "../../format/dates.ts";
import {
  STATUS_LABELS,
  STATUS_MARKS,
  type VerifiablePlural,
  type Verification,
  type VerificationComment,
  type VerificationStatus,
  verificationApi,
} from "./verification-api.ts";

const FORM = "verification";

/** A status as words with its mark: never colour alone. */
export function StatusBadge(props: { status: VerificationStatus }) {
  return (
    <span class={`verification-status status-${props.status}`}>
      <span aria-hidden="true">{STATUS_MARKS[props.status]} </span>
      {STATUS_LABELS[props.status]}
    </span>
  );
}

/**
 * The verification workflow of one event or claim: its status, who is assigned, who holds the edit lock and
 * until when, and the comments; with forms to change them when the server accepts writes. Every message of
 * the server (a refused move, the lock of someone else, a stale version) is shown in words, and field
 * problems beside their fields.
 */
export function VerificationPanel(props: { kind: VerifiablePlural; id: string }) {
  const info = useServerInfo();
  // The workflow is internal (the API refuses it at public clearance): nothing to show the public edition.
  if (!info.known || info.clearance === "public") return null;
  return <Panel {...props} />;
}

function Panel(props: { kind: VerifiablePlural; id: string }) {
  const canEdit = useCanEdit();
  const [state, setState] = useState<Verification | null>(null);
  const [comments, setComments] = useState<VerificationComment[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<VerificationStatus>("unverified");
  const [assignee, setAssignee] = useState("");
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (v: Verification) => {
    setState(v);
    setStatus(v.status);
    setAssignee(v.assignee ?? "");
  };
  const load = async () => {
    try {
      const [v, c] = await Promise.all([
        verificationApi.get(props.kind, props.id),
        verificationApi.comments(props.kind, props.id),
      ]);
      show(v);
      setComments(c.items);
      setLoadError(null);
    } catch (error) {
      setLoadError((error as Error).message);
    }
  };
  useEffect(() => {
    void load();
  }, [props.kind, props.id]);

  const act = async (run: () => Promise<void>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await run();
      setProblems([]);
      setMessage(done);
    } catch (error) {
      const e = error instanceof ApiError ? error : null;
      setProblems(e?.fieldErrors ?? []);
      setMessage(`Not done: ${(error as Error).message}`);
      // Someone else may have changed it or taken the lock: show what is true now.
      if (e && (e.status === 409 || e.status === 403)) await load().catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (path: string) => problems.find((p) => p.path === path)?.message;
  const title = `verification-${props.id}`;

  if (loadError)
    return (
      <section aria-labelledby={title}>
        <h2 id={title}>Verification</h2>
        <p class="error" role="alert">
          Could not load the verification: {loadError}
        </p>
      </section>
    );
  if (!state)
    return (
      <section aria-labelledby={title}>
        <h2 id={title}>Verification</h2>
        <p class="muted" aria-busy="true">
          Loading the verification…
        </p>
      </section>
    );

  const lock = state.lock;
  const choices = [state.status, ...state.next];
  return (
    <section aria-labelledby={title} class="verification">
      <h2 id={title}>Verification</h2>
      <dl class="facts" data-testid="verification-facts">
        <dt>Status</dt>
        <dd data-testid="verification-status">
          <StatusBadge status={state.status} />
          {state.reason && <span class="muted"> (reason: {state.reason})</span>}
        </dd>
        <dt>Assigned to</dt>
        <dd data-testid="verification-assignee">{state.assignee ?? <span class="muted">nobody</span>}</dd>
        <dt>Edit lock</dt>
        <dd data-testid="verification-lock">
          {lock
            ? lock.mine
              ? `You hold the edit lock until ${formatInstant(lock.expiresAt)}.`
              : `${lock.holder} is editing this (lock taken ${formatInstant(lock.takenAt)}, expires ${formatInstant(lock.expiresAt)}).`
            : "Nobody is editing this."}
        </dd>
        {state.updatedBy && state.updatedAt && (
          <>
            <dt>Last change</dt>
            <dd>
              by {state.updatedBy}, {formatInstant(state.updatedAt)}
            </dd>
          </>
        )}
      </dl>
      {message && (
        <p class={message.startsWith("Not done") ? "error" : "saved"} role="status">
          {message}
        </p>
      )}
      {canEdit && (
        <>
          <div class="toolbar">
            {(!lock || lock.mine) && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  act(
                    async () => show(await verificationApi.lock(props.kind, props.id)),
                    lock ? "Lock renewed." : "Lock taken.",
                  )
                }
              >
                {lock ? "Renew the edit lock" : "Take the edit lock"}
              </button>
            )}
            {lock?.mine && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  act(async () => show(await verificationApi.unlock(props.kind, props.id)), "Lock released.")
                }
              >
                Release the edit lock
              </button>
            )}
            {lock && !lock.mine && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  act(
                    async () => show(await verificationApi.lock(props.kind, props.id, true)),
                    `Lock taken over from ${lock.holder} (recorded in the custody log).`,
                  )
                }
              >
                Take over the lock from {lock.holder}
              </button>
            )}
          </div>
          <form
            class="verification-form"
            aria-label="Change the verification"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                show(
                  await verificationApi.set(props.kind, props.id, state.version, {
                    status,
                    assignee: assignee.trim() || null,
                    reason: reason.trim() || null,
                  }),
                );
                setReason("");
              }, "Verification saved.");
            }}
          >
            <SelectField
              form={FORM}
              name="status"
              label="Status"
              value={status}
              options={choices.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
              onValue={(_, v) => setStatus(v as VerificationStatus)}
              error={errorOf("status")}
              hint="Verified needs someone other than the record's last editor; rejecting and reopening need a reason."
            />
            <TextField
              form={FORM}
              name="assignee"
              label="Assigned to"
              value={assignee}
              onValue={(_, v) => setAssignee(v)}
              error={errorOf("assignee")}
              hint="An actor's name; leave empty for nobody."
            />
            <TextArea
              form={FORM}
              name="reason"
              label="Reason"
              rows={2}
              value={reason}
              onValue={(_, v) => setReason(v)}
              error={errorOf("reason")}
            />
            <button type="submit" class="primary" disabled={busy}>
              Save verification
            </button>
          </form>
        </>
      )}
      <h3 id={`${title}-comments`}>Comments ({comments.length})</h3>
      {comments.length === 0 ? (
        <p class="muted">No comments yet.</p>
      ) : (
        <ol class="comments" aria-labelledby={`${title}-comments`}>
          {comments.map((c) => (
            <li key={c.id} data-testid="comment">
              <p class="comment-meta">
                <strong>{c.author}</strong>, <time dateTime={c.createdAt}>{formatInstant(c.createdAt)}</time>
              </p>
              <p class="comment-text">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <form
          aria-label="Add a comment"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              const added = await verificationApi.comment(props.kind, props.id, comment);
              setComments((list) => [...list, added]);
              setComment("");
            }, "Comment added.");
          }}
        >
          <TextArea
            form={FORM}
            name="text"
            label="Comment"
            rows={3}
            value={comment}
            onValue={(_, v) => setComment(v)}
            error={errorOf("text")}
          />
          <button type="submit" disabled={busy}>
            Add comment
          </button>
        </form>
      )}
    </section>
  );
}
