import type { Episode, FindingEvidence } from "../../../domain/alerts/document/alert-document.ts";
import { addresseeLabel } from "../../../domain/alerts/recommendations/addressees.ts";
import {
  ACT_WORDS,
  dayText,
  episodeDate,
  FEED_PATH,
  FEED_TITLE,
  levelLabel,
  paragraphs,
  type RenderInput,
  STATUS_NOTE,
  sourceLine,
  tollText,
  versionUrl,
} from "./format.ts";

const esc = (s: string) =>
  s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/** Accessible level colours; the level is always also written in words. */
const LEVEL_COLOURS = {
  none: "#4a4a4a",
  watch: "#8a5a00",
  warning: "#b23c00",
  emergency: "#a00016",
} as const;

const CSS = `
body{font:17px/1.55 Georgia,"DejaVu Serif",serif;color:#1b1b1b;max-width:46rem;margin:2rem auto;padding:0 1rem;background:#fff}
h1,h2,h3{font-family:"DejaVu Sans",Arial,sans-serif;line-height:1.25}
h1{font-size:1.8rem;margin:.4rem 0 1rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
.level{display:inline-block;color:#fff;font:700 .9rem/1 "DejaVu Sans",Arial,sans-serif;padding:.45rem .7rem;border-radius:.25rem;letter-spacing:.03em;text-transform:uppercase}
.meta,.facts,.small{font-family:"DejaVu Sans",Arial,sans-serif;font-size:.88rem;color:#444}
.status{border:2px dashed #b23c00;padding:.6rem;font-weight:700;font-family:"DejaVu Sans",Arial,sans-serif}
.correction{background:#fff6e0;border-left:4px solid #8a5a00;padding:.5rem .8rem}
ol.recs>li{margin:.6rem 0}ul.sources{font-size:.88rem;color:#333}
table{border-collapse:collapse;width:100%;font:.9rem/1.4 "DejaVu Sans",Arial,sans-serif}
th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}
.contested{font-weight:700;color:#7a0000}
a{color:#0b4f9c}
footer{margin-top:3rem;border-top:1px solid #ccc;padding-top:.8rem}
@media print{body{margin:0;max-width:none;font-size:11pt}nav,.noprint{display:none}a{color:inherit;text-decoration:none}h2{break-after:avoid}li,tr{break-inside:avoid}}
`;

/** A standalone HTML page (its own CSS, readable and printable), advertising the Atom feed in its head. */
export function renderHtml(r: RenderInput): string {
  const c = r.content;
  const v = r.version;
  const level = c.level.value;
  const out: string[] = [];
  out.push(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.title)}</title>
<link rel="alternate" type="application/atom+xml" href="${FEED_PATH}" title="${esc(FEED_TITLE)}">
<link rel="canonical" href="${esc(versionUrl(r, "html"))}">
<meta name="description" content="${esc(c.summary.slice(0, 300))}">
<style>${CSS}</style>
</head>
<body>
<header>`);
  if (STATUS_NOTE[v.status])
    out.push(`<p class="status" role="note">${esc(STATUS_NOTE[v.status] as string)}</p>`);
  out.push(`<span class="level" style="background:${LEVEL_COLOURS[level]}">Level: ${esc(levelLabel(level))}</span>
<h1>${esc(c.title)}</h1>
<p class="meta">Version ${v.number} · ${v.status === "published" ? `published ${esc(dayText(v.publishedAt))}` : esc(v.status)} · assessed as of ${esc(dayText(c.determination.asOf))}</p>`);
  const later = r.history.filter((h) => h.number > v.number).at(-1);
  if (later)
    out.push(
      `<p class="correction">A later version exists: <a href="${esc(versionUrl(r, "html", later.number))}">version ${later.number}</a>.</p>`,
    );
  if (v.correctionOf !== null)
    out.push(
      `<p class="correction"><strong>Correction of version ${v.correctionOf}.</strong> ${esc(v.changeNote ?? "")}</p>`,
    );
  out.push(`<nav class="small noprint">Also as <a href="${esc(versionUrl(r, "md"))}">Markdown</a>, <a href="${esc(versionUrl(r, "json"))}">JSON</a>, <a href="${esc(versionUrl(r, "pdf"))}">PDF</a> · <a href="${FEED_PATH}">Atom feed</a></nav>
</header>
<main>`);
  section(out, "summary", "Summary", paras(c.summary));
  out.push(
    `<p class="facts">Situation: ${esc(c.situation.name)}${c.situation.groups.length ? ` · targeted group(s): ${esc(c.situation.groups.join(", "))}` : ""}${c.situation.perpetrators.length ? ` · alleged perpetrator(s): ${esc(c.situation.perpetrators.join(", "))}` : ""}</p>`,
  );
  section(out, "background", "Background", paras(c.background.text) + episodes(c.background.episodes));
  section(
    out,
    "current",
    "Current situation",
    paras(c.currentSituation.text) + episodes(c.currentSituation.events),
  );
  section(
    out,
    "determination",
    "Determination",
    paras(c.determination.text) + stagesTable(r) + riskFactors(r),
  );
  section(out, "level", "Alert level", levelPart(r));
  section(
    out,
    "recommendations",
    "Recommendations",
    `<ol class="recs">${c.recommendations
      .map(
        (x) =>
          `<li><strong>To the ${esc(
            addresseeLabel(x.addressee)
              .replace(/^The /, "")
              .replace(/^./, (ch) => ch.toLowerCase()),
          )}:</strong> ${esc(x.text)}</li>`,
      )
      .join("\n")}</ol>`,
  );
  section(out, "sources", "Data sources and attributions", attributions(r));
  section(out, "versions", "Versions", history(r));
  out.push(`</main>
<footer class="small">
<p>Published with tocsin. Evidence shown here is public; tolls are ranges as the sources give them; contested facts are marked. Method: ${esc(c.determination.method.catalogue)}, rules ${esc(c.determination.method.rules)} (${esc(c.determination.method.reading)}).</p>
${v.contentSha256 ? `<p>Content SHA-256: <code>${esc(v.contentSha256)}</code></p>` : ""}
</footer>
</body>
</html>
`);
  return out.join("\n");
}

function section(out: string[], id: string, title: string, body: string): void {
  out.push(
    `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>\n${body}\n</section>`,
  );
}

function paras(text: string): string {
  return paragraphs(text)
    .map((p) => `<p>${esc(p)}</p>`)
    .join("\n");
}

function episodes(list: readonly Episode[]): string {
  if (list.length === 0) return "";
  return `<ol class="episodes">${list
    .map(
      (e) => `<li><h3>${esc(e.title)}</h3>
<p class="facts">${esc(episodeDate(e))}${e.place ? ` · ${esc(e.place)}` : ""} · deaths: ${esc(tollText(e.toll))}${e.contested ? ` · <span class="contested">contested: sources disagree</span>` : ""}${e.acts.length ? ` · ${esc(e.acts.map(ACT_WORDS).join(", "))}` : ""}</p>
${e.description ? `<p>${esc(e.description)}</p>` : ""}
${e.sources.length ? `<ul class="sources">${e.sources.map((s) => `<li>${esc(sourceLine(s))}</li>`).join("")}</ul>` : ""}</li>`,
    )
    .join("\n")}</ol>`;
}

function evidenceCell(list: readonly FindingEvidence[]): string {
  if (list.length === 0) return "";
  return `<ul>${list
    .map(
      (x) =>
        `<li>${esc(x.title.slice(0, 240))} (${esc(dayText(x.date))}${x.toll ? `; deaths ${esc(tollText(x.toll))}` : ""}${x.contested ? "; contested" : ""})${x.sources.length ? `<br><span class="small">${esc(x.sources.map((s) => `${s.name} ${s.reliability}${s.credibility ?? ""}`).join("; "))}</span>` : ""}</li>`,
    )
    .join("")}</ul>`;
}

function stagesTable(r: RenderInput): string {
  const stages = r.content.determination.stages;
  if (stages.length === 0) return "<p>No stage of the Ten Stages is shown by the public evidence.</p>";
  const rows = stages.map((s) => {
    const over = s.override
      ? ` (analyst's judgement; computed: ${s.computedLevel}. ${s.override.reason})`
      : "";
    const ind = s.indicators
      .map((i) => `<p><strong>${esc(i.title)}</strong> (${esc(i.level)})</p>${evidenceCell(i.evidence)}`)
      .join("");
    return `<tr><th scope="row">${s.stage}. ${esc(s.name)}</th><td>${esc(s.level)}${esc(over)}</td><td>${ind}</td></tr>`;
  });
  return `<table><caption class="small">The Ten Stages of Genocide (Stanton): each stage's level and the evidence behind it</caption>
<thead><tr><th scope="col">Stage</th><th scope="col">Level</th><th scope="col">Indicators and evidence</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>`;
}

function riskFactors(r: RenderInput): string {
  const f = r.content.determination.riskFactors;
  if (f.length === 0) return "";
  return `<h3>UN Framework of Analysis for Atrocity Crimes</h3><ul>${f.map((x) => `<li>Risk factor ${x.number}: ${esc(x.name)} (${esc(x.level)})</li>`).join("")}</ul>`;
}

function levelPart(r: RenderInput): string {
  const l = r.content.level;
  const parts = [`<p><strong>${esc(levelLabel(l.value))}</strong>.</p>`];
  if (l.rule) parts.push(`<p>Set by rule <code>${esc(l.rule.id)}</code>: ${esc(l.rule.because)}</p>`);
  if (l.override)
    parts.push(
      `<p>Analyst's judgement over the computed level (${esc(levelLabel(l.computed))}), ${esc(dayText(l.override.at))}: ${esc(l.override.reason)}</p>`,
    );
  for (const c of l.concerns) parts.push(`<p>Concern (<code>${esc(c.id)}</code>): ${esc(c.because)}</p>`);
  return parts.join("\n");
}

function attributions(r: RenderInput): string {
  const a = r.content.attributions;
  if (a.length === 0)
    return "<p>No dataset is cited in this alert. Sources are named with each episode and finding, with their grades (Admiralty scale).</p>";
  return `<ul>${a
    .map(
      (x) =>
        `<li><strong>${esc(x.dataset)}</strong>: ${esc(x.text)}${x.licence ? ` Licence: ${esc(x.licence)}.` : ""}${x.version ? ` Version ${esc(x.version)}.` : ""}${x.accessedAt ? ` Accessed ${esc(dayText(x.accessedAt))}.` : ""}${x.filters ? ` Filters: ${esc(x.filters)}.` : ""}${x.url ? ` <a href="${esc(x.url)}">${esc(x.url)}</a>` : ""}${x.notice ? `<br><span class="small">${esc(x.notice)}</span>` : ""}</li>`,
    )
    .join("\n")}</ul>`;
}

function history(r: RenderInput): string {
  if (r.history.length === 0) return "<p>Not published yet.</p>";
  return `<ul>${r.history
    .map(
      (h) =>
        `<li><a href="${esc(versionUrl(r, "html", h.number))}">Version ${h.number}</a>, published ${esc(dayText(h.publishedAt))}${h.changeNote ? `: ${esc(h.changeNote)}` : ""}</li>`,
    )
    .join("")}</ul>`;
}
