/**
 * Who collected each document: confidential (it can identify a field researcher), so these values must never
 * appear in published output. Invented people; the tests look for these exact strings in redacted output.
 */
export const COLLECTORS = {
  desk: "Davin Orlecq, desk analyst (fictional)",
  mission: "Imra Soleth, mission information officer (fictional)",
  field: "Field researcher HERON-2 (fictional)",
} as const;
