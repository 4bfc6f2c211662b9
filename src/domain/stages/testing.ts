// Builders shared by the assessment tests (not used by production code).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRuleSet } from "../alerts/rules/parse-rules.ts";
import type { RuleSet } from "../alerts/rules/rule-set.ts";
import type { Reliability } from "../evidence/grades.ts";
import { type Assessment, assess } from "./assessment.ts";
import type { Override } from "./override.ts";
import type { EvidenceItem } from "./scoring/evidence.ts";
import { tallyItems } from "./scoring/tally.ts";

const FILES = join(dirname(fileURLToPath(import.meta.url)), "../alerts/rules/files");

export function bundledRules(name: "tocsin-default" | "persecution-emergency" = "tocsin-default"): RuleSet {
  const file = join(FILES, `${name}.rules.json`);
  return parseRuleSet(JSON.parse(readFileSync(file, "utf8")), file);
}

let counter = 0;

/** One piece of evidence; `grades` like ["A1", "B2"] with one source per grade unless `sources` names them. */
export function item(
  indicatorId: string,
  date: string,
  grades: string[],
  options: {
    kind?: "event" | "claim";
    contested?: boolean;
    toll?: EvidenceItem["toll"];
    sources?: string[];
    id?: string;
  } = {},
): EvidenceItem {
  counter += 1;
  const id = options.id ?? `item-${counter}`;
  return {
    kind: options.kind ?? "event",
    id,
    indicatorId,
    date,
    contested: options.contested ?? false,
    toll: options.toll ?? null,
    attributions: grades.map((g, i) => ({
      claimId: `${id}-c${i}`,
      sourceId: options.sources?.[i] ?? `${id}-src${i}`,
      reliability: g[0] as Reliability,
      credibility: Number(g.slice(1)),
    })),
  };
}

export function run(
  items: readonly EvidenceItem[],
  asOf: string,
  rules: RuleSet = bundledRules(),
  overrides: Override[] = [],
): Assessment {
  const { tallies, unknown } = tallyItems(items, asOf);
  return assess({
    situationId: "sit-1",
    cutoff: { asOf, knowledge: "recorded", clearance: "confidential" },
    tallies,
    rules,
    overrides,
    unknownIndicators: unknown.length ? [{ id: unknown[0]?.indicatorId ?? "", items: unknown.length }] : [],
  });
}

export function stageLevel(a: Assessment, n: number): string {
  return a.stages[n - 1]?.level ?? "?";
}
