import { redact } from "../../evidence/redact.ts";
import type { Sensitivity } from "../../evidence/sensitivity.ts";
import type { AlertContent, CitedSource, Episode, FindingEvidence } from "./alert-document.ts";

/**
 * The content as it may be published: every cited record passed through redact() at PUBLIC clearance, so
 * that nothing internal or confidential reaches an output even if a document was composed with more (the
 * use cases compose at public clearance; this is the second lock). Every renderer starts here.
 */
export function publicContent(content: AlertContent, clearance: Sensitivity = "public"): AlertContent {
  const sources = (list: CitedSource[]) =>
    list.map((s) => redact("source", s, clearance)).filter((s): s is CitedSource => s !== null);
  const episodes = (list: Episode[]) =>
    list
      .map((e) => redact("event", e, clearance))
      .filter((e): e is Episode => e !== null)
      .map((e) => ({ ...e, sources: sources(e.sources) }));
  const evidence = (list: FindingEvidence[]) =>
    list
      .map((x) => redact(x.kind, x, clearance))
      .filter((x): x is FindingEvidence => x !== null)
      .map((x) => ({ ...x, sources: sources(x.sources) }));
  return {
    ...content,
    background: { ...content.background, episodes: episodes(content.background.episodes) },
    currentSituation: { ...content.currentSituation, events: episodes(content.currentSituation.events) },
    determination: {
      ...content.determination,
      stages: content.determination.stages.map((s) => ({
        ...s,
        indicators: s.indicators.map((i) => ({ ...i, evidence: evidence(i.evidence) })),
      })),
    },
  };
}
