import { z } from "zod";
import { type FieldIssue, ValidationError } from "../../errors.ts";
import { Addressee } from "../recommendations/addressees.ts";
import { libraryEntry } from "../recommendations/library.ts";
import type { AlertContent, Recommendation } from "./alert-document.ts";
import { alertTitle } from "./alert-title.ts";

const longText = (max: number) => z.string().max(max);
const Ids = z.array(z.string().min(1).max(100)).max(500);

export const RecommendationInput = z.strictObject({
  libraryId: z.string().max(100).nullable().default(null),
  addressee: Addressee,
  text: z.string().trim().min(1, "a recommendation needs its text").max(4000),
  basis: z
    .strictObject({
      stages: z.array(z.number().int().min(1).max(10)).max(10).default([]),
      riskFactors: z.array(z.number().int().min(1).max(14)).max(14).default([]),
    })
    .optional(),
});
export type RecommendationInput = z.input<typeof RecommendationInput>;

/**
 * What an analyst may change in a draft: the place (and so the title), every text, which episodes and
 * current events are shown and in what order (a subset of those composed from the evidence: facts are not
 * typed in, they come from the evidence), the recommendations, and the change note. The determination's
 * stages and the level come from the engine; a different level is an override on the situation.
 */
export const AlertEdit = z.strictObject({
  place: z.string().trim().min(1, "the place is required").max(300).optional(),
  summary: longText(20000).optional(),
  background: z.strictObject({ text: longText(50000).optional(), episodeIds: Ids.optional() }).optional(),
  currentSituation: z.strictObject({ text: longText(50000).optional(), eventIds: Ids.optional() }).optional(),
  determination: z.strictObject({ text: longText(20000).optional() }).optional(),
  recommendations: z.array(RecommendationInput).max(60).optional(),
  changeNote: z.string().trim().max(4000).nullable().optional(),
});
export type AlertEdit = z.input<typeof AlertEdit>;

/** Parses an edit; every bad field is named. */
export function parseEdit(raw: unknown): z.infer<typeof AlertEdit> {
  const r = AlertEdit.safeParse(raw);
  if (r.success) return r.data;
  const issues = r.error.issues.flatMap((i): FieldIssue[] =>
    i.code === "unrecognized_keys"
      ? i.keys.map((k) => ({ path: [...i.path, k].join("."), message: "unknown field" }))
      : [{ path: i.path.join(".") || "(body)", message: i.message }],
  );
  throw new ValidationError(
    `invalid alert edit: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    issues,
  );
}

/** The content after an edit (pure). Unknown episode ids or library ids are refused, each named. */
export function applyEdit(
  content: AlertContent,
  edit: z.infer<typeof AlertEdit>,
): { content: AlertContent; changeNote?: string | null } {
  const issues: FieldIssue[] = [];
  const pick = <T extends { eventId: string }>(items: T[], ids: string[] | undefined, path: string): T[] => {
    if (!ids) return items;
    const byId = new Map(items.map((x) => [x.eventId, x]));
    const out: T[] = [];
    for (const [i, id] of ids.entries()) {
      const found = byId.get(id);
      if (!found)
        issues.push({
          path: `${path}.${i}`,
          message: `no episode ${id} in this draft (refresh the draft to bring back removed ones)`,
        });
      else if (!out.includes(found)) out.push(found);
    }
    return out;
  };
  const recommendations = edit.recommendations?.map((r, i): Recommendation => {
    const entry = r.libraryId ? libraryEntry(r.libraryId) : undefined;
    if (r.libraryId && !entry)
      issues.push({ path: `recommendations.${i}.libraryId`, message: `no library entry ${r.libraryId}` });
    return {
      libraryId: r.libraryId ?? null,
      addressee: r.addressee,
      text: r.text,
      basis: r.basis
        ? { stages: r.basis.stages ?? [], riskFactors: r.basis.riskFactors ?? [] }
        : { stages: [...(entry?.stages ?? [])], riskFactors: [...(entry?.riskFactors ?? [])] },
    };
  });
  const place = edit.place ?? content.place;
  const next: AlertContent = {
    ...content,
    place,
    title: alertTitle(content.level.value, place),
    summary: edit.summary ?? content.summary,
    background: {
      text: edit.background?.text ?? content.background.text,
      episodes: pick(content.background.episodes, edit.background?.episodeIds, "background.episodeIds"),
    },
    currentSituation: {
      text: edit.currentSituation?.text ?? content.currentSituation.text,
      events: pick(
        content.currentSituation.events,
        edit.currentSituation?.eventIds,
        "currentSituation.eventIds",
      ),
    },
    determination: { ...content.determination, text: edit.determination?.text ?? content.determination.text },
    recommendations: recommendations ?? content.recommendations,
  };
  if (issues.length) {
    throw new ValidationError(
      `invalid alert edit: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      issues,
    );
  }
  return edit.changeNote === undefined ? { content: next } : { content: next, changeNote: edit.changeNote };
}

/**
 * What a version needs before review and publication, each gap named by its field: the analyst's summary,
 * current situation and determination, at least one recommendation, and for a correction a change note
 * that says what changed.
 */
export function readinessIssues(
  content: AlertContent,
  correction: boolean,
  changeNote: string | null,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const blank = (s: string) => s.trim().length === 0;
  if (blank(content.summary)) issues.push({ path: "summary", message: "write a summary" });
  if (blank(content.currentSituation.text))
    issues.push({ path: "currentSituation.text", message: "describe the current situation" });
  if (blank(content.determination.text))
    issues.push({ path: "determination.text", message: "state the determination" });
  if (content.recommendations.length === 0)
    issues.push({ path: "recommendations", message: "at least one recommendation is required" });
  for (const [i, r] of content.recommendations.entries())
    if (blank(r.text))
      issues.push({ path: `recommendations.${i}.text`, message: "a recommendation needs its text" });
  if (correction && (changeNote ?? "").trim().length < 10)
    issues.push({
      path: "changeNote",
      message: "a correction must say what changed (at least 10 characters)",
    });
  return issues;
}
