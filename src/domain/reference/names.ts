/**
 * Matching keys for place names as datasets spell them: "Côte d’Ivoire" and "Cote D'Ivoire", "St. Kitts & Nevis"
 * and "Saint Kitts and Nevis", "Bosnia-Herzegovina" and "Bosnia and Herzegovina" all give the same key.
 */

/** Words that carry no meaning for matching: "Republic of the Congo" = "Republic of Congo". */
const DROPPED_WORDS = new Set(["the", "and", "of"]);

/** Abbreviations that data sources use in country names (World Bank "Congo, Dem. Rep.", "St. Lucia"). */
const EXPANSIONS: Record<string, string> = { st: "saint", rep: "republic", dem: "democratic", is: "islands" };

/** Lower case, no accents, no punctuation, abbreviations expanded, filler words dropped. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((word) => word !== "" && !DROPPED_WORDS.has(word))
    .map((word) => EXPANSIONS[word] ?? word)
    .join(" ");
}

/**
 * The readings of one name worth looking up, most literal first: the name itself; with a parenthesis removed
 * and the parenthesis alone ("Myanmar (Burma)", UCDP's style); each side of a slash ("Burma/Myanmar", EWP's);
 * an inverted "Korea, Republic of" as "Republic of Korea".
 */
export function nameVariants(name: string): string[] {
  const variants = [name];
  const paren = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(name);
  if (paren) {
    const [, before = "", inside = "", after = ""] = paren;
    variants.push(`${before} ${after}`.trim(), inside.trim());
  }
  for (const variant of [...variants]) {
    if (variant.includes("/")) variants.push(...variant.split("/").map((part) => part.trim()));
  }
  for (const variant of [...variants]) {
    const comma = /^([^,]+),\s*([^,]+)$/.exec(variant);
    if (comma) variants.push(`${comma[2]} ${comma[1]}`);
  }
  return [...new Set(variants.filter((variant) => variant !== ""))];
}
