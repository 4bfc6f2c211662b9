import { Feed } from "feed";
import type { AlertVersion } from "../../../domain/alerts/document/alert-version.ts";
import { publicContent } from "../../../domain/alerts/document/public-view.ts";
import type { LevelChange } from "../level-changes.ts";
import { FEED_PATH, FEED_TITLE, levelLabel } from "./format.ts";

/**
 * The Atom feed of published alert versions and alert level changes, newest first. Entries carry the
 * public content only (publicContent); level changes come from assessments stored at public clearance.
 */
export function renderAtom(input: {
  published: readonly AlertVersion[];
  changes: readonly LevelChange[];
  baseUrl: string;
  now: Date;
}): string {
  const base = input.baseUrl.replace(/\/+$/, "");
  const entries = [
    ...input.published.map((v) => {
      const c = publicContent(v.content);
      const what =
        v.correctionOf !== null
          ? ` (version ${v.number}, correction)`
          : v.number > 1
            ? ` (version ${v.number})`
            : "";
      const note = v.changeNote ? `\n\nWhat changed: ${v.changeNote}` : "";
      return {
        title: `${c.title}${what}`,
        id: `urn:tocsin:alert:${v.alertId}:v${v.number}`,
        link: `${base}/alerts/${v.alertId}/v/${v.number}.html`,
        date: new Date(v.publishedAt as string),
        description: `${levelLabel(c.level.value)}. ${c.summary.slice(0, 600)}${note}`,
        category: [{ term: "alert", label: "Published alert" }],
      };
    }),
    ...input.changes.map((ch) => ({
      title: `Alert level ${ch.from ? `${levelLabel(ch.from)} to ${levelLabel(ch.to)}` : levelLabel(ch.to)}: ${ch.situationName}`,
      id: `urn:tocsin:level-change:${ch.assessmentId}`,
      link: `${base}/situations/${ch.situationId}`,
      date: new Date(`${ch.asOf}T00:00:00Z`),
      description: `As of ${ch.asOf}, by the rules ${ch.rules}, the level computed from public evidence is ${levelLabel(ch.to)}${ch.from ? ` (was ${levelLabel(ch.from)})` : ""}. This is a computed level, not a published alert.`,
      category: [{ term: "level-change", label: "Alert level change" }],
    })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  const feed = new Feed({
    title: FEED_TITLE,
    description:
      "Published genocide and atrocity alerts, their corrections, and changes of computed alert levels.",
    id: `${base}${FEED_PATH}`,
    link: `${base}/`,
    language: "en",
    updated: entries[0]?.date ?? input.now,
    generator: "tocsin",
    feedLinks: { atom: `${base}${FEED_PATH}` },
    author: { name: "tocsin" },
    copyright: "Alerts: see each alert's data sources and attributions.",
  });
  for (const e of entries)
    feed.addItem({
      title: e.title,
      id: e.id,
      link: e.link,
      date: e.date,
      description: e.description,
      category: e.category.map((x) => ({ term: x.term, name: x.label })),
    });
  return feed.atom1();
}
