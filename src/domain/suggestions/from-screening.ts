// Screening suggestions: the document's text is screened paragraph by paragraph (a post, a line of a
// transcript, a paragraph of a report), and every finding (dehumanisation, fear speech, calls, denial)
// becomes a suggestion with its paragraph as the passage, ranked by the paragraph's screening score.
import type { Sensitivity } from "../evidence/sensitivity.ts";
import { splitSentences } from "../reading/sentences.ts";
import { type Classifier, screenPost } from "../screening/screen-post.ts";
import { fingerprint } from "./from-reading.ts";
import type { NewSuggestion } from "./suggestion.ts";

export const SCREENER_VERSION = "screen-1";

/** The act an accepted finding records, by the stage it bears on (src/domain/evidence/acts.ts). */
export function actForStage(stage: number): string {
  if (stage === 4) return "dehumanising-propaganda";
  if (stage === 10) return "denial-statement";
  return "hate-speech-or-incitement";
}

/** Paragraph spans of a text (from the reader's splitter, so both agree on what a paragraph is). */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const s of splitSentences(text)) {
    const last = spans[s.paragraph];
    if (last) last.end = s.end;
    else spans[s.paragraph] = { start: s.start, end: s.end };
  }
  return spans.filter(Boolean);
}

export function suggestionsFromScreening(
  text: string,
  doc: { id: string; sensitivity: Sensitivity },
  classifier: Classifier,
): NewSuggestion[] {
  const out: NewSuggestion[] = [];
  for (const p of paragraphSpans(text)) {
    const passage = text.slice(p.start, p.end);
    const r = screenPost(passage, classifier);
    for (const f of r.findings) {
      out.push({
        kind: "screening",
        origin: "screening",
        documentId: doc.id,
        start: p.start,
        end: p.end,
        passage,
        payload: {
          stage: f.stage,
          finding: f.kind,
          match: { text: f.match, from: p.start + f.start, to: p.start + f.end },
          ref: f.ref,
          findingScore: round(f.score),
          label: r.label,
          postScore: r.score,
          act: actForStage(f.stage),
        },
        confidence: round(f.score),
        score: r.score,
        stage: f.stage,
        fingerprint: fingerprint([doc.id, "screening", f.stage, f.kind, p.start + f.start, p.start + f.end]),
        readerVersion: SCREENER_VERSION,
        sensitivity: doc.sensitivity,
      });
    }
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
