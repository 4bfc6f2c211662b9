import type { Episode } from "../../../domain/alerts/document/alert-document.ts";
import { addresseeLabel } from "../../../domain/alerts/recommendations/addressees.ts";
import {
  ACT_WORDS,
  dayText,
  episodeDate,
  FEED_PATH,
  levelLabel,
  paragraphs,
  type RenderInput,
  STATUS_NOTE,
  sourceLine,
  tollText,
  versionUrl,
} from "./format.ts";

/** Escapes the characters Markdown would read as formatting at the start of a line or inline. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1").replace(/\n+/g, " ");

/** The alert as Markdown (CommonMark): the same sections as the HTML page. */
export function renderMarkdown(r: RenderInput): string {
  const c = r.content;
  const v = r.version;
  const out: string[] = [];
  if (STATUS_NOTE[v.status]) out.push(`> **${STATUS_NOTE[v.status]}**`, "");
  out.push(`# ${md(c.title)}`, "");
  out.push(
    `**Level: ${levelLabel(c.level.value)}** · Version ${v.number} · ${v.status === "published" ? `published ${dayText(v.publishedAt)}` : v.status} · assessed as of ${dayText(c.determination.asOf)}`,
    "",
  );
  if (v.correctionOf !== null)
    out.push(`> **Correction of version ${v.correctionOf}.** ${md(v.changeNote ?? "")}`, "");
  out.push(`Situation: ${md(c.situation.name)}`);
  if (c.situation.groups.length) out.push(`Targeted group(s): ${md(c.situation.groups.join(", "))}`);
  if (c.situation.perpetrators.length)
    out.push(`Alleged perpetrator(s): ${md(c.situation.perpetrators.join(", "))}`);
  out.push("", "## Summary", "", ...paras(c.summary));
  out.push("## Background", "", ...paras(c.background.text), ...episodes(c.background.episodes));
  out.push(
    "## Current situation",
    "",
    ...paras(c.currentSituation.text),
    ...episodes(c.currentSituation.events),
  );
  out.push("## Determination", "", ...paras(c.determination.text));
  for (const s of c.determination.stages) {
    const over = s.override
      ? ` (analyst's judgement; computed: ${s.computedLevel}. ${md(s.override.reason)})`
      : "";
    out.push(`### Stage ${s.stage}: ${s.name}: ${s.level}${over}`, "");
    for (const i of s.indicators) {
      out.push(`- **${md(i.title)}** (${i.level})`);
      for (const x of i.evidence) {
        const src = x.sources.map((y) => `${md(y.name)} ${y.reliability}${y.credibility ?? ""}`).join("; ");
        out.push(
          `  - ${md(x.title.slice(0, 240))} (${dayText(x.date)}${x.toll ? `; deaths ${tollText(x.toll)}` : ""}${x.contested ? "; contested" : ""})${src ? `: ${src}` : ""}`,
        );
      }
    }
    out.push("");
  }
  if (c.determination.riskFactors.length) {
    out.push("UN Framework of Analysis for Atrocity Crimes:", "");
    for (const f of c.determination.riskFactors)
      out.push(`- Risk factor ${f.number}: ${md(f.name)} (${f.level})`);
    out.push("");
  }
  out.push("## Alert level", "", `**${levelLabel(c.level.value)}.**`, "");
  if (c.level.rule) out.push(`Set by rule \`${c.level.rule.id}\`: ${md(c.level.rule.because)}`, "");
  if (c.level.override)
    out.push(
      `Analyst's judgement over the computed level (${levelLabel(c.level.computed)}), ${dayText(c.level.override.at)}: ${md(c.level.override.reason)}`,
      "",
    );
  for (const x of c.level.concerns) out.push(`Concern (\`${x.id}\`): ${md(x.because)}`, "");
  out.push("## Recommendations", "");
  for (const [i, x] of c.recommendations.entries())
    out.push(`${i + 1}. **To ${md(addresseeLabel(x.addressee))}:** ${md(x.text)}`);
  out.push("", "## Data sources and attributions", "");
  if (c.attributions.length === 0) out.push("No dataset is cited in this alert.", "");
  for (const a of c.attributions) {
    const bits = [
      a.licence ? `Licence: ${md(a.licence)}.` : "",
      a.version ? `Version ${md(a.version)}.` : "",
      a.accessedAt ? `Accessed ${dayText(a.accessedAt)}.` : "",
      a.filters ? `Filters: ${md(a.filters)}.` : "",
      a.url ? `<${a.url}>` : "",
    ].filter(Boolean);
    out.push(`- **${md(a.dataset)}**: ${md(a.text)} ${bits.join(" ")}`.trimEnd());
    if (a.notice) out.push(`  ${md(a.notice)}`);
  }
  out.push("", "## Versions", "");
  if (r.history.length === 0) out.push("Not published yet.");
  for (const h of r.history)
    out.push(
      `- [Version ${h.number}](${versionUrl(r, "md", h.number)}), published ${dayText(h.publishedAt)}${h.changeNote ? `: ${md(h.changeNote)}` : ""}`,
    );
  out.push(
    "",
    "---",
    "",
    `Published with tocsin. Method: ${c.determination.method.catalogue}, rules ${c.determination.method.rules} (${c.determination.method.reading}). Atom feed: <${r.baseUrl}${FEED_PATH}>`,
  );
  if (v.contentSha256) out.push("", `Content SHA-256: \`${v.contentSha256}\``);
  return `${out.join("\n")}\n`;
}

function paras(text: string): string[] {
  return paragraphs(text).flatMap((p) => [md(p), ""]);
}

function episodes(list: readonly Episode[]): string[] {
  const out: string[] = [];
  for (const e of list) {
    out.push(`### ${md(e.title)}`, "");
    const facts = [
      episodeDate(e),
      e.place ? md(e.place) : "",
      `deaths: ${tollText(e.toll)}`,
      e.contested ? "**contested: sources disagree**" : "",
      e.acts.map(ACT_WORDS).join(", "),
    ].filter(Boolean);
    out.push(facts.join(" · "), "");
    if (e.description) out.push(md(e.description), "");
    for (const s of e.sources) out.push(`- ${md(sourceLine(s))}`);
    if (e.sources.length) out.push("");
  }
  return out;
}
