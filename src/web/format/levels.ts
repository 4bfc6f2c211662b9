/**
 * Names, colours and non-colour marks of alert levels, stage levels and risk bands, for every page of the web
 * app. A level is never carried by colour alone: each has a name, a short mark and (on the map) a fill pattern.
 * Colours run light to dark with the level, so they also read in greyscale and for colour-blind readers; the
 * text on each fill keeps WCAG AA contrast. Plain TypeScript, importable by node:test.
 */

export const ALERT_LEVELS = ["none", "watch", "warning", "emergency"] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export interface LevelStyle {
  /** The full name: "Genocide Warning". */
  name: string;
  /** The short name: "Warning". */
  short: string;
  /** A mark that carries the level without colour (tables, map labels, legend). */
  mark: string;
  /** Fill colour and the text colour that reads on it. */
  fill: string;
  ink: string;
  /** The map's fill pattern (an SVG pattern id defined by the map), or null for a plain fill. */
  pattern: string | null;
  /** Genocide Watch's meaning of the level, in short (domain guide, section 3). */
  meaning: string;
}

export const ALERT_STYLES: Readonly<Record<AlertLevel, LevelStyle>> = {
  none: {
    name: "No alert",
    short: "None",
    mark: "0",
    fill: "#eeeeee",
    ink: "#1b1b1b",
    pattern: null,
    meaning: "No rule of the method fires on the evidence recorded.",
  },
  watch: {
    name: "Genocide Watch",
    short: "Watch",
    mark: "1",
    fill: "#f6d55c",
    ink: "#1b1b1b",
    pattern: "pattern-watch",
    meaning: "Signs of the early stages of the genocidal process.",
  },
  warning: {
    name: "Genocide Warning",
    short: "Warning",
    mark: "2",
    fill: "#dd6b20",
    ink: "#1b1b1b",
    pattern: "pattern-warning",
    meaning: "The process has reached preparation by perpetrators and persecution of a targeted group.",
  },
  emergency: {
    name: "Genocide Emergency",
    short: "Emergency",
    mark: "3",
    fill: "#8e1b12",
    ink: "#ffffff",
    pattern: "pattern-emergency",
    meaning: "The process has reached genocidal massacres and other acts of genocide.",
  },
};

/** The style of an alert level; an unknown value (a newer server) is shown as itself, uncoloured. */
export function alertStyle(level: string): LevelStyle {
  return (
    ALERT_STYLES[level as AlertLevel] ?? {
      ...ALERT_STYLES.none,
      name: level,
      short: level,
      mark: "?",
    }
  );
}

export function alertRank(level: string): number {
  return ALERT_LEVELS.indexOf(level as AlertLevel);
}

/** The highest of some alert levels ("none" for none). */
export function highestAlert(levels: readonly string[]): AlertLevel {
  let best: AlertLevel = "none";
  for (const l of levels) if (alertRank(l) > alertRank(best)) best = l as AlertLevel;
  return best;
}

export const STAGE_LEVELS = ["absent", "possible", "likely", "established"] as const;
export type StageLevel = (typeof STAGE_LEVELS)[number];

/** How strongly evidence shows a stage: a name, a bar of four cells (filled up to the level) and a colour. */
export const STAGE_STYLES: Readonly<
  Record<StageLevel, { name: string; bar: string; fill: string; ink: string }>
> = {
  absent: { name: "absent", bar: "\u25a1\u25a1\u25a1", fill: "#f4f4f4", ink: "#1b1b1b" },
  possible: { name: "possible", bar: "\u25a0\u25a1\u25a1", fill: "#fbe3a1", ink: "#1b1b1b" },
  likely: { name: "likely", bar: "\u25a0\u25a0\u25a1", fill: "#f0a35e", ink: "#1b1b1b" },
  established: { name: "established", bar: "\u25a0\u25a0\u25a0", fill: "#a83a22", ink: "#ffffff" },
};

export function stageStyle(level: string) {
  return STAGE_STYLES[level as StageLevel] ?? { name: level, bar: "?", fill: "#ffffff", ink: "#1b1b1b" };
}

/** Why a stage's level is lower than its evidence mass alone would give (docs/assessment-method.md). */
export const CAP_REASONS: Readonly<Record<string, string>> = {
  "no-qualifying-source": "held at possible: no source graded A-D reporting information graded 1-4",
  uncorroborated: "held at likely: no sign confirmed by two independent good sources",
  contested: "held at likely: contested evidence cannot alone carry a stage to established",
};

export const RISK_BANDS = ["low", "elevated", "high"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * Statistical risk of a mass-killing onset (the forecasts), a blue scale apart from the alert colours so the
 * two layers are never confused. Bands as the server sets them (elevated from 1%, high from 4%).
 */
export const RISK_STYLES: Readonly<
  Record<RiskBand, { name: string; mark: string; fill: string; ink: string }>
> = {
  low: { name: "Low risk (under 1%)", mark: "L", fill: "#dbe9f6", ink: "#1b1b1b" },
  elevated: { name: "Elevated risk (1-4%)", mark: "E", fill: "#6baed6", ink: "#1b1b1b" },
  high: { name: "High risk (4% or more)", mark: "H", fill: "#08519c", ink: "#ffffff" },
};

export function riskStyle(band: string) {
  return RISK_STYLES[band as RiskBand] ?? { name: band, mark: "?", fill: "#ffffff", ink: "#1b1b1b" };
}
