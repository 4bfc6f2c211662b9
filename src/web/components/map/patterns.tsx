import { ALERT_STYLES } from "../../format/levels.ts";

/**
 * The fill patterns of alert levels on the map (referenced as url(#pattern-...) by the map's SVG paths): the
 * level's colour with dots, hatching or cross-hatching on top, so a level reads without its colour too. An
 * inline SVG of their own, which any other SVG of the page may reference.
 */
export function LevelPatterns() {
  const line = "rgba(0,0,0,0.55)";
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        <pattern id="pattern-watch" width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={ALERT_STYLES.watch.fill} />
          <circle cx="4" cy="4" r="1.2" fill={line} />
        </pattern>
        <pattern
          id="pattern-warning"
          width="7"
          height="7"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="7" height="7" fill={ALERT_STYLES.warning.fill} />
          <line x1="0" y1="0" x2="0" y2="7" stroke={line} stroke-width="2" />
        </pattern>
        <pattern
          id="pattern-emergency"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={ALERT_STYLES.emergency.fill} />
          <line x1="0" y1="0" x2="0" y2="6" stroke="rgba(255,255,255,0.7)" stroke-width="1.5" />
          <line x1="0" y1="0" x2="6" y2="0" stroke="rgba(255,255,255,0.7)" stroke-width="1.5" />
        </pattern>
      </defs>
    </svg>
  );
}

/** A legend swatch drawn with the same pattern as the map. */
export function PatternSwatch(props: { pattern: string | null; fill: string; dashed?: boolean }) {
  return (
    <svg width="28" height="18" aria-hidden="true" focusable="false" class="swatch">
      <rect
        x="1"
        y="1"
        width="26"
        height="16"
        fill={props.pattern ? `url(#${props.pattern})` : props.fill}
        stroke="#333"
        stroke-width="1"
        stroke-dasharray={props.dashed ? "4 3" : undefined}
      />
    </svg>
  );
}
