import { NotFoundError } from "../../../domain/errors.ts";
import type { Caller } from "../../../domain/evidence/sensitivity.ts";
import type { AlertsService } from "../alerts.service.ts";
import { levelChanges } from "../level-changes.ts";
import { renderAtom } from "./atom.ts";
import { renderInput } from "./format.ts";
import { renderHtml } from "./html.ts";
import { renderJson } from "./json.ts";
import { renderMarkdown } from "./markdown.ts";
import { type PdfOptions, renderPdf } from "./pdf.ts";

export const OUTPUT_FORMATS = ["html", "md", "json", "pdf"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const CONTENT_TYPES: Record<OutputFormat | "atom", string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
  atom: "application/atom+xml; charset=utf-8",
};

export interface RenderedOutput {
  body: string | Buffer;
  contentType: string;
  fileName: string;
  warnings: string[];
}

/**
 * Renders one version of an alert in one format, always at PUBLIC clearance (publicContent). `which` is
 * a version number or "published" (the latest published version). With `publishedOnly`, versions that are
 * not published are not found (the stable public URLs); otherwise a draft renders as a marked preview.
 */
export async function renderAlert(
  alerts: AlertsService,
  alertId: string,
  which: number | "published",
  format: OutputFormat,
  caller: Caller,
  options: { baseUrl: string; publishedOnly: boolean; pdf?: PdfOptions },
): Promise<RenderedOutput> {
  const { alert, version, versions } = await alerts.version(alertId, which, caller);
  if (options.publishedOnly && version.status !== "published")
    throw new NotFoundError("published alert version", `${alertId}/v/${version.number}`);
  const input = renderInput(alert, version, versions, options.baseUrl);
  const fileName = `alert-${alertId}-v${version.number}.${format}`;
  const base = { contentType: CONTENT_TYPES[format], fileName };
  if (format === "html") return { ...base, body: renderHtml(input), warnings: [] };
  if (format === "md") return { ...base, body: renderMarkdown(input), warnings: [] };
  if (format === "json") return { ...base, body: renderJson(input), warnings: [] };
  const pdf = await renderPdf(input, options.pdf);
  return { ...base, body: pdf.bytes, warnings: pdf.warnings };
}

/** The Atom feed: published versions (newest 100) and level changes from public assessments (newest 100). */
export async function renderFeed(alerts: AlertsService, baseUrl: string): Promise<string> {
  const [published, changes] = await Promise.all([
    alerts.published(100),
    levelChanges(alerts.assessment(), alerts.evidence, 100),
  ]);
  return renderAtom({ published, changes, baseUrl, now: alerts.clock.now() });
}
