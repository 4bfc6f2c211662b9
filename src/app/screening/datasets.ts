// Readers for the labelled screening corpora in ../shared/data/text (never copied into the repository).
// Every corpus is mapped to the same three labels. Davidson and MLMA have no official split: a fixed hash of
// the row number puts 80% in train, 10% in validation and 10% in test, the same on every machine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { ScreenLabel } from "../../domain/screening/labels.ts";

export type Split = "train" | "val" | "test";
export type Corpus = "hatexplain" | "davidson" | "mlma-en" | "mlma-fr" | "mlma-ar";

export interface Example {
  corpus: Corpus;
  split: Split;
  text: string;
  label: ScreenLabel;
}

function hashSplit(corpus: string, row: number): Split {
  // FNV-1a over "corpus:row": stable across runs and machines.
  let h = 0x811c9dc5;
  const key = `${corpus}:${row}`;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const bucket = (h >>> 0) % 10;
  return bucket === 0 ? "test" : bucket === 1 ? "val" : "train";
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true });
}

/** HateXplain, official split by post id; "undecided" (category 3) dropped, as the official evaluation does. */
export function readHateXplain(dataDir: string): Example[] {
  const dir = join(dataDir, "text/hatexplain");
  const divisions = JSON.parse(readFileSync(join(dir, "post_id_divisions.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const splitOf = new Map<string, Split>();
  for (const s of ["train", "val", "test"] as const) for (const id of divisions[s] ?? []) splitOf.set(id, s);
  const out: Example[] = [];
  for (const row of readCsv(join(dir, "092-HateXplain.csv"))) {
    const split = splitOf.get(row[""] ?? "");
    const label = { "0": "neither", "1": "hateful", "2": "offensive" }[row.category ?? ""] as
      | ScreenLabel
      | undefined;
    if (!split || !label) continue;
    out.push({ corpus: "hatexplain", split, text: row.text ?? "", label });
  }
  return out;
}

/** Davidson et al. 2017: class 0 hate speech, 1 offensive, 2 neither. */
export function readDavidson(dataDir: string): Example[] {
  const rows = readCsv(join(dataDir, "text/davidson/labeled_data.csv"));
  return rows.map((row, i) => ({
    corpus: "davidson" as const,
    split: hashSplit("davidson", i),
    text: row.tweet ?? "",
    label: (["hateful", "offensive", "neither"] as const)[Number(row.class)] ?? "neither",
  }));
}

/**
 * MLMA (Ousidhoum et al. 2019): multi-label hostility type. Any "hateful" -> hateful; "normal" alone ->
 * neither; anything else (offensive, abusive, disrespectful, fearful, mixed with normal) -> offensive.
 */
export function mlmaLabel(sentiment: string): ScreenLabel {
  const parts = sentiment.split("_");
  if (parts.includes("hateful")) return "hateful";
  if (parts.length === 1 && parts[0] === "normal") return "neither";
  return "offensive";
}

export function readMlma(dataDir: string, lang: "en" | "fr" | "ar"): Example[] {
  const corpus = `mlma-${lang}` as Corpus;
  const rows = readCsv(join(dataDir, `text/mlma/hate_speech_mlma/${lang}_dataset.csv`));
  return rows.map((row, i) => ({
    corpus,
    split: hashSplit(corpus, i),
    text: row.tweet ?? "",
    label: mlmaLabel(row.sentiment ?? ""),
  }));
}

export function readAll(dataDir: string): Example[] {
  return [
    ...readHateXplain(dataDir),
    ...readDavidson(dataDir),
    ...readMlma(dataDir, "en"),
    ...readMlma(dataDir, "fr"),
    ...readMlma(dataDir, "ar"),
  ];
}
