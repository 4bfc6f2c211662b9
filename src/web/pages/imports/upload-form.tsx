import { useState } from "preact/hooks";
import { ApiError } from "../../api/client.ts";
import { FORMATS, type ImportJob, startImport } from "./imports-api.ts";

type Errors = Partial<Record<"format" | "file" | "mapping" | "form", string>>;

/**
 * Starts an import: the format, the data file and, for csv, the mapping file (JSON naming the columns). The
 * server checks the columns before it queues the job; its problems show beside the field they name.
 */
export function UploadForm(props: { onStarted: (job: ImportJob) => void }) {
  const [format, setFormat] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [datasetVersion, setDatasetVersion] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Errors = {};
    if (!format) found.format = "Choose the file's format.";
    if (!file) found.file = "Choose the file to import.";
    if (format === "csv" && !mapping) found.mapping = "A CSV import needs its mapping file.";
    setErrors(found);
    if (Object.keys(found).length > 0 || !file) return;
    setBusy(true);
    try {
      const job = await startImport({
        file,
        fileName: file.name,
        format,
        mapping: format === "csv" && mapping ? await mapping.text() : undefined,
        datasetVersion: datasetVersion.trim() || undefined,
      });
      props.onStarted(job);
    } catch (error) {
      setErrors(problems(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="import-upload" onSubmit={submit} aria-labelledby="import-upload-title" noValidate>
      <h2 id="import-upload-title">Start an import</h2>
      {errors.form && (
        <p class="error" role="alert">
          {errors.form}
        </p>
      )}
      <Field id="import-format" label="Format" error={errors.format}>
        <select
          id="import-format"
          name="format"
          value={format}
          required
          aria-invalid={errors.format ? "true" : undefined}
          aria-describedby={errors.format ? "import-format-error" : undefined}
          onChange={(e) => setFormat(e.currentTarget.value)}
        >
          <option value="">Choose…</option>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="import-file" label="Data file" error={errors.file}>
        <input
          id="import-file"
          name="file"
          type="file"
          required
          aria-invalid={errors.file ? "true" : undefined}
          aria-describedby={errors.file ? "import-file-error" : undefined}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
      </Field>
      {format === "csv" && (
        <Field id="import-mapping" label="Mapping file (JSON, for CSV)" error={errors.mapping}>
          <input
            id="import-mapping"
            name="mapping"
            type="file"
            accept=".json,application/json"
            required
            aria-invalid={errors.mapping ? "true" : undefined}
            aria-describedby={errors.mapping ? "import-mapping-error" : undefined}
            onChange={(e) => setMapping(e.currentTarget.files?.[0] ?? null)}
          />
        </Field>
      )}
      <Field id="import-version" label="Dataset version (optional)">
        <input
          id="import-version"
          name="datasetVersion"
          value={datasetVersion}
          maxLength={100}
          onInput={(e) => setDatasetVersion(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? "Starting…" : "Start import"}
      </button>
    </form>
  );
}

function Field(props: { id: string; label: string; error?: string; children: preact.ComponentChildren }) {
  return (
    <div class={`field${props.error ? " invalid" : ""}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.error && (
        <span class="field-error" id={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

/** The server's problem above the form, and beside the field it names (format, mapping; body = the file). */
function problems(error: unknown): Errors {
  const out: Errors = { form: (error as Error).message };
  if (!(error instanceof ApiError)) return out;
  for (const p of error.fieldErrors) {
    const key = p.path === "body" ? "file" : p.path === "format" || p.path === "mapping" ? p.path : null;
    if (key) out[key] = p.message;
  }
  return out;
}
