import { createRequire } from "node:module";
import { type CountriesTopology, type CountryShape, shapesByIso3 } from "./shapes.ts";

/**
 * Loads world-atlas's countries files in Node. Through `require` rather than `import ... with { type: "json" }`:
 * an imported JSON file gets a type inferred from every coordinate, which doubled the type checker's work for
 * this folder; a browser bundle imports the JSON itself and hands it to shapes.ts.
 */
const require = createRequire(import.meta.url);

/** 110m: 177 shapes, about 100 KB, the world map's default; 50m: 241 shapes, about 750 KB. */
export type AtlasScale = "110m" | "50m";

const loaded = new Map<AtlasScale, CountriesTopology>();

export function loadCountriesTopology(scale: AtlasScale = "110m"): CountriesTopology {
  let topology = loaded.get(scale);
  if (!topology) {
    topology = require(`world-atlas/countries-${scale}.json`) as CountriesTopology;
    loaded.set(scale, topology);
  }
  return topology;
}

/** ISO alpha-3 code to its shapes (feature ids) on the 1:110m world map; see shapesByIso3. */
export function worldShapesByIso3(scale: AtlasScale = "110m"): Map<string, CountryShape[]> {
  return shapesByIso3(loadCountriesTopology(scale));
}
