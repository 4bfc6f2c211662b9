/**
 * A state-system list (Gleditsch-Ward, Correlates of War) as spells of independence, each tied to an ISO 3166-1
 * alpha-3 code, with lookups both ways. Years are whole years: a state that entered or left during a year
 * counts in that year.
 */
export interface StateSpell {
  /** The list's numeric code (GW `gwno`, COW `ccode`). */
  readonly code: number;
  /** The list's three-letter code (GW `gwc`, COW `stateabb`). */
  readonly abbrev: string;
  /** The name as the list gives it. */
  readonly name: string;
  /** First year of the spell. */
  readonly from: number;
  /** Last year of the spell; null while it lasts (the list's last update, or later). */
  readonly to: number | null;
  /** The ISO 3166-1 alpha-3 code of the state, or with `successor` of the present-day country it lies in. */
  readonly iso3: string;
  /**
   * True for a state that no longer exists: `iso3` is then the present-day country holding its former capital
   * (the GDR's East Berlin: DEU; Czechoslovakia's Prague: CZE; Yugoslavia's Belgrade: SRB), one clear rule
   * instead of a judgement about which successor is the "real" one.
   */
  readonly successor: boolean;
}

/** A spell as a table row: [code, abbrev, name, from, to, iso3] with "successor" last where it applies. */
export type SpellRow =
  | readonly [number, string, string, number, number | null, string]
  | readonly [number, string, string, number, number | null, string, "successor"];

export interface StateSystem {
  readonly spells: readonly StateSpell[];
  /**
   * The ISO alpha-3 code for a list code (a number or its text, "345" or "2.0"). Lenient about years: a code
   * used outside its spells still resolves (UCDP keeps GW 345 for Serbia after 2006; EWP panels run through
   * occupations that end a spell); the year only chooses among spells.
   */
  isoFromCode(code: number | string, year?: number): string | undefined;
  /**
   * The list code for an ISO alpha-3 code: in a given year, the spell covering it, a state itself before a
   * successor mapping, the later-starting spell when two meet in one year (the state at year end); outside
   * every spell, the nearest one in time. Without a year, the code in use now (or last).
   */
  codeFromIso(iso3: string, year?: number): number | undefined;
  /** The spell covering a year, strictly: undefined when the list does not count the state then. */
  spellAt(code: number | string, year: number): StateSpell | undefined;
  /** Every spell of a code, earliest first. */
  spellsOf(code: number | string): readonly StateSpell[];
}

/** Stands for "now" when no year is given. */
const NOW = 9999;

export function toSpells(rows: readonly SpellRow[]): StateSpell[] {
  return rows.map(([code, abbrev, name, from, to, iso3, successor]) => ({
    code,
    abbrev,
    name,
    from,
    to,
    iso3,
    successor: successor === "successor",
  }));
}

function yearsAway(spell: StateSpell, year: number): number {
  if (year < spell.from) return spell.from - year;
  if (spell.to !== null && year > spell.to) return year - spell.to;
  return 0;
}

/** The best spell for a year: nearest in time, then the state itself, then the later-starting one. */
function best(spells: readonly StateSpell[], year: number): StateSpell | undefined {
  let chosen: StateSpell | undefined;
  for (const spell of spells) {
    if (!chosen) {
      chosen = spell;
      continue;
    }
    const away = yearsAway(spell, year) - yearsAway(chosen, year);
    const successor = Number(spell.successor) - Number(chosen.successor);
    if (away < 0 || (away === 0 && (successor < 0 || (successor === 0 && spell.from > chosen.from)))) {
      chosen = spell;
    }
  }
  return chosen;
}

/** A list code from a number or text such as "345" or "2.0"; undefined when it is not a whole number. */
export function parseStateCode(code: number | string): number | undefined {
  const value = typeof code === "number" ? code : code.trim() === "" ? Number.NaN : Number(code);
  return Number.isInteger(value) ? value : undefined;
}

export function stateSystem(rows: readonly SpellRow[]): StateSystem {
  const spells = toSpells(rows);
  const byCode = new Map<number, StateSpell[]>();
  const byIso = new Map<string, StateSpell[]>();
  for (const spell of spells) {
    byCode.set(spell.code, [...(byCode.get(spell.code) ?? []), spell]);
    byIso.set(spell.iso3, [...(byIso.get(spell.iso3) ?? []), spell]);
  }
  for (const list of byCode.values()) list.sort((a, b) => a.from - b.from);
  const spellsOf = (code: number | string): readonly StateSpell[] => {
    const parsed = parseStateCode(code);
    return parsed === undefined ? [] : (byCode.get(parsed) ?? []);
  };
  return {
    spells,
    spellsOf,
    isoFromCode: (code, year) => best(spellsOf(code), year ?? NOW)?.iso3,
    codeFromIso: (iso3, year) => best(byIso.get(iso3.trim().toUpperCase()) ?? [], year ?? NOW)?.code,
    spellAt: (code, year) => spellsOf(code).find((spell) => yearsAway(spell, year) === 0),
  };
}
