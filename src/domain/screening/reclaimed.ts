// Reclaimed terms: slurs that a targeted group uses of itself ("we queers", "as a dyke", "my nigga"). Used
// in-group they are not hate speech, and a classifier trained on posts that use them as slurs over-fires on
// them. A reclaimable term right after an in-group marker lowers the classifier's hateful probability.
// English only for now; other languages' reclaimed terms are left to a reviewer who knows them.
import { isWordUnit } from "./char-fold.ts";

const RECLAIMABLE = new Set([
  "queer",
  "queers",
  "dyke",
  "dykes",
  "fag",
  "fags",
  "nigga",
  "niggas",
  "homo",
  "homos",
]);
/** Single-token markers that name the speaker as a member: "we", "us", "our", "my", "proud", "fellow". */
const MARKER = new Set(["we", "us", "our", "my", "proud", "fellow", "im"]);
/** Two-token markers: "as a", "i'm a", "i am". */
const MARKER_PAIRS = new Set(["as a", "im a", "am a", "a proud", "us proud"]);

function tokens(folded: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isWordUnit(c)) cur += folded[i];
    else if (c !== 39 && cur) {
      // apostrophes are dropped inside words: "i'm" -> "im"
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** True when a reclaimable term is used with an in-group marker just before it (folded text). */
export function hasReclaimedUse(folded: string): boolean {
  const t = tokens(folded);
  for (let i = 0; i < t.length; i++) {
    if (!RECLAIMABLE.has(t[i] ?? "")) continue;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      if (MARKER.has(t[i - back] ?? "")) return true;
      if (i - back - 1 >= 0 && MARKER_PAIRS.has(`${t[i - back - 1]} ${t[i - back]}`)) return true;
    }
  }
  return false;
}
