// Batch screening as a job: a file of posts (one per line, or JSON Lines with "text" and "id") already on
// disk is screened by a worker into a JSON Lines result file, one line per post in input order, with the
// contract of `tocsin screen --json` (screen-lines.ts). The result is written to a ".part" file and renamed
// when whole, so a worker that dies half-way leaves nothing that looks finished; the retry starts afresh.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
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

export function screeningJobHandlers(classifier: () => Classifier): Record<string, JobHandler> {
  const handler: JobHandler = async (job, ctx) => {
    const p = job.payload as unknown as ScreeningJobPayload;
    const counts: ScreeningCounts = {
      posts: 0,
      hateful: 0,
      offensive: 0,
      neither: 0,
      findings: 0,
      problems: 0,
    };
    const part = `${p.resultFile}.part`;
    await mkdir(dirname(part), { recursive: true });
    const input = createReadStream(p.file);
    const out = createWriteStream(part);
    try {
      const model = classifier();
      for await (const r of screenLines(input, model, p.format)) {
        if (ctx.signal.aborted) throw ctx.signal.reason ?? new Error("stopped");
        if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, "drain");
        counts.posts++;
        counts[r.label]++;
        counts.findings += r.findings.length;
        if (r.problems) counts.problems++;
        if (counts.posts % 1000 === 0)
          ctx.progress({ ...counts, bytesRead: input.bytesRead, totalBytes: p.fileSize });
      }
      out.end();
      await once(out, "close");
      await rename(part, p.resultFile);
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
