import { useState } from "preact/hooks";
import { sendJson } from "../../api/client.ts";

interface ReadReply {
  added: number;
  existing: number;
}

/**
 * "Read this report": POST /api/v1/documents/{id}/read files the document's text as suggestions (events, the
 * report's own statements, screening findings) for the review queue. Reading again adds only what is new.
 */
export function ReadReport(props: { documentId: string; onRead?: () => void }) {
  const [state, setState] = useState<
    { at: "idle" } | { at: "reading" } | { at: "done"; reply: ReadReply } | { at: "failed"; message: string }
  >({ at: "idle" });
  const read = async () => {
    setState({ at: "reading" });
    try {
      const reply = await sendJson<ReadReply>("POST", `/api/v1/documents/${props.documentId}/read`);
      setState({ at: "done", reply });
      props.onRead?.();
    } catch (e) {
      setState({ at: "failed", message: (e as Error).message });
    }
  };
  return (
    <section class="read-report" aria-labelledby="read-report-h">
      <h2 id="read-report-h">Suggestions from this report</h2>
      <p>
        Reading finds events, the report's own statements and screening findings in its text and files them in
        the review queue; nothing becomes evidence until a person accepts it.
      </p>
      <button type="button" onClick={read} disabled={state.at === "reading"}>
        {state.at === "reading" ? "Reading…" : "Read this report"}
      </button>
      <div aria-live="polite">
        {state.at === "done" && (
          <p class="saved" data-testid="read-result">
            {state.reply.added} new suggestion{state.reply.added === 1 ? "" : "s"} filed
            {state.reply.existing ? ` (${state.reply.existing} already there)` : ""}.{" "}
            <a href="/review?status=pending">Open the review queue</a>
          </p>
        )}
        {state.at === "failed" && (
          <p class="error" role="alert">
            Could not read the report: {state.message}
          </p>
        )}
      </div>
    </section>
  );
}
