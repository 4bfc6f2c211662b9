import type { AlertLevel } from "../rules/rule-set.ts";

/** Genocide Watch's level names (domain.md section 3); below Watch an alert is a situation report. */
export const LEVEL_TITLES: Record<AlertLevel, string> = {
  none: "Situation Report",
  watch: "Genocide Watch",
  warning: "Genocide Warning",
  emergency: "Genocide Emergency",
};

/** "Genocide Emergency: <place>". */
export function alertTitle(level: AlertLevel, place: string): string {
  return `${LEVEL_TITLES[level]}: ${place}`;
}
