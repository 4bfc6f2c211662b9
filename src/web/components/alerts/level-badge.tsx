import type { AlertLevel, AlertStatus } from "../../api/alerts.ts";
import { alertStyle } from "../../format/levels.ts";
import "./alerts.css";

/** The level's name on its colour, with its mark: the colour is never the only carrier of the level. */
export function LevelBadge(props: { level: AlertLevel }) {
  const style = alertStyle(props.level);
  return (
    <span class="level-badge" style={{ background: style.fill, color: style.ink }}>
      <span aria-hidden="true">{style.mark} </span>
      {style.name}
    </span>
  );
}

const STATUS_NAMES: Record<AlertStatus, string> = {
  draft: "Draft",
  "in-review": "In review",
  published: "Published",
};

export function StatusBadge(props: { status: AlertStatus; correction?: boolean }) {
  return (
    <span class={`status-badge status-${props.status}`}>
      {STATUS_NAMES[props.status]}
      {props.correction ? " (correction)" : ""}
    </span>
  );
}
