import { alertStyle, riskStyle, stageStyle } from "../format/levels.ts";
import "./badges.css";
import { formatProbability } from "../format/numbers.ts";
import { sensitivityBadge } from "../format/sensitivity.ts";

/** An alert level: its mark and name on its colour. Never colour alone: the words are always there. */
export function LevelBadge(props: { level: string | null; full?: boolean }) {
  if (props.level === null)
    return (
      <span class="level level-pending" title="not yet computed">
        pending
      </span>
    );
  const s = alertStyle(props.level);
  return (
    <span class={`level level-${props.level}`} style={{ background: s.fill, color: s.ink }} title={s.meaning}>
      <span class="level-mark" aria-hidden="true">
        {s.mark}
      </span>{" "}
      {props.full ? s.name : s.short}
    </span>
  );
}

/** A stage's (or indicator's, or risk factor's) level: a bar of cells and the word. */
export function StageLevelBadge(props: { level: string }) {
  const s = stageStyle(props.level);
  return (
    <span class={`stage-level stage-${props.level}`} style={{ background: s.fill, color: s.ink }}>
      <span aria-hidden="true">{s.bar}</span> {s.name}
    </span>
  );
}

export function RiskBadge(props: { band: string; probability: number }) {
  const s = riskStyle(props.band);
  return (
    <span class={`risk risk-${props.band}`} style={{ background: s.fill, color: s.ink }} title={s.name}>
      <span aria-hidden="true">{s.mark}</span> {formatProbability(props.probability)}{" "}
      <span class="visually-hidden">({s.name})</span>
    </span>
  );
}

export function SensitivityBadge(props: { sensitivity: string }) {
  const b = sensitivityBadge(props.sensitivity);
  return (
    <span class={b.className} title={b.description}>
      {b.label}
    </span>
  );
}
