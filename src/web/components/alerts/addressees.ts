/**
 * Who a recommendation is addressed to: a copy of the labels in src/domain/alerts/recommendations/
 * addressees.ts (the web app does not bundle the server's zod schemas). When the recommendation library
 * endpoint answers, its `addressees` win; this copy is the fallback.
 */
export const ADDRESSEE_LABELS: Record<string, string> = {
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
};

export function addresseeLabel(key: string, labels: Record<string, string> = ADDRESSEE_LABELS): string {
  return labels[key] ?? ADDRESSEE_LABELS[key] ?? key;
}
