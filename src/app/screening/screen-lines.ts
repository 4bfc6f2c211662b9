// Screens a stream of posts, one per line (plain text, or JSON Lines with "text" and optional "id"), yielding
// one result per post in input order. The output contract is that of `tocsin screen --json` (issue 6):
// offsets are in Unicode code points of the post's text, so that any language's string indexing agrees.
import type { Readable } from "node:stream";
import type { ScreenLabel } from "../../domain/screening/labels.ts";
import { type Classifier, screenPost } from "../../domain/screening/screen-post.ts";
import { type Line, readLines } from "./line-reader.ts";

export type InputFormat = "auto" | "text" | "jsonl";

export interface ScreenedFinding {
  stage: number;
  kind: string;
  match: string;
  start: number;
  end: number;
  score: number;
  ref: string;
}

export interface ScreenedLine {
  id: string | number;
  label: ScreenLabel;
  score: number;
  findings: ScreenedFinding[];
  /** Present when the line was altered or unreadable: "invalid-utf8", "truncated", "invalid-json", "no-text". */
  problems?: string[];
}

/** UTF-16 offset -> code point offset; one pass over the text however many offsets are asked for. */
function codePointOffsets(text: string, offsets: number[]): Map<number, number> {
  const out = new Map<number, number>();
  const sorted = [...new Set(offsets)].sort((x, y) => x - y);
  if (!/[\ud800-\udfff]/.test(text)) {
    for (const o of sorted) out.set(o, o);
    return out;
  }
  let cp = 0;
  let i = 0;
  for (const o of sorted) {
    while (i < o && i < text.length) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      cp++;
    }
    out.set(o, cp);
  }
  return out;
}

function result(id: string | number, text: string, classifier: Classifier, problems: string[]): ScreenedLine {
  const base = { id, label: "neither" as ScreenLabel, score: 0, findings: [] as ScreenedFinding[] };
  const out: ScreenedLine =
    text.trim().length === 0
      ? base
      : (() => {
          const r = screenPost(text, classifier);
          const map = codePointOffsets(
            text,
            r.findings.flatMap((f) => [f.start, f.end]),
          );
          const cp = (i: number) => map.get(i) ?? i;
          return {
            id,
            label: r.label,
            score: r.score,
            findings: r.findings.map((f) => ({
              stage: f.stage,
              kind: f.kind,
              match: f.match,
              start: cp(f.start),
              end: cp(f.end),
              score: Math.round(f.score * 10000) / 10000,
              ref: f.ref,
            })),
          };
        })();
  if (problems.length > 0) out.problems = problems;
  return out;
}

function parseJsonLine(line: Line): { id: string | number; text: string; problems: string[] } {
  const problems = [...line.problems];
  try {
    const v: unknown = JSON.parse(line.text);
    if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
    const o = v as Record<string, unknown>;
    const id = typeof o.id === "string" || typeof o.id === "number" ? o.id : line.number;
    if (typeof o.text !== "string") return { id, text: "", problems: [...problems, "no-text"] };
    return { id, text: o.text, problems };
  } catch {
    return { id: line.number, text: "", problems: [...problems, "invalid-json"] };
  }
}

function looksLikeJsonLine(text: string): boolean {
  if (!text.trimStart().startsWith("{")) return false;
  try {
    const v = JSON.parse(text) as unknown;
    return v !== null && typeof v === "object" && typeof (v as { text?: unknown }).text === "string";
  } catch {
    return false;
  }
}

export async function* screenLines(
  input: Readable,
  classifier: Classifier,
  format: InputFormat = "auto",
): AsyncGenerator<ScreenedLine> {
  let mode: "text" | "jsonl" | undefined = format === "auto" ? undefined : format;
  const held: Line[] = [];
  for await (const line of readLines(input)) {
    if (mode === undefined) {
      if (line.text.trim().length === 0) {
        held.push(line);
        continue;
      }
      mode = looksLikeJsonLine(line.text) ? "jsonl" : "text";
      if (mode === "text") for (const h of held) yield result(h.number, h.text, classifier, h.problems);
      held.length = 0;
    }
    if (mode === "jsonl") {
      if (line.text.trim().length === 0) continue;
      const j = parseJsonLine(line);
      yield result(j.id, j.text, classifier, j.problems);
    } else yield result(line.number, line.text, classifier, line.problems);
  }
  // Only blank lines: plain text.
  for (const h of held) yield result(h.number, h.text, classifier, h.problems);
}
