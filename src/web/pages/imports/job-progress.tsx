import { formatInstant } from "../../format/dates.ts";
import type { Counts, ImportJob } from "./imports-api.ts";
import { formatRate, rowsPerSecond, share } from "./rate.ts";

const COUNTS: [keyof Counts, string][] = [
  ["rowsRead", "Read"],
  ["rowsLoaded", "Loaded"],
  ["rowsUpdated", "Updated"],
  ["rowsRejected", "Rejected"],
  ["rowsDuplicate", "Duplicates"],
  ["rowsSkipped", "Skipped"],
];

const n = (x: number) => x.toLocaleString("en-GB");

/** The summary counts of a job or one of its imports, as a description list. */
export function CountList(props: { counts: Counts; label: string }) {
  return (
    <dl class="import-counts" aria-label={props.label}>
      {COUNTS.map(([key, label]) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd data-count={key}>{n(props.counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Where a job is: its phase, the share of the file read, rows per second. */
export function JobProgress(props: { job: ImportJob; now: number }) {
  const { job } = props;
  const part = share(job);
  return (
    <div class="import-progress">
      <p>
        <span data-testid="import-status">{statusText(job)}</span>
        {job.status === "running" && ` · ${job.progress.phase}`}
        {job.progress.file && ` · ${job.progress.file}`}
        {" · "}
        <span data-testid="import-rate">{formatRate(rowsPerSecond(job, props.now))}</span>
      </p>
      {job.status === "running" && part !== null && (
        <p>
          <label for={`progress-${job.id}`}>File read </label>
          <progress id={`progress-${job.id}`} max={1} value={part}>
            {Math.round(part * 100)}%
          </progress>{" "}
          {Math.round(part * 100)}%
        </p>
      )}
      <p class="muted">
        Queued {formatInstant(job.createdAt)} by {job.createdBy}
        {job.startedAt && `; started ${formatInstant(job.startedAt)}`}
        {job.finishedAt && `; ended ${formatInstant(job.finishedAt)}`}
      </p>
    </div>
  );
}

/** The status in words; a cancel asked of a running job shows until the worker stops it. */
export function statusText(job: ImportJob): string {
  if (job.status === "running" && job.cancelRequestedAt) return "cancelling (stops at the next batch)";
  if (job.status === "queued" && job.attempts > 0) return `queued again (attempt ${job.attempts + 1})`;
  return job.status;
}

/** What was imported: the data file's name, or the dataset pulled. */
export function jobTitle(job: ImportJob): string {
  if (job.pull) return `pull ${job.pull.dataset}${job.pull.release ? ` ${job.pull.release}` : ""}`;
  return `${job.fileName ?? "upload"}${job.format ? ` (${job.format})` : ""}`;
}
