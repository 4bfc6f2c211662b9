import { franc } from "franc-min";

/**
 * The language of a text as ISO 639-3 ("eng", "fra"), or "und" when the text is too short or unclear.
 * franc-min knows the 82 languages with at least 8 million speakers.
 */
export function identifyLanguage(text: string): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  return franc(sample, { minLength: 60 });
}
