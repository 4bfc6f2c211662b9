import type { AlertContent, CitedSource, Episode, FindingEvidence } from "./alert-document.ts";

/**
 * The records an alert's content cites (its situation, the events of its episodes, the claims and sources
 * behind them, the evidence of its findings, the sources its attributions name). An alert snapshots their
 * text when composed; restricting one of them later must not leave that text readable: publishing is
 * refused while any is restricted, and every view leaves out those the reader may not read (withoutRecords).
 */
export function citedRecordIds(content: AlertContent): string[] {
  const ids = new Set<string>([content.situation.id]);
  const sources = (list: readonly CitedSource[]) => {
    for (const s of list) {
      ids.add(s.sourceId);
      if (s.claimId) ids.add(s.claimId);
    }
  };
  for (const e of [...content.background.episodes, ...content.currentSituation.events]) {
    ids.add(e.eventId);
    sources(e.sources);
  }
  for (const stage of content.determination.stages)
    for (const indicator of stage.indicators)
      for (const x of indicator.evidence) {
        ids.add(x.id);
        sources(x.sources);
      }
  for (const a of content.attributions) if (a.sourceId) ids.add(a.sourceId);
  return [...ids];
}

/**
 * The content without what cites a record among `hidden`: an episode or a finding's evidence of a hidden
 * event or claim goes, a source cited through a hidden claim or a hidden source goes, an attribution of a
 * hidden source goes. The situation itself is not redacted here: a reader who may not read it may not read
 * its alerts at all (GUARDED_BY in the policy).
 */
export function withoutRecords(content: AlertContent, hidden: ReadonlySet<string>): AlertContent {
  if (hidden.size === 0) return content;
  const sources = (list: readonly CitedSource[]) =>
    list.filter((s) => !hidden.has(s.sourceId) && !(s.claimId && hidden.has(s.claimId)));
  const episodes = (list: readonly Episode[]) =>
    list.filter((e) => !hidden.has(e.eventId)).map((e) => ({ ...e, sources: sources(e.sources) }));
  const evidence = (list: readonly FindingEvidence[]) =>
    list.filter((x) => !hidden.has(x.id)).map((x) => ({ ...x, sources: sources(x.sources) }));
  return {
    ...content,
    background: { ...content.background, episodes: episodes(content.background.episodes) },
    currentSituation: {
      ...content.currentSituation,
      events: episodes(content.currentSituation.events),
    },
    determination: {
      ...content.determination,
      stages: content.determination.stages.map((s) => ({
        ...s,
        indicators: s.indicators.map((i) => ({ ...i, evidence: evidence(i.evidence) })),
      })),
    },
    attributions: content.attributions.filter((a) => !(a.sourceId && hidden.has(a.sourceId))),
  };
}
