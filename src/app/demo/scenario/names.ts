import { ACTORS } from "./actors.ts";
import { COUNTRY, FICTIONAL } from "./constants.ts";
import { PROVINCES, TOWNS } from "./geography.ts";
import { GROUPS } from "./groups.ts";
import { SOURCES } from "./sources.ts";

/**
 * Every invented proper name in the scenario: the country, its provinces and towns, groups, actors and sources
 * with all their aliases (source names without their "(fictional ...)" label). The tests check each against
 * real country names and codes.
 */
export function scenarioNames(): string[] {
  const label = ` (${FICTIONAL})`;
  return [
    COUNTRY.name,
    COUNTRY.shortName,
    COUNTRY.demonym,
    ...Object.values(PROVINCES).map((p) => p.name),
    ...Object.values(TOWNS).flatMap((t) => [t.name, t.district]),
    ...GROUPS.flatMap((g) => [g.name, ...(g.aliases ?? [])]),
    ...ACTORS.flatMap((a) => [a.name, ...(a.aliases ?? [])]),
    ...SOURCES.map((s) => s.name.replace(label, "")),
  ];
}
