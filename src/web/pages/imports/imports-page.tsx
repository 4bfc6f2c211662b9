import { useLocation } from "preact-iso";
import type { Page } from "../../api/client.ts";
import { useCanEdit, useServerInfo } from "../../api/server-info.tsx";
import { CancelButton } from "./cancel-button.tsx";
import { type ImportJob, importHref, type JobStatus, listPath, STATUSES } from "./imports-api.ts";
import { JobProgress, jobTitle } from "./job-progress.tsx";
import "./imports.css";
import { UploadForm } from "./upload-form.tsx";
import { usePolled } from "./use-polled.ts";

const active = (page: Page<ImportJob>) =>
  page.items.some((j) => j.status === "queued" || j.status === "running");

/**
 * The import jobs (uploads and pulls), newest first, with their progress while they run (the page asks again
 * every 2 s then), the summary counts once done, a cancel button for the queued and running ones, and a form
 * to start one. Deep link: /imports?status=running. Starting and cancelling need a role that may import
 * (analyst and above); the server refuses the others whatever the page shows.
 */
export function ImportsPage() {
  const { query, route, path } = useLocation();
  const server = useServerInfo();
  const canImport = useCanEdit();
  const status = (STATUSES.includes(query.status as JobStatus) ? query.status : "") as JobStatus | "";
  const jobs = usePolled<Page<ImportJob>>(listPath(status), active);
  return (
    <section class="imports-page">
      <h1>Imports</h1>
      {server.known && server.clearance === "public" && (
        <p class="notice">Imports need a server running with internal clearance or above.</p>
      )}
      {canImport && <UploadForm onStarted={(job) => route(importHref(job.id))} />}
      <div class="field">
        <label for="import-status-filter">Show</label>
        <select
          id="import-status-filter"
          value={status}
          onChange={(e) => route(e.currentTarget.value ? `${path}?status=${e.currentTarget.value}` : path)}
        >
          <option value="">all</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {jobs.state === "loading" && (
        <p class="muted" aria-busy="true">
          Loading the imports…
        </p>
      )}
      {jobs.state === "error" && (
        <p class="error" role="alert">
          Could not load the imports: {jobs.error.message}
        </p>
      )}
      {jobs.state === "ready" &&
        (jobs.data.items.length === 0 ? (
          <p>No import{status ? ` ${status}` : ""} yet.</p>
        ) : (
          <table>
            <caption class="muted">Newest first{jobs.data.nextCursor ? " (the latest 50)" : ""}</caption>
            <thead>
              <tr>
                <th scope="col">Import</th>
                <th scope="col">Progress</th>
                <th scope="col">Rows read / loaded / rejected</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jobs.data.items.map((job) => (
                <tr key={job.id} data-testid="import-row">
                  <td>
                    <a href={importHref(job.id)}>{jobTitle(job)}</a>
                  </td>
                  <td>
                    <JobProgress job={job} now={jobs.now} />
                  </td>
                  <td>
                    {job.progress.rowsRead.toLocaleString("en-GB")} /{" "}
                    {job.progress.rowsLoaded.toLocaleString("en-GB")} /{" "}
                    {job.progress.rowsRejected.toLocaleString("en-GB")}
                  </td>
                  <td>
                    {canImport && (
                      <CancelButton job={job} onDone={jobs.refresh} label={`Cancel ${jobTitle(job)}`} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
