import { z } from "zod";

/** Deaths as UCDP records them: low, best and high estimates, never one number pretending certainty. */
export const Fatalities = z
  .object({
    low: z.number().int().min(0).nullable().default(null),
    best: z.number().int().min(0).nullable().default(null),
    high: z.number().int().min(0).nullable().default(null),
  })
  .refine((f) => f.low === null || f.best === null || f.low <= f.best, {
    message: "low must not exceed best",
    path: ["low"],
  })
  .refine((f) => f.best === null || f.high === null || f.best <= f.high, {
    message: "best must not exceed high",
    path: ["high"],
  })
  .refine((f) => f.low === null || f.high === null || f.low <= f.high, {
    message: "low must not exceed high",
    path: ["high"],
  });
export type Fatalities = z.infer<typeof Fatalities>;

export function formatFatalities(f: Fatalities): string {
  const { low, best, high } = f;
  if (low === null && best === null && high === null) return "unknown";
  if (low !== null && high !== null && low !== high)
    return `${low}-${high}${best !== null ? ` (best ${best})` : ""}`;
  return String(best ?? low ?? high);
}
