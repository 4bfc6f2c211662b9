import { countryEntries } from "../../domain/reading/country-entries.ts";
import { Gazetteer } from "../../domain/reading/gazetteer.ts";
import { type KnownNames, NO_KNOWN_NAMES, storeEntries } from "../../domain/reading/known-names.ts";
import { demonymEntries, learnedDemonyms } from "../../domain/reading/nationalities.ts";

let builtIn: Gazetteer | undefined;

/**
 * The gazetteer of a reading: the built-in countries and demonyms plus what the store knows (nothing, for a
 * bare file), with the demonyms learned from the store's actors ("Feltravian").
 */
export function gazetteerFor(known: KnownNames = NO_KNOWN_NAMES): Gazetteer {
  const empty =
    known.actors.length + known.groups.length + known.situations.length + known.places.length === 0;
  if (empty) {
    builtIn ??= new Gazetteer([...countryEntries(), ...demonymEntries()]);
    return builtIn;
  }
  return new Gazetteer([
    ...countryEntries(),
    ...demonymEntries(),
    ...storeEntries(known),
    ...learnedDemonyms(known.actors),
  ]);
}
