import type { CoreActType } from "../evidence/acts.ts";
import type { ActorKind } from "../evidence/entities.ts";

/**
 * CAMEO event codes of the three roots tocsin reads from GDELT: 18 assault, 19 fight, 20 unconventional mass
 * violence. Labels from the CAMEO Event and Actor Codebook (Schrodt, Penn State Event Data Project, version
 * 1.1b3, March 2012) as GDELT's lookup table CAMEO.eventcodes.txt gives them. Several public copies mislabel
 * root 20 (a "2042 Use chemical weapons" and invented 2043-2045, for one): 2041 is chemical, biological or
 * radiological weapons and 2042 nuclear weapons; there is no 2043.
 *
 * The act is what the code says happened and no more: GDELT has no fatality figures, so only codes that name a
 * killing (1823, 186, 202) are killings; the others keep their CAMEO label in the act description.
 */
export interface CameoCode {
  readonly label: string;
  readonly act: CoreActType;
}

export const CAMEO_ROOTS = {
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
} as const;
export type CameoRoot = keyof typeof CAMEO_ROOTS;

export const CAMEO_CODES: Readonly<Record<string, CameoCode>> = {
  "180": { label: "Use unconventional violence, not specified below", act: "other" },
  "181": { label: "Abduct, hijack, or take hostage", act: "disappearance" },
  "182": { label: "Physically assault, not specified below", act: "other" },
  "1821": { label: "Sexually assault", act: "sexual-violence" },
  "1822": { label: "Torture", act: "torture" },
  "1823": { label: "Kill by physical assault", act: "killing" },
  "183": { label: "Conduct suicide, car, or other non-military bombing, not specified below", act: "other" },
  "1831": { label: "Carry out suicide bombing", act: "other" },
  "1832": { label: "Carry out vehicular bombing", act: "other" },
  "1833": { label: "Carry out roadside bombing", act: "other" },
  "1834": { label: "Carry out location bombing", act: "other" },
  "184": { label: "Use as human shield", act: "other" },
  "185": { label: "Attempt to assassinate", act: "other" },
  "186": { label: "Assassinate", act: "killing" },
  "190": { label: "Use conventional military force, not specified below", act: "battle" },
  "191": { label: "Impose blockade, restrict movement", act: "battle" },
  "192": { label: "Occupy territory", act: "battle" },
  "193": { label: "Fight with small arms and light weapons", act: "battle" },
  "194": { label: "Fight with artillery and tanks", act: "battle" },
  "195": { label: "Employ aerial weapons, not specified below", act: "battle" },
  "1951": { label: "Employ precision-guided aerial munitions", act: "battle" },
  "1952": { label: "Employ remotely piloted aerial munitions", act: "battle" },
  "196": { label: "Violate ceasefire", act: "battle" },
  "200": { label: "Use unconventional mass violence, not specified below", act: "other" },
  "201": { label: "Engage in mass expulsion", act: "forced-displacement" },
  "202": { label: "Engage in mass killings", act: "massacre" },
  "203": { label: "Engage in ethnic cleansing", act: "forced-displacement" },
  "204": { label: "Use weapons of mass destruction, not specified below", act: "other" },
  "2041": { label: "Use chemical, biological, or radiological weapons", act: "other" },
  "2042": { label: "Detonate nuclear weapons", act: "other" },
};

/** CAMEO actor roles (the Type1Code of an actor) that say what kind of actor it is; others are "other". */
const ROLE_KINDS: Readonly<Record<string, ActorKind>> = {
  MIL: "state-forces",
  COP: "state-forces",
  SPY: "state-forces",
  GOV: "government",
  JUD: "government",
  LEG: "government",
  REB: "armed-group",
  INS: "armed-group",
  SEP: "armed-group",
  UAF: "militia",
};

export function actorKindOfRole(role: string | null): ActorKind {
  return (role && ROLE_KINDS[role.toUpperCase()]) || "other";
}
