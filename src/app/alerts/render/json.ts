import { ADDRESSEES } from "../../../domain/alerts/recommendations/addressees.ts";
import { FEED_PATH, levelLabel, type RenderInput, versionUrl } from "./format.ts";

/**
 * The alert as a JSON document for machines: the public content, the version's publication facts and
 * links. Authors' and reviewers' names are not included (they are internal).
 */
export function renderJson(r: RenderInput): string {
  const v = r.version;
  const doc = {
    type: "tocsin-alert",
    schemaVersion: 1,
    id: r.alert.id,
    version: v.number,
    status: v.status,
    title: r.content.title,
    level: r.content.level.value,
    levelLabel: levelLabel(r.content.level.value),
    publishedAt: v.publishedAt,
    correctionOf: v.correctionOf,
    changeNote: v.changeNote,
    contentSha256: v.contentSha256,
    links: {
      self: versionUrl(r, "json"),
      html: versionUrl(r, "html"),
      markdown: versionUrl(r, "md"),
      pdf: versionUrl(r, "pdf"),
      feed: `${r.baseUrl}${FEED_PATH}`,
    },
    versions: r.history,
    content: {
      ...r.content,
      recommendations: r.content.recommendations.map((x, i) => ({
        number: i + 1,
        ...x,
        addresseeLabel: ADDRESSEES[x.addressee],
      })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
