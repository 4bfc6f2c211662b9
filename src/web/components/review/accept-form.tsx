import { useState } from "preact/hooks";
import type { FieldProblem } from "../../api/client.ts";
import type { AcceptBody, AcceptEdits, Suggestion } from "../../api/suggestions.ts";

type Precision = NonNullable<AcceptEdits["datePrecision"]>;

/** The records a form offers to choose from. */
export interface Lookups {
  situations: { id: string; name: string }[];
  sources: { id: string; name: string }[];
}

function firstDay(iso: string): string {
  return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
}

function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const [y, m] = iso.split("-").map(Number) as [number, number];
    return `${iso}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
  }
  return iso;
}

interface Values {
  title: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: Precision;
  low: string;
  best: string;
  high: string;
  situationId: string;
  sourceId: string;
  statement: string;
  credibility: string;
  credibilityReason: string;
}

/** The form's starting values: what the suggestion proposes (as the server would record it unedited). */
function initial(s: Suggestion): Values {
  const v: Values = {
    title: "",
    dateStart: "",
    dateEnd: "",
    datePrecision: "day",
    low: "",
    best: "",
    high: "",
    situationId: "",
    sourceId: "",
    statement: s.passage,
    credibility: "6",
    credibilityReason: "",
  };
  if (s.kind === "event") {
    const d = s.payload.date;
    if (d) {
      v.datePrecision = (["day", "month", "year"].includes(d.precision) ? d.precision : "day") as Precision;
      v.dateStart = firstDay(d.start);
      v.dateEnd = d.end ? lastDay(d.end) : d.precision === "day" ? "" : lastDay(d.start);
    }
    const f = s.payload.fatalities;
    if (f) {
      v.low = f.low === null ? "" : String(f.low);
      v.best = f.best === null ? "" : String(f.best);
      v.high = f.high === null ? "" : String(f.high);
    }
    v.situationId = s.payload.places.find((p) => p.situationId)?.situationId ?? "";
  }
  return v;
}

const num = (x: string) => (x.trim() === "" ? null : Number(x));

/** Only what the analyst changed goes into `edits`: the rest is recorded as suggested. */
export function acceptBody(s: Suggestion, start: Values, v: Values): AcceptBody {
  const edits: AcceptEdits = {};
  if (v.title.trim()) edits.title = v.title.trim();
  if (s.kind === "claim") {
    if (v.situationId) edits.situationId = v.situationId;
  } else {
    if (
      v.dateStart !== start.dateStart ||
      v.datePrecision !== start.datePrecision ||
      v.dateEnd !== start.dateEnd
    ) {
      edits.dateStart = v.dateStart;
      edits.dateEnd = v.dateEnd || null;
      edits.datePrecision = v.datePrecision;
    }
    if (v.low !== start.low || v.best !== start.best || v.high !== start.high)
      edits.fatalities = { low: num(v.low), best: num(v.best), high: num(v.high) };
    if (v.situationId !== start.situationId && v.situationId) edits.situationIds = [v.situationId];
  }
  if (v.sourceId) edits.sourceId = v.sourceId;
  if (v.statement !== start.statement) edits.statement = v.statement;
  return {
    edits,
    credibility: Number(v.credibility),
    credibilityReason: v.credibilityReason.trim() || null,
  };
}

const PRECISIONS: Precision[] = ["day", "month", "year", "unknown-day"];
const CREDIBILITY = [
  "1: confirmed by other sources",
  "2: probably true",
  "3: possibly true",
  "4: doubtful",
  "5: improbable",
  "6: cannot be judged",
];

/**
 * Accept with edits: a labelled form over the proposed fields; each server validation message appears beside
 * its field. Submitting unchanged accepts the suggestion as proposed.
 */
export function AcceptForm(props: {
  suggestion: Suggestion;
  lookups: Lookups;
  problems: FieldProblem[];
  busy: boolean;
  onAccept: (body: AcceptBody) => void;
  onCancel: () => void;
}) {
  const s = props.suggestion;
  const [start] = useState(() => initial(s));
  const [v, setV] = useState(start);
  const id = (f: string) => `accept-${s.id}-${f}`;
  const set = (f: keyof Values) => (e: Event) =>
    setV({ ...v, [f]: (e.currentTarget as HTMLInputElement).value });
  const err = (f: string) => {
    const messages = props.problems
      .filter((p) => p.path === f || p.path.endsWith(`.${f}`))
      .map((p) => p.message);
    return messages.length ? (
      <p class="field-error" id={id(`${f}-error`)}>
        {messages.join("; ")}
      </p>
    ) : null;
  };
  const described = (f: string) =>
    props.problems.some((p) => p.path === f || p.path.endsWith(`.${f}`)) ? id(`${f}-error`) : undefined;
  const isEvent = s.kind !== "claim";
  return (
    <form
      class="decision-form"
      aria-label="Accept with edits"
      onSubmit={(e) => {
        e.preventDefault();
        props.onAccept(acceptBody(s, start, v));
      }}
    >
      <div class="row">
        {isEvent && (
          <div>
            <label for={id("title")}>Event title</label>
            <input
              id={id("title")}
              value={v.title}
              placeholder="(leave empty for the suggested title)"
              onInput={set("title")}
              aria-describedby={described("title")}
            />
            {err("title")}
          </div>
        )}
        {isEvent && (
          <>
            <div>
              <label for={id("dateStart")}>Date (start, YYYY-MM-DD)</label>
              <input
                id={id("dateStart")}
                value={v.dateStart}
                onInput={set("dateStart")}
                aria-invalid={described("dateStart") ? "true" : undefined}
                aria-describedby={described("dateStart")}
              />
              {err("dateStart")}
            </div>
            <div>
              <label for={id("dateEnd")}>Date (end, optional)</label>
              <input
                id={id("dateEnd")}
                value={v.dateEnd}
                onInput={set("dateEnd")}
                aria-describedby={described("dateEnd")}
              />
              {err("dateEnd")}
            </div>
            <div>
              <label for={id("datePrecision")}>Date precision</label>
              <select id={id("datePrecision")} value={v.datePrecision} onChange={set("datePrecision")}>
                {PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for={id("low")}>Killed: low estimate</label>
              <input id={id("low")} inputMode="numeric" value={v.low} onInput={set("low")} />
            </div>
            <div>
              <label for={id("best")}>Killed: best estimate</label>
              <input id={id("best")} inputMode="numeric" value={v.best} onInput={set("best")} />
            </div>
            <div>
              <label for={id("high")}>Killed: high estimate</label>
              <input id={id("high")} inputMode="numeric" value={v.high} onInput={set("high")} />
              {err("fatalities")}
            </div>
          </>
        )}
        <div>
          <label for={id("situationId")}>{isEvent ? "Situation" : "Situation the statement is about"}</label>
          <select
            id={id("situationId")}
            value={v.situationId}
            onChange={set("situationId")}
            aria-describedby={described("situationId")}
          >
            <option value="">{isEvent ? "(as suggested)" : "(choose)"}</option>
            {props.lookups.situations.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          {err("situationId")}
        </div>
        <div>
          <label for={id("sourceId")}>Source whose claim this is</label>
          <select
            id={id("sourceId")}
            value={v.sourceId}
            onChange={set("sourceId")}
            aria-invalid={described("sourceId") ? "true" : undefined}
            aria-describedby={described("sourceId")}
          >
            <option value="">(the document's source)</option>
            {props.lookups.sources.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          {err("sourceId")}
        </div>
        <div>
          <label for={id("credibility")}>Credibility of the information</label>
          <select id={id("credibility")} value={v.credibility} onChange={set("credibility")}>
            {CREDIBILITY.map((c, i) => (
              <option key={c} value={String(i + 1)}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={id("credibilityReason")}>Why this credibility</label>
          <input
            id={id("credibilityReason")}
            value={v.credibilityReason}
            onInput={set("credibilityReason")}
          />
        </div>
      </div>
      <div>
        <label for={id("statement")}>What the source states (the claim)</label>
        <textarea
          id={id("statement")}
          rows={3}
          value={v.statement}
          onInput={set("statement")}
          aria-describedby={described("statement")}
        />
        {err("statement")}
      </div>
      <div class="toolbar">
        <button type="submit" class="primary" disabled={props.busy}>
          Accept and record
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
