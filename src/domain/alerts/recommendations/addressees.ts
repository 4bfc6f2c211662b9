import { z } from "zod";

/**
 * Who a recommendation is addressed to (domain.md section 3: "numbered recommendations addressed to actors").
 * The keys are stable (stored in alerts); the labels are what readers see.
 */
export const ADDRESSEES = {
  "un-security-council": "UN Security Council",
  "un-secretary-general": "UN Secretary-General",
  "un-general-assembly": "UN General Assembly",
  "un-human-rights-council": "UN Human Rights Council and its mechanisms",
  "regional-organisations": "Regional organisations",
  government: "The government of the country concerned",
  "armed-groups": "All parties to the conflict and armed groups",
  states: "Member states",
  platforms: "Social-media and technology platforms",
  "humanitarian-agencies": "Humanitarian agencies and donors",
  courts: "International and national courts and prosecutors",
  "civil-society": "Civil society, media and human-rights defenders",
} as const;

export type Addressee = keyof typeof ADDRESSEES;
export const ADDRESSEE_KEYS = Object.keys(ADDRESSEES) as [Addressee, ...Addressee[]];
export const Addressee = z.enum(ADDRESSEE_KEYS);

export function addresseeLabel(a: Addressee): string {
  return ADDRESSEES[a];
}
