// The built-in names a report uses for the people targeted and for those who acted, so that `tocsin read` on
// an empty store still says "civilians", "internally displaced persons", "Yazidis" or "security forces".
// NAMES ONLY: generic categories of people and of forces, the common English names of religious
// communities, and nationalities made from the demonym table (demonyms.ts, keyed by the ISO 3166 codes of
// i18n-iso-countries). No entry says anything about any group; no ethnic group is listed (no installed
// package has such a list, and writing one by hand would be choosing whom to name). The store's own groups and
// actors, with their ids, stay the way to name a particular group or force (known-names.ts).
import { COUNTRIES } from "../reference/countries.ts";
import { DEMONYMS, demonymPlural } from "./demonyms.ts";

export type TermRole = "group" | "perpetrator";

export interface GroupTerm {
  role: TermRole;
  /** The name shown: the category's usual English name ("internally displaced persons"). */
  name: string;
  category: string;
  /** The forms a report writes, lower-case unless `proper` (then a capital is required in the text). */
  forms: readonly string[];
  proper: boolean;
  /** For nationalities: the country (ISO 3166-1 alpha-3). */
  country: string | null;
}

/** [category, name, forms separated by "|"] of the people a report says were targeted. */
const TARGETED: readonly (readonly [string, string, string])[] = [
  ["civilians", "civilians", "civilians|civilian population|non-combatants|noncombatants|unarmed civilians"],
  [
    "displaced",
    "internally displaced persons",
    "internally displaced persons|internally displaced people|IDPs|displaced persons|displaced people|displaced families",
  ],
  ["refugees", "refugees", "refugees|asylum seekers|asylum-seekers"],
  ["migrants", "migrants", "migrants"],
  ["stateless", "stateless people", "stateless people|stateless persons"],
  [
    "minority",
    "ethnic minority",
    "ethnic minority|ethnic minorities|ethnic group|ethnic groups|ethnic community|ethnic communities",
  ],
  [
    "minority",
    "religious minority",
    "religious minority|religious minorities|religious community|religious communities",
  ],
  ["minority", "national minority", "national minority|national minorities"],
  ["minority", "minorities", "minorities|minority group|minority groups|minority communities"],
  ["indigenous", "indigenous peoples", "indigenous peoples|indigenous people|indigenous communities"],
  ["sex-age", "women and children", "women and children"],
  ["sex-age", "men and boys", "men and boys|men and teenage boys"],
  ["sex-age", "women", "women|girls"],
  ["sex-age", "children", "children|boys|minors"],
  ["sex-age", "older people", "older people|elderly people|the elderly"],
  ["residents", "villagers", "villagers"],
  ["residents", "residents", "residents|inhabitants|local population"],
  ["occupation", "journalists", "journalists|reporters|media workers"],
  ["occupation", "aid workers", "aid workers|humanitarian workers|humanitarians"],
  ["occupation", "health workers", "health workers|medical workers|doctors|nurses|medics"],
  ["occupation", "human rights defenders", "human rights defenders|human rights activists|activists"],
  ["occupation", "students", "students|schoolchildren"],
  ["occupation", "farmers", "farmers|herders|pastoralists"],
  ["political", "protesters", "protesters|protestors|demonstrators"],
  ["political", "opposition supporters", "opposition supporters|opposition members|political opponents"],
  ["detained", "detainees", "detainees|prisoners|prisoners of war|inmates"],
  ["religious", "worshippers", "worshippers|worshipers|pilgrims"],
];

/** Common English names of religious communities (proper names: a capital is required). */
const RELIGIOUS: readonly (readonly [string, string])[] = [
  ["Muslims", "Muslims|Muslim community|Muslim communities"],
  ["Sunni Muslims", "Sunni Muslims|Sunnis"],
  ["Shia Muslims", "Shia Muslims|Shiite Muslims|Shiites|Shias|Shi'ites"],
  ["Ahmadis", "Ahmadis|Ahmadiyya Muslims"],
  ["Alawites", "Alawites"],
  ["Christians", "Christians|Christian community|Christian communities"],
  ["Catholics", "Catholics|Roman Catholics"],
  ["Protestants", "Protestants"],
  ["Orthodox Christians", "Orthodox Christians"],
  ["Coptic Christians", "Coptic Christians|Copts"],
  ["Jews", "Jews|Jewish community|Jewish communities"],
  ["Hindus", "Hindus"],
  ["Buddhists", "Buddhists|Buddhist monks"],
  ["Sikhs", "Sikhs"],
  ["Yazidis", "Yazidis|Yezidis"],
  ["Baha'is", "Baha'is|Bahais|Bahá'ís"],
  ["Druze", "Druze"],
  ["Zoroastrians", "Zoroastrians"],
  ["Mandaeans", "Mandaeans"],
];

/** [category, name, forms] of those a report says acted: generic kinds of forces, never a particular one. */
const FORCES: readonly (readonly [string, string, string])[] = [
  [
    "state-forces",
    "armed forces",
    "armed forces|army|military|soldiers|troops|government forces|government troops|state forces|national army",
  ],
  ["state-forces", "security forces", "security forces|security services|security agents|security personnel"],
  ["state-forces", "police", "police|police officers|policemen|riot police|gendarmes|gendarmerie"],
  ["state-forces", "border guards", "border guards|border police"],
  ["state-forces", "intelligence services", "intelligence services|intelligence agents|secret police"],
  ["state-forces", "prison guards", "prison guards|prison officials"],
  [
    "militia",
    "militia",
    "militia|militias|militiamen|militia members|paramilitaries|paramilitary forces|paramilitary groups|death squads|vigilantes|self-defence groups|self-defense groups",
  ],
  [
    "armed-group",
    "rebel group",
    "rebel group|rebel groups|rebels|rebel forces|rebel fighters|insurgents|guerrillas|guerrilla fighters",
  ],
  [
    "armed-group",
    "armed group",
    "armed group|armed groups|non-state armed group|non-state armed groups|armed opposition groups|armed opposition group",
  ],
  ["armed-group", "mercenaries", "mercenaries|private military contractors"],
  [
    "unidentified",
    "gunmen",
    "gunmen|armed men|unidentified gunmen|unidentified armed men|assailants|attackers",
  ],
  ["unidentified", "mob", "mob|mobs"],
];

function split(forms: string): string[] {
  return forms.split("|").map((f) => f.trim());
}

/** Nationalities as people ("Syrians"), from the demonym table, for countries of i18n-iso-countries. */
function nationalities(): GroupTerm[] {
  const iso3 = new Set(COUNTRIES.map((c) => c.iso3));
  const out: GroupTerm[] = [];
  for (const [country, forms] of DEMONYMS) {
    if (!iso3.has(country)) continue;
    const plurals = forms.map((f) => demonymPlural(f)).filter((p): p is string => p !== null);
    if (plurals.length === 0) continue;
    out.push({
      role: "group",
      name: plurals[0] as string,
      category: "nationality",
      forms: plurals,
      proper: true,
      country,
    });
  }
  return out;
}

export const GROUP_TERMS: readonly GroupTerm[] = [
  ...TARGETED.map(([category, name, forms]) => ({
    role: "group" as const,
    name,
    category,
    forms: split(forms),
    proper: false,
    country: null,
  })),
  ...RELIGIOUS.map(([name, forms]) => ({
    role: "group" as const,
    name,
    category: "religious",
    forms: split(forms),
    proper: true,
    country: null,
  })),
  ...nationalities(),
  ...FORCES.map(([category, name, forms]) => ({
    role: "perpetrator" as const,
    name,
    category,
    forms: split(forms),
    proper: false,
    country: null,
  })),
];
