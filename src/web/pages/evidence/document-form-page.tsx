import { useState } from "preact/hooks";
import { ApiError, type FieldProblem, sendForm } from "../../api/client.ts";
import { useCanEdit, useServerInfo } from "../../api/server-info.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { formatBytes } from "../../components/evidence/format.ts";
import { forget, useList } from "../../components/evidence/lookups.ts";
import type { DocumentRecord, Named } from "../../components/evidence/types.ts";
import { SENSITIVITIES } from "../../components/evidence/vocabulary.ts";
import { Checker } from "../../components/forms/checks.ts";
import { fieldId, SelectField, TextArea, TextField } from "../../components/forms/field.tsx";
import { FormFrame } from "../../components/forms/form-frame.tsx";
import type { Status, Values } from "../../components/forms/use-record-form.ts";
import { optionsFor } from "./form-helpers.ts";

const FORM = "document-form";

const LABELS: Record<string, string> = {
  file: "File",
  title: "Title",
  sourceId: "Source",
  originUrl: "Where it was found (URL)",
  collectedAt: "Collected at",
  collectedBy: "Collected by (confidential)",
  language: "Language",
  sensitivity: "Sensitivity",
  text: "Text of the document",
};

const INITIAL: Values = { sensitivity: "internal" };

/**
 * The upload of a document (/evidence/documents/new): the file and its metadata in one multipart POST to
 * /api/v1/documents. The server stores the bytes untouched and hashes them; the page then shows the SHA-256
 * and size it computed and links to the document. Client checks first, then the API's problem+json errors,
 * each beside its field.
 */
export function DocumentFormPage() {
  const server = useServerInfo();
  const canEdit = useCanEdit();
  const sources = useList<Named>("sources");
  const [values, setValues] = useState<Values>(INITIAL);
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ state: "editing" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [stored, setStored] = useState<DocumentRecord | null>(null);
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errorFor = (path: string) =>
    problems
      .filter((p) => p.path === path)
      .map((p) => p.message)
      .join("; ") || undefined;

  if (!server.known) return <p class="muted">Loading…</p>;
  if (!canEdit)
    return (
      <section>
        <EvidenceNav />
        <h1>Upload a document</h1>
        <p>Uploading documents is not part of the public edition.</p>
      </section>
    );

  async function submit() {
    setFailure(null);
    const { form, problems: found } = toForm(values, file);
    setProblems(found);
    if (found.length || !form) return;
    setStatus({ state: "saving" });
    try {
      const record = await sendForm<DocumentRecord>("/api/v1/documents", form);
      forget("documents");
      setStored(record);
      setProblems([]);
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length) {
        setProblems(e.fieldErrors);
        setFailure(e.message);
      } else setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setStatus({ state: "editing" });
    }
  }

  const field = (name: string) => ({
    form: FORM,
    onValue: set,
    name,
    label: LABELS[name] ?? name,
    value: values[name] ?? "",
    error: errorFor(name),
  });

  if (stored) return <Uploaded record={stored} onAnother={() => reset()} />;

  function reset() {
    setStored(null);
    setValues(INITIAL);
    setFile(null);
    setProblems([]);
    setFailure(null);
  }

  const fileId = fieldId(FORM, "file");
  const fileError = errorFor("file");
  return (
    <section>
      <EvidenceNav />
      <h1>Upload a document</h1>
      <p>
        The file is stored as it is, never changed, and identified by its SHA-256; the upload is written into
        the custody log.
      </p>
      <FormFrame
        form={FORM}
        title="Upload a document"
        status={status}
        problems={problems}
        failure={failure}
        stale={null}
        editing={false}
        reason=""
        setReason={() => {}}
        labels={LABELS}
        onSubmit={submit}
        noReason
        createLabel="Upload"
        savingLabel="Uploading…"
      >
        <div class={`field${fileError ? " invalid" : ""}`}>
          <label for={fileId}>
            {LABELS.file}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            required
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
            aria-invalid={fileError ? "true" : undefined}
          />
          <span class="hint" id={`${fileId}-hint`}>
            Up to 50 MiB. Text, Markdown and HTML get their text extracted unless you give it below.
          </span>
          {fileError && (
            <span class="field-error" id={`${fileId}-error`}>
              {fileError}
            </span>
          )}
        </div>
        <TextField {...field("title")} hint="Empty: the file's name." />
        <SelectField
          {...field("sourceId")}
          hint="Who published or gave it."
          options={[{ value: "", label: "(none)" }, ...optionsFor(sources, [])]}
        />
        <TextField {...field("originUrl")} type="url" />
        <div class="row">
          <TextField
            {...field("collectedAt")}
            type="datetime-local"
            hint="Your local time; empty if unknown."
          />
          <TextField {...field("language")} hint="ISO 639 code, e.g. en, fr, ara; empty: detected." />
        </div>
        <TextField {...field("collectedBy")} hint="Who collected it: shown only at confidential clearance." />
        <SelectField
          {...field("sensitivity")}
          hint="Who may see it: public, internal (analysts), confidential."
          options={SENSITIVITIES.map((s) => ({ value: s, label: s }))}
        />
        <TextArea
          {...field("text")}
          rows={6}
          hint="Optional: the text as you read it (for a scan or a PDF), kept as a searchable working copy."
        />
      </FormFrame>
    </section>
  );
}

/** The multipart body for these values, and the problems the cheap checks find (mirroring DocumentUpload). */
export function toForm(v: Values, file: File | null): { form: FormData | null; problems: FieldProblem[] } {
  const c = new Checker();
  if (!file) c.add("file", "choose the file to upload");
  const language = c.optional(v.language)?.toLowerCase() ?? null;
  if (language && !/^[a-z]{2,3}$/.test(language))
    c.add("language", "expected an ISO 639 code of 2 or 3 letters, such as en or ara");
  let collectedAt: string | null = null;
  const at = c.optional(v.collectedAt);
  if (at) {
    const d = new Date(at);
    if (Number.isNaN(d.getTime())) c.add("collectedAt", "expected a date and time");
    else collectedAt = d.toISOString();
  }
  if (c.problems.length || !file) return { form: null, problems: c.problems };
  const form = new FormData();
  form.set("file", file);
  const put = (name: string, value: string | null) => {
    if (value) form.set(name, value);
  };
  put("title", c.optional(v.title));
  put("sourceId", c.optional(v.sourceId));
  put("originUrl", c.optional(v.originUrl));
  put("collectedAt", collectedAt);
  put("collectedBy", c.optional(v.collectedBy));
  put("language", language);
  put("sensitivity", v.sensitivity || "internal");
  // The text is sent as typed (not trimmed): it is the working copy.
  if ((v.text ?? "").trim()) form.set("text", v.text as string);
  return { form, problems: [] };
}

/** What the server stored: the hash and size it computed, and the way to the document. */
function Uploaded(props: { record: DocumentRecord; onAnother: () => void }) {
  const d = props.record;
  return (
    <section>
      <EvidenceNav />
      <h1>Document uploaded</h1>
      <div class="saved" role="status">
        <p>
          Stored <strong>{d.title}</strong> as version {d.version} ({d.sensitivity}).
        </p>
        <dl class="facts">
          <dt>SHA-256</dt>
          <dd>
            <code class="hash" data-testid="uploaded-sha256">
              {d.sha256}
            </code>
          </dd>
          <dt>Size</dt>
          <dd data-testid="uploaded-size">{formatBytes(d.size)}</dd>
          <dt>Media type</dt>
          <dd>{d.mediaType}</dd>
        </dl>
      </div>
      <p>
        <a href={`/evidence/documents/${d.id}`}>Open the document's page</a>{" "}
        <button type="button" onClick={props.onAnother}>
          Upload another
        </button>
      </p>
    </section>
  );
}
