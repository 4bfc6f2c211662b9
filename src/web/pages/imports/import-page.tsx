import { useRoute } from "preact-iso";
import { useCanEdit } from "../../api/server-info.tsx";
import { formatInstant } from "../../format/dates.ts";
import { CancelButton } from "./cancel-button.tsx";
import { type ImportJob, jobPath } from "./imports-api.ts";
import { CountList, JobProgress, jobTitle } from "./job-progress.tsx";
import "./imports.css";
import { usePolled } from "./use-polled.ts";

const active = (job: ImportJob) => job.status === "queued" || job.status === "running";

/** One import job: its progress (asked again every 2 s while it runs), counts, rejects, failures, cancel. */
export function ImportPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const canImport = useCanEdit();
  const job = usePolled<ImportJob>(jobPath(id), active);
  if (job.state === "loading")
    return (
      <p class="muted" aria-busy="true">
        Loading the import…
      </p>
    );
  if (job.state === "error")
    return (
      <section>
        <h1>Import</h1>
        <p class="error" role="alert">
          Could not load the import: {job.error.message}
        </p>
        <p>
          <a href="/imports">All imports</a>
        </p>
      </section>
    );
  const j = job.data;
  return (
    <section class="imports-page">
      <p>
        <a href="/imports">All imports</a>
      </p>
      <h1>Import: {jobTitle(j)}</h1>
      <JobProgress job={j} now={job.now} />
      {canImport && <CancelButton job={j} onDone={job.refresh} />}
      <h2>Rows so far</h2>
      <CountList counts={j.progress} label="Rows so far" />
      {j.imports.length > 0 && (
        <>
          <h2>Summary</h2>
          {j.imports.map((s, i) => (
            <div key={s.runId} class="import-summary">
              <h3>{s.file}</h3>
              <CountList counts={s} label={`Summary of ${s.file}`} />
              {s.rejectsUrl ? (
                <p>
                  <a href={s.rejectsUrl} download data-testid={`rejects-${i}`}>
                    Rejected rows of {s.file} (CSV: line, column, reason, then the row)
                  </a>
                </p>
              ) : (
                <p class="muted">No rejects file.</p>
              )}
            </div>
          ))}
        </>
      )}
      {j.note && <p class="notice">{j.note}</p>}
      {j.error && (
        <p class="error">
          Last failure: {j.error} (attempt {j.attempts} of {j.maxAttempts})
        </p>
      )}
      {j.failures.length > 0 && (
        <>
          <h2>Failed attempts</h2>
          <ul>
            {j.failures.map((f) => (
              <li key={f.attempt}>
                Attempt {f.attempt}, {formatInstant(f.at)}: {f.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {j.cancelledBy && <p class="muted">Cancelled by {j.cancelledBy}.</p>}
    </section>
  );
}
