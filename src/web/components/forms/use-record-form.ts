import { useEffect, useState } from "preact/hooks";
import { ApiError, type FieldProblem, getJson, sendJson } from "../../api/client.ts";

/**
 * The state of an entry or edit form for one record: the values as typed (strings, kept whatever happens), the
 * problems beside each field (client checks first, then the API's problem+json `errors`), and optimistic
 * concurrency: an edit sends only the fields it changes with `If-Match: "<version it read>"`; on 409
 * stale-version it reloads the record, takes the other writer's changes into every field the analyst did not
 * touch, keeps the analyst's own, and says what changed before the analyst saves again.
 */

export type Values = Record<string, string>;

export interface FormSpec<R extends { id: string; version: number }> {
  /** The collection: "events", "claims", "sources". */
  plural: string;
  /** The record in a GET answer (default: the answer itself; an event comes with its claims). */
  read?: (answer: unknown) => R;
  /** The form's values for a record (create: null, with `preset` from the URL). */
  toValues(record: R | null, preset: URLSearchParams): Values;
  /** The request body for these values, and every problem a cheap check finds (mirroring the zod schemas). */
  toBody(values: Values, base: R | null): { body: Record<string, unknown>; problems: FieldProblem[] };
}

export interface StaleNotice {
  had: number;
  now: number;
  /** Fields the other writer changed: [field, before, after]. */
  changes: [string, string, string][];
  /** Fields both changed: the analyst's value is kept. */
  conflicts: string[];
}

export type Status =
  | { state: "loading" }
  | { state: "missing"; message: string }
  | { state: "editing" }
  | { state: "saving" };

const SERVER_KEYS = new Set([
  "id",
  "version",
  "createdAt",
  "updatedAt",
  "contested",
  "sha256",
  "size",
  "copies",
]);

export function useRecordForm<R extends { id: string; version: number }>(
  spec: FormSpec<R>,
  id: string | null,
  preset: URLSearchParams,
  onSaved: (record: R) => void,
) {
  const [status, setStatus] = useState<Status>({ state: id ? "loading" : "editing" });
  const [base, setBase] = useState<R | null>(null);
  const [values, setValues] = useState<Values>(() => (id ? {} : spec.toValues(null, preset)));
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState<StaleNotice | null>(null);

  useEffect(() => {
    if (!id) return;
    fetchRecord(spec, id).then(
      (record) => {
        setBase(record);
        setValues(spec.toValues(record, preset));
        setStatus({ state: "editing" });
      },
      (e: Error) => setStatus({ state: "missing", message: e.message }),
    );
  }, [id, spec.plural]);

  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit() {
    setFailure(null);
    const { body, problems: found } = spec.toBody(values, base);
    if (base && !reason.trim())
      found.push({ path: "reason", message: "say why you change this record: it goes into the custody log" });
    setProblems(found);
    if (found.length) return;
    const changed = base ? diffBody(body, base) : body;
    if (base && Object.keys(changed).length === 0) {
      setFailure("Nothing to save: no field differs from the stored record.");
      return;
    }
    setStatus({ state: "saving" });
    const q = reason.trim() ? `?reason=${encodeURIComponent(reason.trim())}` : "";
    try {
      const saved = base
        ? await sendJson<R>("PATCH", `/api/v1/${spec.plural}/${base.id}${q}`, changed, {
            "if-match": `"${base.version}"`,
          })
        : await sendJson<R>("POST", `/api/v1/${spec.plural}${q}`, body);
      setStale(null);
      onSaved(saved);
    } catch (e) {
      setStatus({ state: "editing" });
      if (e instanceof ApiError && e.code === "stale-version" && base) await reload(base);
      else if (e instanceof ApiError && e.fieldErrors.length) {
        setProblems(e.fieldErrors);
        setFailure(e.message);
      } else setFailure(e instanceof Error ? e.message : String(e));
    }
  }

  /** Someone saved first: take their record as the new base, keep what the analyst typed. */
  async function reload(old: R) {
    try {
      const current = await fetchRecord(spec, old.id);
      const before = spec.toValues(old, preset);
      const theirs = spec.toValues(current, preset);
      const merged: Values = { ...values };
      const conflicts: string[] = [];
      for (const key of new Set([...Object.keys(before), ...Object.keys(theirs)])) {
        const mine = values[key] ?? "";
        if (mine === (before[key] ?? "")) merged[key] = theirs[key] ?? "";
        else if ((theirs[key] ?? "") !== (before[key] ?? "") && mine !== (theirs[key] ?? ""))
          conflicts.push(key);
      }
      setStale({ had: old.version, now: current.version, changes: recordChanges(old, current), conflicts });
      setBase(current);
      setValues(merged);
    } catch (e) {
      setFailure(`The record changed since you opened it, and reloading it failed: ${(e as Error).message}`);
    }
  }

  const errorFor = (path: string) =>
    problems
      .filter((p) => p.path === path)
      .map((p) => p.message)
      .join("; ") || undefined;
  /** Messages for an array field and its items ("acts", "acts.0.type"). */
  const errorsUnder = (prefix: string) =>
    problems
      .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
      .map((p) => (p.path === prefix ? p.message : `${p.path.slice(prefix.length + 1)}: ${p.message}`))
      .join("; ") || undefined;

  return {
    status,
    base,
    values,
    set,
    reason,
    setReason,
    problems,
    failure,
    stale,
    submit,
    errorFor,
    errorsUnder,
  };
}

async function fetchRecord<R extends { id: string; version: number }>(
  spec: FormSpec<R>,
  id: string,
): Promise<R> {
  const answer = await getJson<unknown>(`/api/v1/${spec.plural}/${id}`);
  return spec.read ? spec.read(answer) : (answer as R);
}

function diffBody(body: Record<string, unknown>, base: object): Record<string, unknown> {
  const stored = base as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(body).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(stored[k] ?? null)),
  );
}

function recordChanges(old: object, current: object): [string, string, string][] {
  const a = old as Record<string, unknown>;
  const b = current as Record<string, unknown>;
  return Object.keys(b)
    .filter((k) => !SERVER_KEYS.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => [k, show(a[k]), show(b[k])]);
}

function show(v: unknown): string {
  if (v === null || v === undefined) return "(empty)";
  if (typeof v === "string") return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
