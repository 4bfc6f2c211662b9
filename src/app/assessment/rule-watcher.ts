import { unwatchFile, watchFile } from "node:fs";
import type { RuleFileError } from "../../domain/alerts/rules/rule-file-error.ts";
import type { RuleSet } from "../../domain/alerts/rules/rule-set.ts";
import type { JobQueue } from "../../ports/job-queue.ts";
import { ALL_SITUATIONS, enqueueRecompute } from "./recompute-jobs.ts";
import { type RuleRegistry, rulesFileFromEnv, sharedRuleRegistry } from "./rule-registry.ts";

export interface RuleWatcherOptions {
  /** How often the file is looked at (default 2 s; stat polling also sees editors that replace the file). */
  intervalMs?: number;
  /** Reload on SIGHUP too (default true). */
  sighup?: boolean;
  log?: (line: string) => void;
  /** New rules are in force (a different version or content): e.g. recompute every situation. */
  onReload?: (rules: RuleSet, previous: RuleSet) => void;
  onRefused?: (error: RuleFileError) => void;
}

/**
 * Reloads a deployment's rule file while tocsin serves: when the file changes on disk, or on SIGHUP. A file
 * that does not validate is refused with the file, the rule and the reason, and the rules in force stay.
 */
export class RuleWatcher {
  readonly #onChange = () => void this.reload("the file changed");
  readonly #onHup = () => void this.reload("SIGHUP");

  constructor(
    readonly registry: RuleRegistry,
    readonly options: RuleWatcherOptions = {},
  ) {}

  start(): this {
    watchFile(this.registry.file, { interval: this.options.intervalMs ?? 2000 }, this.#onChange);
    if (this.options.sighup !== false) process.on("SIGHUP", this.#onHup);
    return this;
  }

  stop(): void {
    unwatchFile(this.registry.file, this.#onChange);
    process.off("SIGHUP", this.#onHup);
  }

  /** Reads the file again; returns whether the rules in force changed. */
  reload(why: string): boolean {
    const previous = this.registry.current;
    const r = this.registry.load(this.registry.file);
    const log = this.options.log ?? (() => {});
    if (!r.ok) {
      log(`rules: ${why}: refused ${r.error.message}; the rules in force stay ${previous.ref}`);
      this.options.onRefused?.(r.error);
      return false;
    }
    if (r.rules.sha256 === previous.sha256) return false;
    log(`rules: ${why}: now in force ${this.registry.describe()} (was ${previous.ref})`);
    this.options.onReload?.(r.rules, previous);
    return true;
  }
}

/**
 * Watches the deployment's rule file (TOCSIN_RULES, else the bundled default) for `tocsin serve` and
 * `tocsin worker`; new rules queue a recompute of every situation. Null when the file does not validate
 * at start (the engine refuses it with the reason when first used).
 */
export function watchDeploymentRules(
  env: NodeJS.ProcessEnv,
  jobs: JobQueue | null,
  log: (line: string) => void,
): RuleWatcher | null {
  let registry: RuleRegistry;
  try {
    registry = sharedRuleRegistry(rulesFileFromEnv(env));
  } catch (error) {
    log(`rules: ${(error as Error).message}`);
    return null;
  }
  return new RuleWatcher(registry, {
    log,
    onReload: () => {
      if (jobs)
        void enqueueRecompute(jobs, ALL_SITUATIONS, "tocsin:rules-reload").catch((e) =>
          log(`rules: recompute not queued: ${(e as Error).message}`),
        );
    },
  }).start();
}
