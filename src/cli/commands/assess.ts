/**
 * `tocsin assess`, `tocsin diff`, `tocsin replay`, `tocsin override`: the assessment engine on the command
 * line. Register with `registerAssessCommands(program, cli)`.
 */
import type { Command } from "commander";
import { openAssessment } from "../../adapters/db/assessment/open-assessment.ts";
import type { AssessmentService } from "../../app/assessment/assessment.service.ts";
import type { AppContext } from "../../bootstrap.ts";
import { RuleFileError } from "../../domain/alerts/rules/rule-file-error.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { Assessment } from "../../domain/stages/assessment.ts";
import { explanationText } from "../../domain/stages/explanation-text.ts";
import type { Cli } from "../cli.ts";
import { CliError } from "../errors.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

interface AssessFlags extends StoreFlags {
  asOf?: string;
  knowledge?: "recorded" | "dated";
  explain?: boolean;
  store?: boolean;
  rules?: string;
}

const LEVEL = { none: "None", watch: "Watch", warning: "Warning", emergency: "Emergency" } as const;

export function registerAssessCommands(program: Command, cli: Cli): void {
  const common = (c: Command) =>
    storeOptions(c)
      .option(
        "--as-of <date>",
        "as of this date, YYYY-MM-DD (default today): only evidence known then counts",
      )
      .option(
        "--knowledge <mode>",
        "recorded (default: what tocsin had recorded by then) or dated (evidence dated by then)",
      )
      .option("--rules <file>", "a rule file (default: env TOCSIN_RULES, else the bundled tocsin-default)");

  common(
    program
      .command("assess [situation]")
      .description(
        "assess one situation (id or name) or, without one, every situation: Ten Stages profile, alert level, rule version",
      ),
  )
    .option("--explain", "the chain level -> rules -> stages -> indicators -> evidence -> sources")
    .option("--store", "store the assessment as a snapshot (always done when assessing every situation)")
    .action(
      cli.action(async (situation: string | undefined, flags: AssessFlags) =>
        withEngine(cli, flags, "assess", async (engine, app, caller) => {
          const opts = { asOf: flags.asOf, knowledge: checkKnowledge(flags.knowledge) };
          if (!situation) {
            const r = await engine.recomputeAll(opts, caller);
            if (flags.json) {
              printJson(cli.io, { asOf: r.asOf, situations: r.results.map((x) => summary(x.result)) });
              return EXIT.ok;
            }
            say(
              cli.io,
              `assess: ${r.situations} situation(s) as of ${r.asOf} (rules ${engine.rules.describe()})`,
            );
            const names = await situationNames(app, caller);
            for (const { result } of r.results) say(cli.io, line(result, names.get(result.situationId)));
            return EXIT.ok;
          }
          const id = await resolveSituation(app, caller, situation);
          if (flags.explain) {
            const x = await engine.explanation(id, { ...opts, fresh: true }, caller);
            if (flags.json) printJson(cli.io, x.explanation);
            else say(cli.io, explanationText(x.explanation));
            if (flags.store) await engine.snapshot(id, opts, caller);
            return EXIT.ok;
          }
          const result = flags.store
            ? (await engine.snapshot(id, opts, caller)).result
            : await engine.compute(id, opts, caller);
          if (flags.json) printJson(cli.io, result);
          else say(cli.io, line(result, situation), ...stageLines(result));
          return EXIT.ok;
        }),
      ),
    );

  storeOptions(
    program
      .command("diff <situation> <from> <to>")
      .description(
        "what moved between two assessments of a situation (each an assessment id or an as-of date)",
      ),
  )
    .option("--rules <file>", "a rule file (default: env TOCSIN_RULES, else the bundled tocsin-default)")
    .action(
      cli.action(async (situation: string, from: string, to: string, flags: AssessFlags) =>
        withEngine(cli, flags, "diff", async (engine, app, caller) => {
          const d = await engine.diff(await resolveSituation(app, caller, situation), from, to, caller);
          if (flags.json) {
            printJson(cli.io, d);
            return EXIT.ok;
          }
          say(
            cli.io,
            `level: ${LEVEL[d.from.level]} (${d.from.asOf}) -> ${LEVEL[d.to.level]} (${d.to.asOf})`,
          );
          if (d.rulesVersionChanged) say(cli.io, `rules: ${d.from.rules} -> ${d.to.rules}`);
          for (const r of d.rulesNowFiring) say(cli.io, `  now firing: ${r}`);
          for (const r of d.rulesNoLongerFiring) say(cli.io, `  no longer firing: ${r}`);
          for (const s of d.stages)
            say(cli.io, `  stage ${s.stage}: ${s.from} -> ${s.to} (score ${signed(s.scoreDelta)})`);
          for (const i of d.indicators)
            say(
              cli.io,
              `    ${i.id}: ${i.from} -> ${i.to} (mass ${signed(i.massDelta)}, items ${signed(i.itemsDelta)})`,
            );
          for (const e of d.evidenceIn)
            say(cli.io, `    + ${e.kind} ${e.id} ${e.date} for ${e.indicator} (${e.mass})`);
          for (const e of d.evidenceOut)
            say(cli.io, `    - ${e.kind} ${e.id} ${e.date} for ${e.indicator} (${e.mass})`);
          return EXIT.ok;
        }),
      ),
    );

  storeOptions(
    program
      .command("replay [situation]")
      .description(
        "recompute month by month over the evidence; when each level was first reached; lead time to an onset",
      ),
  )
    .option("--from <date>", "first month (default: the situation's first evidence)")
    .option("--to <date>", "last day (default today)")
    .option("--onset <date>", "a known onset of mass killing: report the lead time of the first Warning")
    .option("--knowledge <mode>", "dated (default: by the dates of the evidence) or recorded")
    .option("--rules <file>", "a rule file (default: env TOCSIN_RULES, else the bundled tocsin-default)")
    .action(
      cli.action(
        async (
          situation: string | undefined,
          flags: AssessFlags & { from?: string; to?: string; onset?: string },
        ) =>
          withEngine(cli, flags, "replay", async (engine, app, caller) => {
            const ids = situation
              ? [await resolveSituation(app, caller, situation)]
              : await engine.situationIds(caller);
            const names = await situationNames(app, caller);
            const opts = {
              from: flags.from,
              to: flags.to,
              onset: flags.onset,
              knowledge: checkKnowledge(flags.knowledge) ?? "dated",
            };
            const results = [];
            for (const id of ids) results.push(await engine.replay(id, opts, caller));
            if (flags.json) {
              printJson(cli.io, situation ? results[0] : results);
              return EXIT.ok;
            }
            for (const r of results) {
              say(
                cli.io,
                `${names.get(r.situationId) ?? r.situationId} (rules ${r.rules}, ${r.knowledge} knowledge)`,
              );
              for (const m of r.months)
                say(cli.io, `  ${m.asOf}  ${LEVEL[m.level].padEnd(9)} stages ${activeStages(m.stages)}`);
              const first = (["watch", "warning", "emergency"] as const).map(
                (l) => `${LEVEL[l]} ${r.firstReached[l] ?? "never"}`,
              );
              say(cli.io, `  first reached: ${first.join(", ")}`);
              if (r.onset)
                say(
                  cli.io,
                  `  onset ${r.onset}: lead time ${r.leadTimeMonths === null ? "none (never reached Warning)" : `${r.leadTimeMonths} month(s)`}`,
                );
            }
            return EXIT.ok;
          }),
      ),
    );

  storeOptions(
    program
      .command("override <situation> <target> <value>")
      .description(
        'propose an override of a stage ("stage:8") or the level ("level") with a written reason; it is ' +
          "pending until someone else approves it: `override <situation> approve <id>` (or `reject <id> " +
          "--reason`) as another TOCSIN_ACTOR (two-person rule)",
      ),
  )
    .option("--reason <text>", "why (at least 10 characters): recorded in the custody log")
    .action(
      cli.action(
        async (situation: string, target: string, value: string, flags: StoreFlags & { reason?: string }) =>
          withEngine(cli, flags, "override", async (engine, app, caller) => {
            const id = await resolveSituation(app, caller, situation);
            const o =
              target === "approve"
                ? await engine.approveOverride(id, value, caller, flags.reason)
                : target === "reject"
                  ? await engine.rejectOverride(id, value, flags.reason ?? "", caller)
                  : await engine.override(id, { target, value, reason: flags.reason ?? "" }, caller);
            if (flags.json) printJson(cli.io, o);
            else if (o.status === "pending")
              say(
                cli.io,
                `override ${o.id}: ${o.target} = ${o.value} proposed by ${o.actor}; pending until someone else approves it`,
              );
            else say(cli.io, `override ${o.id}: ${o.target} = ${o.value} ${o.status} by ${o.decidedBy}`);
            return EXIT.ok;
          }),
      ),
    );
}

async function withEngine(
  cli: Cli,
  flags: AssessFlags,
  verb: string,
  fn: (engine: AssessmentService, app: AppContext, caller: Caller) => Promise<number>,
): Promise<number> {
  const config = configFor(cli.io, flags);
  const caller: Caller = { actor: config.actor, clearance: config.clearance };
  return withStore(
    config,
    verb,
    async (app) => {
      let engine: AssessmentService;
      try {
        engine = openAssessment(app, { rulesFile: flags.rules, env: cli.io.env });
      } catch (error) {
        if (error instanceof RuleFileError)
          throw new CliError(
            error.message,
            "fix the rule file, or unset TOCSIN_RULES / --rules to use the bundled rules",
            EXIT.usage,
            "invalid-rules",
          );
        throw error;
      }
      return fn(engine, app, caller);
    },
    { mustExist: true },
  );
}

function checkKnowledge(k: string | undefined): "recorded" | "dated" | undefined {
  if (k === undefined || k === "recorded" || k === "dated") return k;
  throw new CliError(
    `--knowledge: expected recorded or dated, got "${k}"`,
    "see tocsin assess --help",
    EXIT.usage,
    "usage",
  );
}

async function situationNames(app: AppContext, caller: Caller): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string; name: string }[]; nextCursor: string | null } = await app.store.list(
      "situation",
      { clearance: caller.clearance, limit: 500, cursor },
    );
    for (const s of page.items) names.set(s.id, s.name);
    cursor = page.nextCursor;
  } while (cursor);
  return names;
}

/** A situation by id, or by its name (case-insensitive, unique). */
async function resolveSituation(app: AppContext, caller: Caller, ref: string): Promise<string> {
  const names = await situationNames(app, caller);
  if (names.has(ref)) return ref;
  const matches = [...names].filter(([, n]) => n.toLowerCase() === ref.toLowerCase());
  if (matches.length === 1) return matches[0]?.[0] as string;
  throw new CliError(
    matches.length ? `"${ref}" names ${matches.length} situations` : `no situation with id or name "${ref}"`,
    "give the situation's id (tocsin assess lists every situation)",
    EXIT.failed,
    "not-found",
  );
}

function summary(a: Assessment) {
  return {
    situationId: a.situationId,
    asOf: a.asOf,
    level: a.level,
    computedLevel: a.computedLevel,
    rules: a.method.rules,
    stages: a.stages.map((s) => s.level),
    concerns: a.concerns.map((c) => c.id),
  };
}

function line(a: Assessment, name: string | undefined): string {
  const over = a.levelOverride ? ` (override; computed ${LEVEL[a.computedLevel]})` : "";
  const concerns = a.concerns.length ? `  concerns: ${a.concerns.map((c) => c.id).join(", ")}` : "";
  return `${LEVEL[a.level].padEnd(9)} ${name ?? a.situationId}${over}  stages ${activeStages(a.stages.map((s) => s.level))}${concerns}`;
}

function stageLines(a: Assessment): string[] {
  const out = [`  as of ${a.asOf}, rules ${a.method.rules} (${a.method.reading}), ${a.method.catalogue}`];
  for (const s of a.stages)
    if (s.items > 0 || s.override)
      out.push(
        `  ${String(s.stage).padStart(2)} ${s.name.padEnd(15)} ${s.level.padEnd(11)} score ${s.score}${s.cappedBy ? ` (held down: ${s.cappedBy})` : ""}`,
      );
  if (a.nextChange)
    out.push(
      `  next: ${a.nextChange.id} -> ${LEVEL[a.nextChange.level]} (${a.nextChange.distance} unit(s) away)`,
    );
  return out;
}

function activeStages(levels: string[]): string {
  const active = levels.flatMap((l, i) =>
    l === "absent" ? [] : [`${i + 1}${l === "established" ? "!" : l === "likely" ? "" : "?"}`],
  );
  return active.length ? active.join(" ") : "-";
}

function signed(x: number): string {
  return x > 0 ? `+${x}` : String(x);
}
