import type { Involvement } from "../../../domain/evidence/acts.ts";
import type { DatePrecision } from "../../../domain/evidence/dates.ts";
import type { LocationPrecision } from "../../../domain/evidence/places.ts";
import { SCENARIO_DATE, WINDOW_START } from "./constants.ts";
import { event, toll } from "./event-helpers.ts";
import { FILLER_SITUATIONS } from "./filler-templates.ts";
import { placeAt, TOWNS } from "./geography.ts";
import { seededRng } from "./prng.ts";
import type { EventWithClaims } from "./types.ts";

/** The seed of the filler events. Changing it changes the scenario: bump SCENARIO_VERSION with it. */
export const FILLER_SEED = 20260930;
/** The external-id namespace of the invented dataset: marked fictional so it can never clash with a real one. */
export const HED_DATASET = "fictional-hed";

const DAY = 86_400_000;

/** One coded row of the invented event dataset, before it becomes an event with a claim. */
export interface FillerRow {
  id: string;
  situation: string;
  groups: string[];
  title: string;
  acts: string[];
  perpetrators: { actor: string; involvement: Involvement }[];
  dateStart: string;
  datePrecision: DatePrecision;
  town: keyof typeof TOWNS;
  locationPrecision: LocationPrecision;
  deaths: { low: number; best: number; high: number } | null;
}

/**
 * The small incidents of the year, as the invented Highland Events Dataset codes them: drawn from a seeded
 * generator, sorted by date and numbered, so the same rows come out every time.
 */
export function fillerRows(): FillerRow[] {
  const rng = seededRng(FILLER_SEED);
  const start = Date.parse(`${WINDOW_START}T00:00:00Z`);
  const span = Math.round((Date.parse(`${SCENARIO_DATE}T00:00:00Z`) - start) / DAY) - 3;
  const rows: Omit<FillerRow, "id">[] = [];
  for (const s of FILLER_SITUATIONS) {
    for (let i = 0; i < s.count; i++) {
      const template = rng.pick(s.templates);
      const town = rng.pick(s.towns);
      const day = new Date(start + rng.between(0, span) * DAY).toISOString().slice(0, 10);
      const p = rng.next();
      const datePrecision: DatePrecision = p < 0.8 ? "day" : p < 0.92 ? "unknown-day" : "month";
      const l = rng.next();
      const locationPrecision: LocationPrecision =
        l < 0.5 ? "exact" : l < 0.75 ? "near" : l < 0.9 ? "admin2" : "admin1";
      let deaths: FillerRow["deaths"] = null;
      if (template.deaths) {
        const best = rng.between(template.deaths[0], template.deaths[1]);
        deaths = { low: Math.max(0, best - rng.between(0, 1)), best, high: best + rng.between(0, 3) };
      }
      rows.push({
        situation: s.situation,
        groups: s.groups,
        title: template.title.replace("{town}", TOWNS[town].name),
        acts: template.acts,
        perpetrators: template.perpetrators,
        dateStart: datePrecision === "day" ? day : `${day.slice(0, 8)}01`,
        datePrecision,
        town,
        locationPrecision,
        deaths,
      });
    }
  }
  rows.sort((a, b) => a.dateStart.localeCompare(b.dateStart) || a.title.localeCompare(b.title));
  return rows.map((r, i) => ({ ...r, id: `HED-XFT-${String(1001 + i)}` }));
}

/**
 * Each row becomes an event with a claim by the dataset. Every eighth row is also reported by the newspaper
 * with a higher toll or a day later: small contested events, as double coding produces them.
 */
export function fillerEvents(rows: FillerRow[] = fillerRows()): EventWithClaims[] {
  return rows.map((row, i) => {
    const deaths = row.deaths ? toll(row.deaths.low, row.deaths.best, row.deaths.high) : undefined;
    const hedClaim = {
      source: "source:hed",
      document: "doc:hed-extract",
      locator: `row ${row.id}`,
      statement: `${row.title} (${row.dateStart}${deaths ? `; deaths ${deaths.low}-${deaths.high}, best ${deaths.best}` : ""}).`,
      assertion: { dateStart: row.dateStart, ...(deaths ? { fatalities: deaths } : {}) },
      credibility: row.datePrecision === "day" ? 2 : 3,
      credibilityReason: "Coded from local press and monitors; single incident not checked independently.",
      howKnown: "dataset coding from local sources",
      statedAt: SCENARIO_DATE,
    };
    const second =
      i % 8 === 7
        ? [
            {
              source: "source:courier",
              statement: `${row.title}: the Courier's correspondents report it${deaths ? ` with ${(deaths.best ?? 0) + 2} dead` : " a day later"}.`,
              assertion: deaths
                ? { fatalities: toll((deaths.best ?? 0) + 2, (deaths.best ?? 0) + 2, (deaths.best ?? 0) + 2) }
                : { dateStart: nextDay(row.dateStart) },
              credibility: 3,
              credibilityReason: "Correspondents' account; may describe a different incident nearby.",
              howKnown: "local correspondents",
              statedAt: SCENARIO_DATE,
            },
          ]
        : [];
    return event(
      {
        key: `event:${row.id.toLowerCase()}`,
        title: row.title,
        description: `Coded by the Highland Events Dataset as row ${row.id}.`,
        dateStart: row.dateStart,
        datePrecision: row.datePrecision,
        place: placeAt(row.town, row.locationPrecision),
        acts: row.acts.map((type) => ({ type })),
        perpetrators: row.perpetrators,
        groups: row.groups,
        situations: [row.situation],
        ...(deaths ? { fatalities: deaths } : {}),
        externalId: { dataset: HED_DATASET, id: row.id },
        sensitivity: "public",
      },
      [hedClaim, ...second],
    );
  });
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}
