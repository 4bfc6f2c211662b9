/**
 * Self-contained SVG charts of a backtest (no library, no fonts beyond the viewer's sans-serif): the ROC
 * curve and the calibration plot. Pure functions returning SVG text, committed beside the results and shown
 * by the web app.
 */
import type { ScoreSummary } from "./bootstrap.ts";

const W = 420;
const H = 420;
const M = { left: 56, right: 16, top: 32, bottom: 52 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
const COLORS = ["#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#7f8c8d"];

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const fx = (v: number): string => (M.left + v * PW).toFixed(1);
const fy = (v: number): string => (M.top + (1 - v) * PH).toFixed(1);

function frame(
  title: string,
  xLabel: string,
  yLabel: string,
  ticks: number[],
  tickLabel: (t: number) => string,
) {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${esc(title)}</text>`,
    `<rect x="${M.left}" y="${M.top}" width="${PW}" height="${PH}" fill="none" stroke="#444"/>`,
  ];
  for (const t of ticks) {
    parts.push(
      `<line x1="${fx(t)}" y1="${fy(0)}" x2="${fx(t)}" y2="${(M.top + PH + 4).toFixed(1)}" stroke="#444"/>`,
      `<text x="${fx(t)}" y="${M.top + PH + 16}" text-anchor="middle">${tickLabel(t)}</text>`,
      `<line x1="${M.left - 4}" y1="${fy(t)}" x2="${M.left}" y2="${fy(t)}" stroke="#444"/>`,
      `<text x="${M.left - 6}" y="${(Number(fy(t)) + 4).toFixed(1)}" text-anchor="end">${tickLabel(t)}</text>`,
    );
  }
  parts.push(
    `<text x="${M.left + PW / 2}" y="${H - 12}" text-anchor="middle">${esc(xLabel)}</text>`,
    `<text transform="translate(14 ${M.top + PH / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
    `<line x1="${fx(0)}" y1="${fy(0)}" x2="${fx(1)}" y2="${fy(1)}" stroke="#bbb" stroke-dasharray="4 3"/>`,
  );
  return parts;
}

export interface RocSeries {
  label: string;
  points: { fpr: number; tpr: number }[];
  auc: number;
}

export function rocSvg(title: string, series: readonly RocSeries[]): string {
  const parts = frame(
    title,
    "false positive rate",
    "true positive rate (onsets caught)",
    [0, 0.25, 0.5, 0.75, 1],
    (t) => t.toFixed(2),
  );
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length] as string;
    const d = s.points.map((p, k) => `${k === 0 ? "M" : "L"}${fx(p.fpr)},${fy(p.tpr)}`).join("");
    parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.6"/>`);
    const y = M.top + PH - 14 - 16 * (series.length - 1 - i);
    parts.push(
      `<line x1="${M.left + PW - 190}" y1="${y - 4}" x2="${M.left + PW - 170}" y2="${y - 4}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${M.left + PW - 165}" y="${y}">${esc(`${s.label} (AUC ${s.auc.toFixed(3)})`)}</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

/** Calibration on a square-root scale (most forecasts are a few percent), with 95% bootstrap bars. */
export function calibrationSvg(title: string, bins: ScoreSummary["calibration"]): string {
  const max = Math.max(0.25, ...bins.map((b) => (Number.isNaN(b.observed.high) ? 0 : b.observed.high)));
  const s = (v: number): number => Math.sqrt(Math.max(0, v) / max);
  const ticks = [0, 0.01, 0.04, 0.09, 0.16, 0.25].filter((t) => t <= max);
  const parts = frame(
    title,
    "mean forecast risk in bin (sqrt scale)",
    "observed onset rate",
    ticks.map(s),
    (t) => (t * t * max).toFixed(2),
  );
  for (const b of bins) {
    if (b.rows === 0) continue;
    const x = fx(s(b.meanRisk));
    parts.push(
      `<line x1="${x}" y1="${fy(s(b.observed.low))}" x2="${x}" y2="${fy(s(b.observed.high))}" stroke="#1b6ca8"/>`,
      `<circle cx="${x}" cy="${fy(s(b.observed.value))}" r="${(2.5 + Math.sqrt(b.rows) / 12).toFixed(1)}" fill="#1b6ca8" fill-opacity="0.7"/>`,
    );
  }
  parts.push(
    `<text x="${M.left + 8}" y="${M.top + 16}">points: bins of forecast risk; size: rows; bars: 95% bootstrap</text>`,
    "</svg>",
  );
  return `${parts.join("\n")}\n`;
}
