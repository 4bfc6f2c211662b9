/**
 * `tocsin user add|list|disable|enable|reset|set`: the accounts of a team store. The first account ends open
 * local mode: from then on `tocsin serve` answers only requests that log in or carry an API token.
 * Passwords come from a prompt or stdin (password-input.ts), never from arguments.
 */
import type { Command } from "commander";
import { z } from "zod";
import type { UserView } from "../../app/auth/accounts.service.ts";
import type { AppContext } from "../../bootstrap.ts";
import { Role } from "../../domain/auth/principal.ts";
import { otpauthUri } from "../../domain/auth/totp.ts";
import { Sensitivity } from "../../domain/evidence/sensitivity.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { note, printJson, say } from "../output.ts";
import { readPassword } from "../password-input.ts";
import { configFor, parseFlags, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

const AddFlags = z.object({ role: Role, clearance: Sensitivity, totp: z.boolean().optional() });
const ResetFlags = z.object({ totp: z.enum(["keep", "new", "off"]).optional() });
const SetFlags = z
  .object({ role: Role.optional(), clearance: Sensitivity.optional() })
  .refine((f) => f.role !== undefined || f.clearance !== undefined, {
    message: "give --role, --clearance or both",
    path: ["role"],
  });

export function registerUserCommand(program: Command, cli: Cli): void {
  const user = program
    .command("user")
    .description(
      "accounts: add, list, disable, enable, reset, set (the first account makes tocsin serve require a login)",
    );
  const run = (
    verb: string,
    fn: (
      app: AppContext,
      flags: StoreFlags & Record<string, unknown>,
      name: string,
      /** Who makes the change, for the custody log (TOCSIN_ACTOR, default cli:$USER). */
      actor: string,
    ) => Promise<number>,
  ) =>
    cli.action(async (...args: unknown[]) => {
      const flags = args.at(-2) as StoreFlags & Record<string, unknown>;
      const name = (args.length > 2 ? args[0] : "") as string;
      const config = configFor(cli.io, flags);
      return withStore(config, `user ${verb}`, (app) => fn(app, flags, name, config.actor));
    });

  storeOptions(
    user.command("add <name>").description("add an account; its password is read from a prompt or stdin"),
  )
    .requiredOption("--role <role>", "viewer, analyst, reviewer or admin")
    .requiredOption("--clearance <level>", "the most this account may see: public, internal or confidential")
    .option("--totp", "turn the TOTP second factor on: prints the secret for an authenticator app, once")
    .action(
      run("add", async (app, raw, name, actor) => {
        const flags = parseFlags(AddFlags, raw, "user add");
        const password = await readPassword(cli.io);
        const wasOpen = !(await app.auth.authentication.hasUsers());
        const { user: added, totpSecret } = await app.auth.accounts.addUser(
          { name, password, ...flags },
          actor,
        );
        if (raw.json)
          printJson(cli.io, {
            ...added,
            totpSecret,
            totpUri: totpSecret ? otpauthUri(totpSecret, name) : null,
          });
        else {
          say(cli.io, `added ${describe(added)}`);
          if (totpSecret) {
            say(
              cli.io,
              `second factor secret (shown once): ${totpSecret}`,
              `  ${otpauthUri(totpSecret, name)}`,
            );
          }
        }
        if (wasOpen)
          note(cli.io, "this is the first account: tocsin serve now requires a login (or an API token)");
        return EXIT.ok;
      }),
    );

  storeOptions(user.command("list").description("list the accounts (never their passwords)")).action(
    run("list", async (app, raw) => {
      const users = await app.auth.accounts.listUsers();
      if (raw.json) printJson(cli.io, { users });
      else if (users.length === 0)
        say(cli.io, "no accounts: tocsin serve runs in open local mode (no login)");
      else for (const u of users) say(cli.io, describe(u));
      return EXIT.ok;
    }),
  );

  for (const [verb, disabled] of [
    ["disable", true],
    ["enable", false],
  ] as const) {
    storeOptions(
      user
        .command(`${verb} <name>`)
        .description(
          disabled
            ? "disable an account: its sessions end and its tokens stop working"
            : "enable an account again",
        ),
    ).action(
      run(verb, async (app, raw, name, actor) => {
        const r = await app.auth.accounts.setDisabled(name, disabled, actor);
        if (raw.json) printJson(cli.io, r);
        else
          say(
            cli.io,
            `${verb}d ${describe(r.user)}${disabled ? ` (${r.sessionsEnded} sessions ended)` : ""}`,
          );
        return EXIT.ok;
      }),
    );
  }

  storeOptions(
    user
      .command("reset <name>")
      .description("set a new password (prompt or stdin); clears a lockout and ends the account's sessions"),
  )
    .option("--totp <what>", "the second factor: keep (default), new (prints a new secret, once) or off")
    .action(
      run("reset", async (app, raw, name, actor) => {
        const flags = parseFlags(ResetFlags, raw, "user reset");
        const password = await readPassword(cli.io);
        const r = await app.auth.accounts.resetPassword(name, password, flags.totp ?? "keep", actor);
        if (raw.json)
          printJson(cli.io, { ...r, totpUri: r.totpSecret ? otpauthUri(r.totpSecret, name) : null });
        else {
          say(cli.io, `new password for ${describe(r.user)} (${r.sessionsEnded} sessions ended)`);
          if (r.totpSecret)
            say(
              cli.io,
              `second factor secret (shown once): ${r.totpSecret}`,
              `  ${otpauthUri(r.totpSecret, name)}`,
            );
        }
        return EXIT.ok;
      }),
    );

  storeOptions(
    user
      .command("set <name>")
      .description("change an account's role and/or clearance (its sessions end; in the custody log)"),
  )
    .option("--role <role>", "viewer, analyst, reviewer or admin")
    .option("--clearance <level>", "public, internal or confidential")
    .action(
      run("set", async (app, raw, name, actor) => {
        const flags = parseFlags(SetFlags, raw, "user set");
        const r = await app.auth.accounts.setRole(name, flags, actor);
        if (raw.json) printJson(cli.io, r);
        else say(cli.io, `changed ${describe(r.user)} (${r.sessionsEnded} sessions ended)`);
        return EXIT.ok;
      }),
    );
}

function describe(u: UserView): string {
  const state = u.disabled
    ? ", disabled"
    : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now()
      ? `, locked until ${u.lockedUntil}`
      : "";
  return `${u.name}: ${u.role}, clearance ${u.clearance}${u.secondFactor ? ", second factor" : ""}${state}`;
}
