import { API, sendBody, sendJson } from "../../api/client.ts";

/** An import or pull job as GET /api/v1/imports gives it (src/http/imports/schema.ts). */
export interface ImportJob {
  id: string;
  kind: "import" | "pull";
  status: JobStatus;
  format: string | null;
  fileName: string | null;
  fileSize: number | null;
  pull: { dataset: string; release: string | null; from: string | null; to: string | null } | null;
  progress: Counts & {
    phase: "queued" | "downloading" | "unpacking" | "importing" | "done";
    file: string | null;
    bytesRead: number;
    totalBytes: number | null;
  };
  attempts: number;
  maxAttempts: number;
  error: string | null;
  failures: { attempt: number; at: string; reason: string }[];
  imports: (Counts & { runId: string; file: string; rejectsUrl: string | null })[];
  note: string | null;
  cancelRequestedAt: string | null;
  cancelledBy: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";
export const STATUSES: JobStatus[] = ["queued", "running", "succeeded", "failed", "cancelled"];

export interface Counts {
  rowsRead: number;
  rowsLoaded: number;
  rowsUpdated: number;
  rowsRejected: number;
  rowsDuplicate: number;
  rowsSkipped: number;
}

/** The upload formats POST /api/v1/imports takes (UploadQuery.format), with what each is. */
export const FORMATS: { value: string; label: string }[] = [
  { value: "ucdp-ged", label: "UCDP GED (events)" },
  { value: "ucdp-candidate", label: "UCDP Candidate (events)" },
  { value: "ucdp-onesided", label: "UCDP one-sided violence" },
  { value: "ucdp-brd", label: "UCDP battle-related deaths" },
  { value: "acled", label: "ACLED" },
  { value: "gdelt", label: "GDELT events" },
  { value: "csv", label: "CSV with a mapping file" },
  { value: "ewp", label: "Early Warning Project file" },
];

export const importHref = (id: string) => `/imports/${encodeURIComponent(id)}`;
export const listPath = (status: JobStatus | "", limit = 50) =>
  `${API}/imports?limit=${limit}${status ? `&status=${status}` : ""}`;
export const jobPath = (id: string) => `${API}/imports/${encodeURIComponent(id)}`;

/** Whether a job may still be cancelled (the server answers 409 for a finished one). */
export const cancellable = (job: ImportJob) =>
  (job.status === "queued" || job.status === "running") && job.cancelRequestedAt === null;

export const cancelJob = (id: string) => sendJson<ImportJob>("POST", `${jobPath(id)}/cancel`);

/** Starts an import: the file's bytes as the body, the rest in the query (as the API takes them). */
export function startImport(input: {
  file: Blob;
  fileName: string;
  format: string;
  mapping?: string;
  datasetVersion?: string;
  accessed?: string;
}): Promise<ImportJob> {
  const q = new URLSearchParams({ format: input.format, fileName: input.fileName });
  if (input.mapping !== undefined) q.set("mapping", input.mapping);
  if (input.datasetVersion) q.set("datasetVersion", input.datasetVersion);
  if (input.accessed) q.set("accessed", input.accessed);
  const jsonLines = /\.jsonl?$/i.test(input.fileName) && input.format === "csv";
  if (jsonLines) q.set("jsonLines", "true");
  const type = jsonLines ? "application/x-ndjson" : input.format === "ewp" ? "text/plain" : "text/csv";
  return sendBody<ImportJob>(`${API}/imports?${q}`, input.file, type);
}
