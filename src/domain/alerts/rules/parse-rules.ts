import { createHash } from "node:crypto";
import { canonicalJson } from "../../custody/canonical-json.ts";
import { findIndicator } from "../../stages/catalogue.ts";
import { RuleFileError } from "./rule-file-error.ts";
import { type Condition, type Rule, RuleFile, type RuleSet } from "./rule-set.ts";

/**
 * Validates a rule file's content: its shape (zod), then what a shape cannot say: thresholds in order,
 * unique rule ids, known indicators, references to existing rules and no cycle among them. Throws a
 * RuleFileError naming the file, the rule and the reason.
 */
export function parseRuleSet(raw: unknown, file: string): RuleSet {
  const parsed = RuleFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const ruleIndex = path[0] === "rules" && typeof path[1] === "number" ? path[1] : null;
    const rules = (raw as { rules?: { id?: unknown }[] } | null)?.rules;
    const ruleId = ruleIndex !== null ? String(rules?.[ruleIndex]?.id ?? `#${ruleIndex + 1}`) : null;
    throw new RuleFileError(file, ruleId, `${path.map(String).join(".") || "(file)"}: ${deepest(issue)}`);
  }
  const f = parsed.data;
  const { possible, likely, established } = f.thresholds;
  if (!(possible < likely && likely < established)) {
    throw new RuleFileError(
      file,
      null,
      `thresholds out of order: need possible < likely < established, got ${possible}, ${likely}, ${established}`,
    );
  }
  const ids = new Set<string>();
  for (const r of f.rules) {
    if (ids.has(r.id)) throw new RuleFileError(file, r.id, "duplicate rule id");
    ids.add(r.id);
  }
  for (const r of f.rules) {
    for (const leaf of leaves(r.when)) {
      if ("indicator" in leaf && !findIndicator(leaf.indicator))
        throw new RuleFileError(file, r.id, `unknown indicator ${leaf.indicator}`);
      if ("rule" in leaf && !ids.has(leaf.rule))
        throw new RuleFileError(file, r.id, `refers to unknown rule ${leaf.rule}`);
    }
  }
  const order = topologicalOrder(f.rules, file);
  const sha256 = createHash("sha256").update(canonicalJson(f)).digest("hex");
  return { ...f, ref: `${f.id}@${f.version}`, sha256, order };
}

export function leaves(c: Condition): Condition[] {
  if ("all" in c) return c.all.flatMap(leaves);
  if ("any" in c) return c.any.flatMap(leaves);
  return [c];
}

/** Rules ordered so that each comes after those it refers to; a cycle is refused, naming its path. */
function topologicalOrder(rules: readonly Rule[], file: string): string[] {
  const deps = new Map(
    rules.map((r) => [r.id, leaves(r.when).flatMap((l) => ("rule" in l ? [l.rule] : []))]),
  );
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const cycle = [...path.slice(path.indexOf(id)), id];
      throw new RuleFileError(file, id, `cycle among rules: ${cycle.join(" -> ")}`);
    }
    state.set(id, "visiting");
    for (const d of deps.get(id) ?? []) visit(d, [...path, id]);
    state.set(id, "done");
    order.push(id);
  };
  for (const r of rules) visit(r.id, []);
  return order;
}

function deepest(issue: { message: string; code?: string; errors?: unknown } | undefined): string {
  if (!issue) return "invalid";
  // A union reports "invalid input"; its branches say what was wrong (e.g. an unknown stage).
  const branches = (issue as { errors?: { message: string }[][] }).errors;
  if (issue.code === "invalid_union" && Array.isArray(branches)) {
    const messages = branches.flat().map((e) => e.message);
    const specific = messages.find((m) => m.startsWith("unknown stage"));
    if (specific) return specific;
    return "not a known condition: use stage, anyStage, indicator, all, any or rule";
  }
  return issue.message;
}
