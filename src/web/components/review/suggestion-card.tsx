import { Fragment, type Ref } from "preact";
import type { FieldProblem } from "../../api/client.ts";
import type { AcceptBody, Suggestion } from "../../api/suggestions.ts";
import { AcceptForm, type Lookups } from "./accept-form.tsx";
import { CreatedRecord } from "./created-record.tsx";
import { HighlightedPassage } from "./highlighted-passage.tsx";
import { RejectForm } from "./reject-form.tsx";
import { highlightsOf, proposedFields, rankOf } from "./suggestion-fields.ts";

export type CardMode = "view" | "accept" | "reject";

const KIND_TITLES: Record<Suggestion["kind"], string> = {
  event: "Event read from a report",
  claim: "The report's own statement",
  screening: "Screening finding",
};

/** One suggestion: where it came from, the passage with the flagged words marked, what it proposes, and the decision. */
export function SuggestionCard(props: {
  suggestion: Suggestion;
  current: boolean;
  mode: CardMode;
  busy: boolean;
  problems: FieldProblem[];
  lookups: Lookups;
  documentTitle: string | null;
  cardRef?: Ref<HTMLLIElement>;
  onFocus: () => void;
  onMode: (mode: CardMode) => void;
  onAccept: (body: AcceptBody) => void;
  onReject: (reason: string) => void;
}) {
  const s = props.suggestion;
  const headingId = `suggestion-${s.id}-title`;
  const stage = s.stage ? `, stage ${s.stage}` : "";
  return (
    <li
      ref={props.cardRef}
      class="suggestion"
      tabIndex={-1}
      aria-current={props.current ? "true" : undefined}
      aria-labelledby={headingId}
      data-testid="suggestion"
      onFocusIn={props.onFocus}
    >
      <h2 id={headingId}>
        {KIND_TITLES[s.kind]}
        {stage} <span class="muted">(rank {rankOf(s).toFixed(2)})</span>
      </h2>
      <p class="muted">
        From{" "}
        <a href={`/evidence/documents/${s.documentId}`}>
          {props.documentTitle ?? `document ${s.documentId.slice(0, 8)}`}
        </a>
        , characters {s.start}-{s.end}; {s.origin === "screening" ? "screened" : "read"}{" "}
        {s.createdAt.slice(0, 10)}; {s.sensitivity}
      </p>
      <HighlightedPassage passage={s.passage} start={s.start} highlights={highlightsOf(s)} />
      <dl class="proposed" aria-label="Proposed fields">
        {proposedFields(s).map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </Fragment>
        ))}
      </dl>
      {s.status === "pending" ? (
        <>
          {props.mode === "view" && (
            <div class="toolbar">
              <button
                type="button"
                class="primary"
                disabled={props.busy}
                onClick={() => props.onAccept({ edits: {}, credibility: 6, credibilityReason: null })}
              >
                Accept <kbd>a</kbd>
              </button>
              <button type="button" disabled={props.busy} onClick={() => props.onMode("accept")}>
                Accept with edits <kbd>e</kbd>
              </button>
              <button type="button" disabled={props.busy} onClick={() => props.onMode("reject")}>
                Reject <kbd>r</kbd>
              </button>
            </div>
          )}
          {props.mode === "accept" && (
            <AcceptForm
              suggestion={s}
              lookups={props.lookups}
              problems={props.problems}
              busy={props.busy}
              onAccept={props.onAccept}
              onCancel={() => props.onMode("view")}
            />
          )}
          {props.mode === "reject" && (
            <RejectForm
              suggestion={s}
              problems={props.problems}
              busy={props.busy}
              onReject={props.onReject}
              onCancel={() => props.onMode("view")}
            />
          )}
          {props.mode === "view" && props.problems.length > 0 && (
            <p class="field-error" role="alert">
              {props.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}
            </p>
          )}
        </>
      ) : (
        <div class="decided" role="status">
          <strong>
            {s.status === "rejected"
              ? "Rejected"
              : s.status === "edited"
                ? "Accepted with edits"
                : "Accepted"}
          </strong>
          {s.decidedBy ? ` by ${s.decidedBy}` : ""}
          {s.decidedAt ? ` on ${s.decidedAt.slice(0, 10)}` : ""}
          {s.reason ? `: ${s.reason}` : ""}
          {s.createdRecords.length > 0 && (
            <ul aria-label="Records created">
              {s.createdRecords.map((r) => (
                <CreatedRecord key={r.id} kind={r.kind} id={r.id} />
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
