// Nationalities of perpetrators: "Syrian soldiers", "Feltravian troops", "Sudan's army". A country or demonym
// followed by a word for armed or state forces says whose forces acted; that country is suggested as the
// perpetrators' nationality, and, when the store has exactly the kind of actor the word names for that
// country ("soldiers" -> its army or armed forces, "police" -> its police), that actor too, marked as
// inferred from the nationality. Demonyms come from the built-in table (demonyms.ts) and from the store's
// actors: "Feltravian" is learned from "Feltravian Armed Forces" (country XFT).
import { DEMONYMS, demonymPlural } from "./demonyms.ts";
import type { GazetteerEntry, GazetteerMatch } from "./gazetteer.ts";
import type { EntityMention, NationalityMention } from "./types.ts";

/** Built-in demonym entries of the gazetteer (kind "demonym", country set). */
export function demonymEntries(): GazetteerEntry[] {
  return [...DEMONYMS].map(([iso3, forms]) => ({
    kind: "demonym" as const,
    name: forms[0] as string,
    names: forms.flatMap((f) => [f, demonymPlural(f)].filter((x): x is string => x !== null)),
    id: null,
    country: iso3,
    precision: "country" as const,
    origin: "countries" as const,
  }));
}

const DEMONYM_SHAPE = /^\p{Lu}\p{L}+(?:ian|an|ese|ish|i)$/u;

/** Demonyms of the store's countries that the built-in table lacks, learned from its actors' first words. */
export function learnedDemonyms(
  actors: readonly { name: string; aliases: readonly string[]; country: string | null }[],
): GazetteerEntry[] {
  const known = new Set([...DEMONYMS.values()].flat());
  const found = new Map<string, Set<string>>();
  for (const a of actors) {
    if (!a.country) continue;
    for (const n of [a.name, ...a.aliases]) {
      const first = n.trim().split(/\s+/)[0] ?? "";
      if (!DEMONYM_SHAPE.test(first) || known.has(first) || n.trim() === first) continue;
      const countries = found.get(first) ?? new Set<string>();
      countries.add(a.country);
      found.set(first, countries);
    }
  }
  const out: GazetteerEntry[] = [];
  for (const [form, countries] of found) {
    if (countries.size !== 1) continue;
    const plural = demonymPlural(form);
    out.push({
      kind: "demonym",
      name: form,
      names: plural ? [form, plural] : [form],
      id: null,
      country: [...countries][0] as string,
      precision: "country",
      origin: "store",
    });
  }
  return out;
}

/** Words for forces, and what a store actor's name says when it is that kind of force. */
const FAMILIES: { words: RegExp; actor: RegExp | null }[] = [
  {
    words:
      /^(?:soldiers?|troops|army|forces|military|jets|warplanes|aircraft|drones|artillery|units?|battalions?|brigades?|commanders|servicemen)$/i,
    actor: /\b(?:army|armed forces|military|defen[cs]e forces?)\b/i,
  },
  { words: /^(?:police|policemen|gendarmes|gendarmerie)$/i, actor: /\b(?:police|gendarmerie)\b/i },
  { words: /^(?:militias?|militiamen|paramilitar(?:y|ies))$/i, actor: /\b(?:militia|paramilitar)/i },
  {
    words: /^(?:government|authorities|officials|regime)$/i,
    actor: /\b(?:government|authorities|regime)\b/i,
  },
  { words: /^(?:guards|gunmen|fighters|rebels|officers|agents|navy|air force)$/i, actor: null },
];

/** After a country or demonym: optional "'s", an optional qualifier, then the force word. */
const AFTER =
  /^(?:['\u2019]s)?\s+(?:(?:armed|security|government|special|regular|border|air|naval|state|secret|riot|elite)\s+)?(\p{L}+)/u;

export function findNationalities(
  text: string,
  names: readonly GazetteerMatch[],
  actorsOf: (country: string) => readonly GazetteerEntry[],
): { nationalities: NationalityMention[]; actors: EntityMention[] } {
  const nationalities: NationalityMention[] = [];
  const actors: EntityMention[] = [];
  for (const m of names) {
    if ((m.entry.kind !== "demonym" && m.entry.kind !== "country") || !m.entry.country) continue;
    const after = AFTER.exec(text.slice(m.end));
    const word = after?.[1];
    const family = word ? FAMILIES.find((f) => f.words.test(word)) : undefined;
    if (!after || !family) continue;
    const end = m.end + after[0].length;
    const mention = { start: m.start, end, text: text.slice(m.start, end), country: m.entry.country };
    nationalities.push(mention);
    if (!family.actor) continue;
    const fits = actorsOf(m.entry.country)
      .filter((a) => a.names.some((n) => family.actor?.test(n)))
      .sort((a, b) => a.name.length - b.name.length);
    // The most general fitting actor ("Feltravian Armed Forces" before "5th Highland Brigade, ... Armed Forces").
    const actor = fits[0];
    if (actor?.id) actors.push({ ...mention, id: actor.id, name: actor.name, inferredFrom: "nationality" });
  }
  return { nationalities, actors };
}
