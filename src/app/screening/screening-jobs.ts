// Batch screening as a job: a file of posts (one per line, or JSON Lines with "text" and "id") already on
// disk is screened by a worker into a JSON Lines result file, one line per post in input order, with the
// contract of `tocsin screen --json` (screen-lines.ts). The result is written to a ".part" file and renamed
// when whole, so a worker that dies half-way leaves nothing that looks finished; the retry starts afresh.
// Once the results are whole, the uploaded input is removed (screening-uploads.ts says what is kept and how
// long); a retry that finds the results whole and the input gone counts the results instead of screening.
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Classifier } from "../../domain/screening/screen-post.ts";
import type { JobHandler } from "../jobs/job-worker.ts";
import { type InputFormat, screenLines } from "./screen-lines.ts";

export const SCREENING_JOB = "screening";

export interface ScreeningJobPayload {
  /** The posts, as uploaded (content-addressed). */
  file: string;
  fileSha256: string;
  fileSize: number;
  format: InputFormat;
  /** Where the JSON Lines results go (whole, once the job succeeded). */
  resultFile: string;
  actor: string;
}

export interface ScreeningCounts {
  posts: number;
  hateful: number;
  offensive: number;
  neither: number;
  findings: number;
  /** Posts that were altered or unreadable (invalid UTF-8, truncated, invalid JSON, no text). */
  problems: number;
}

export function screeningJobKey(format: string, sha256: string): string {
  return `screening:${format}:${sha256}`;
}

const noCounts = (): ScreeningCounts => ({
  posts: 0,
  hateful: 0,
  offensive: 0,
  neither: 0,
  findings: 0,
  problems: 0,
});

function count(counts: ScreeningCounts, r: { label: string; findings: unknown[]; problems?: unknown }) {
  counts.posts++;
  if (r.label === "hateful" || r.label === "offensive" || r.label === "neither") counts[r.label]++;
  counts.findings += r.findings.length;
  if (r.problems) counts.problems++;
}

/** The counts of a whole result file (a job whose input was removed after its results were written). */
async function countResults(file: string): Promise<ScreeningCounts> {
  const counts = noCounts();
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  }))
    if (line.trim()) count(counts, JSON.parse(line));
  return counts;
}

/** The job's own upload (DATA/screenings/uploads), never an input of older jobs kept in DATA/imports. */
function ownsInput(p: ScreeningJobPayload): boolean {
  return dirname(p.file) === join(dirname(p.resultFile), "uploads");
}

export function screeningJobHandlers(classifier: () => Classifier): Record<string, JobHandler> {
  const handler: JobHandler = async (job, ctx) => {
    const p = job.payload as unknown as ScreeningJobPayload;
    // Results whole, input already removed: the worker stopped between the two and the job was claimed again.
    if (ownsInput(p) && !existsSync(p.file) && existsSync(p.resultFile)) {
      const counts = await countResults(p.resultFile);
      ctx.progress({ ...counts, bytesRead: p.fileSize, totalBytes: p.fileSize });
      return { ...counts };
    }
    const counts = noCounts();
    const part = `${p.resultFile}.part`;
    await mkdir(dirname(part), { recursive: true });
    const input = createReadStream(p.file);
    const out = createWriteStream(part);
    try {
      const model = classifier();
      for await (const r of screenLines(input, model, p.format)) {
        if (ctx.signal.aborted) throw ctx.signal.reason ?? new Error("stopped");
        if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, "drain");
        count(counts, r);
        if (counts.posts % 1000 === 0)
          ctx.progress({ ...counts, bytesRead: input.bytesRead, totalBytes: p.fileSize });
      }
      out.end();
      await once(out, "close");
      await rename(part, p.resultFile);
      // The results are whole: the posts are no longer needed (retention in screening-uploads.ts).
      if (ownsInput(p)) await rm(p.file, { force: true });
    } catch (error) {
      input.destroy();
      out.destroy();
      await rm(part, { force: true });
      throw error;
    }
    ctx.progress({ ...counts, bytesRead: p.fileSize, totalBytes: p.fileSize });
    return { ...counts };
  };
  return { [SCREENING_JOB]: handler };
}
