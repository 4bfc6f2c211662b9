import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRuleSet } from "../../domain/alerts/rules/parse-rules.ts";
import { RuleFileError } from "../../domain/alerts/rules/rule-file-error.ts";
import type { RuleSet } from "../../domain/alerts/rules/rule-set.ts";

/** The rule files that ship with tocsin. */
export const BUNDLED_RULES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../domain/alerts/rules/files",
);
export const DEFAULT_RULES_FILE = join(BUNDLED_RULES_DIR, "tocsin-default.rules.json");
export const BUNDLED_RULE_FILES = {
  default: DEFAULT_RULES_FILE,
  "persecution-emergency": join(BUNDLED_RULES_DIR, "persecution-emergency.rules.json"),
} as const;

/** Reads and validates a rule file; a file that cannot be read or parsed is refused like an invalid one. */
export function readRuleFile(path: string): RuleSet {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new RuleFileError(
      path,
      null,
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RuleFileError(path, null, `not valid JSON: ${(error as Error).message}`);
  }
  return parseRuleSet(raw, path);
}

/**
 * The rules in force for this deployment. A new file replaces them only when it validates: a file that
 * does not is refused with the file, the rule and the reason, and the previous rules stay in force.
 */
export class RuleRegistry {
  #current: RuleSet;
  #file: string;

  constructor(file = DEFAULT_RULES_FILE) {
    this.#current = readRuleFile(file);
    this.#file = file;
  }

  get current(): RuleSet {
    return this.#current;
  }

  get file(): string {
    return this.#file;
  }

  /** Loads `file`; on failure keeps the rules in force and returns the refusal. */
  load(file: string): { ok: true; rules: RuleSet } | { ok: false; error: RuleFileError } {
    try {
      const rules = readRuleFile(file);
      this.#current = rules;
      this.#file = file;
      return { ok: true, rules };
    } catch (error) {
      if (error instanceof RuleFileError) return { ok: false, error };
      throw error;
    }
  }

  describe(): string {
    return `${this.#current.ref} (${basename(this.#file)}, reading: ${this.#current.reading.id})`;
  }
}

const shared = new Map<string, RuleRegistry>();

/**
 * One registry per rule file in a process: every engine opened on the same file (the API's routes, the
 * map, the alerts, the worker) shares it, so a reload (RuleWatcher) changes the rules for all of them.
 */
export function sharedRuleRegistry(file: string): RuleRegistry {
  let r = shared.get(file);
  if (!r) {
    r = new RuleRegistry(file);
    shared.set(file, r);
  }
  return r;
}

/** The rule file a deployment chose: TOCSIN_RULES (a path), else the bundled default. */
export function rulesFileFromEnv(env: NodeJS.ProcessEnv): string {
  const v = env.TOCSIN_RULES?.trim();
  if (!v) return DEFAULT_RULES_FILE;
  return (BUNDLED_RULE_FILES as Record<string, string>)[v] ?? v;
}
