import isoCountries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { nameKey, nameVariants } from "./names.ts";

/**
 * The countries of ISO 3166-1 as the `i18n-iso-countries` package lists them (249 codes plus Kosovo), with every
 * English name that package knows and the other names data sources use for the same state. The product stores
 * places by alpha-3 (`Place.country`); importers turn whatever a dataset carries into it here.
 */
export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  /** ISO 3166-1 numeric, three digits ("004"); null for Kosovo, which has none. */
  readonly numeric: string | null;
  /** The English name shown to people. */
  readonly name: string;
  /** Every English name the lookup accepts, the shown name first. */
  readonly names: readonly string[];
}

isoCountries.registerLocale(english);

/**
 * Kosovo has no ISO 3166-1 code. `i18n-iso-countries` lists it as XK / XKK / 983; tocsin uses XK / XKX, the
 * user-assigned pair in wide use (the World Bank's data, for one), gives it no numeric code (983 is the package's
 * own choice, not a published one), and still accepts XKK on lookup.
 */
const KOSOVO = { iso2: "XK", iso3: "XKX", formerIso3: "XKK" } as const;

/**
 * Where the shown name differs from the package's first English name. ISO's "Taiwan, Province of China" takes one
 * side of a dispute (domain guide, section 9: neutrality); the dispute-free "Taiwan" is shown, both are accepted.
 */
const SHOWN_NAMES: Record<string, string> = { TWN: "Taiwan" };

/**
 * English names of the same state that the package lacks: short forms, forms UCDP, EWP, the Gleditsch-Ward and
 * COW lists and the World Bank use (including EWP's "Kyrgystan"), and former names of the same state (same GW and
 * COW code). Names of states that no longer exist (USSR, Yugoslavia, Czechoslovakia, the GDR) are not here: they
 * were other states; the crosswalks in gleditsch-ward.ts and correlates-of-war.ts handle their codes.
 */
const MORE_NAMES: Record<string, readonly string[]> = {
  BEN: ["Dahomey"],
  BFA: ["Upper Volta"],
  BLR: ["Byelorussia"],
  BOL: ["Bolivia, Plurinational State of"],
  BRN: ["Brunei"],
  COD: ["DR Congo", "DRC", "Congo-Kinshasa", "Congo (Kinshasa)", "Zaire"],
  COG: ["Congo", "Congo-Brazzaville", "Congo (Brazzaville)"],
  CPV: ["Cabo Verde"],
  FSM: ["Micronesia"],
  IRN: ["Persia"],
  KGZ: ["Kyrgyz Republic", "Kyrgystan"],
  KHM: ["Kampuchea"],
  KOR: ["Korea, South"],
  LAO: ["Laos", "Lao PDR"],
  LKA: ["Ceylon"],
  MDA: ["Moldova", "Republic of Moldova"],
  MDG: ["Malagasy Republic"],
  MKD: ["Macedonia", "Former Yugoslav Republic of Macedonia", "FYR Macedonia", "FYROM"],
  MMR: ["Burma"],
  PRK: [
    "Democratic People's Republic of Korea",
    "Korea, Democratic People's Republic of",
    "DPRK",
    "Korea, North",
  ],
  PSE: ["Palestine, State of", "Occupied Palestinian Territory", "Palestinian Territories"],
  ROU: ["Rumania"],
  SUR: ["Surinam"],
  SWZ: ["Swaziland", "Kingdom of Eswatini"],
  SYR: ["Syria"],
  THA: ["Siam"],
  TLS: ["East Timor"],
  VAT: ["Vatican", "Vatican City", "Holy See"],
  VEN: ["Venezuela, Bolivarian Republic of"],
  VNM: ["Viet Nam", "Socialist Republic of Vietnam", "Democratic Republic of Vietnam"],
  WSM: ["Western Samoa"],
};

function buildCountries(): Country[] {
  const allNames = isoCountries.getNames("en", { select: "all" });
  return Object.entries(isoCountries.getAlpha2Codes()).map(([iso2, packageIso3]) => {
    const isKosovo = iso2 === KOSOVO.iso2;
    const iso3 = isKosovo ? KOSOVO.iso3 : packageIso3;
    const known = allNames[iso2] ?? [];
    const shown = SHOWN_NAMES[iso3] ?? known[0] ?? iso3;
    const names = [...new Set([shown, ...known, ...(MORE_NAMES[iso3] ?? [])])];
    const numeric = isKosovo ? null : (isoCountries.alpha2ToNumeric(iso2) ?? null);
    return { iso3, iso2, numeric, name: shown, names };
  });
}

/** Every country, in the package's order. */
export const COUNTRIES: readonly Country[] = buildCountries();

const byCode = new Map<string, Country>();
for (const country of COUNTRIES) {
  byCode.set(country.iso3, country);
  byCode.set(country.iso2, country);
  if (country.numeric) byCode.set(country.numeric, country);
}
byCode.set(KOSOVO.formerIso3, byCode.get(KOSOVO.iso3) as Country);

/**
 * Name keys to countries. A shown name outranks a tocsin addition, which outranks the package's alternatives:
 * "Congo" is an alternative of both Congos in the package and a tocsin addition for the Republic of the Congo
 * (ISO's short name for CG is "Congo"). Two countries claiming a key at the same rank leave it ambiguous: unmatched.
 */
function buildNameIndex(): Map<string, Country> {
  const claims = new Map<string, { rank: number; countries: Set<Country> }>();
  const claim = (name: string, rank: number, country: Country) => {
    const key = nameKey(name);
    const held = claims.get(key);
    if (!held || rank < held.rank) claims.set(key, { rank, countries: new Set([country]) });
    else if (rank === held.rank) held.countries.add(country);
  };
  for (const country of COUNTRIES) {
    claim(country.name, 0, country);
    for (const name of MORE_NAMES[country.iso3] ?? []) claim(name, 1, country);
    for (const name of country.names) claim(name, 2, country);
  }
  const index = new Map<string, Country>();
  for (const [key, { countries }] of claims) {
    const [only] = countries;
    if (countries.size === 1 && only) index.set(key, only);
  }
  return index;
}

const byName = buildNameIndex();

/** By alpha-3 (also XKK for Kosovo), alpha-2 or numeric code, any case; numbers may drop leading zeros (4, "4"). */
export function countryByCode(code: string | number): Country | undefined {
  const text = String(code).trim().toUpperCase();
  return byCode.get(/^\d{1,3}$/.test(text) ? text.padStart(3, "0") : text);
}

/** By English name or alternative name, ignoring case, accents, punctuation and the readings in `nameVariants`. */
export function countryByName(name: string): Country | undefined {
  for (const variant of nameVariants(name)) {
    const found = byName.get(nameKey(variant));
    if (found) return found;
  }
  return undefined;
}

/** By code if it reads as one, else by name. */
export function findCountry(query: string | number): Country | undefined {
  return countryByCode(query) ?? (typeof query === "string" ? countryByName(query) : undefined);
}
