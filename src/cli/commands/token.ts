/**
 * `tocsin token add|list|revoke`: API tokens for scripts (Authorization: Bearer <token>). A token acts as its
 * account, limited to its scopes (read, write, import); it is shown once and stored only as a SHA-256 digest.
 */
import type { Command } from "commander";
import type { TokenView } from "../../app/auth/accounts.service.ts";
import type { AppContext } from "../../bootstrap.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

interface TokenFlags extends StoreFlags {
  name?: string;
  scopes?: string;
  expires?: string;
  user?: string;
}

export function registerTokenCommand(program: Command, cli: Cli): void {
  const token = program.command("token").description("API tokens: add, list, revoke");
  const run = (
    verb: string,
    fn: (app: AppContext, flags: TokenFlags, arg: string, actor: string) => Promise<number>,
  ) =>
    cli.action(async (...args: unknown[]) => {
      const flags = args.at(-2) as TokenFlags;
      const arg = (args.length > 2 ? args[0] : "") as string;
      // The custody log names who added or revoked a token (TOCSIN_ACTOR, default cli:$USER).
      const config = configFor(cli.io, flags);
      return withStore(config, `token ${verb}`, (app) => fn(app, flags, arg, config.actor));
    });

  storeOptions(token.command("add <user>").description("make a token for an account; it is printed once"))
    .requiredOption("--name <label>", "what the token is for (e.g. nightly import)")
    .option("--scopes <list>", "comma-separated: read, write, import (default read)", "read")
    .option("--expires <date>", "when it stops working, YYYY-MM-DD or an ISO time (default: never)")
    .action(
      run("add", async (app, flags, user, actor) => {
        const scopes = (flags.scopes ?? "read")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const r = await app.auth.accounts.addToken(
          user,
          {
            name: flags.name ?? "",
            scopes,
            expiresAt: flags.expires ?? null,
          },
          actor,
        );
        if (flags.json) printJson(cli.io, { ...r.record, token: r.token });
        else
          say(cli.io, `token ${r.record.id} for ${describe(r.record)}; shown once, keep it secret:`, r.token);
        return EXIT.ok;
      }),
    );

  storeOptions(token.command("list").description("list tokens (never the tokens themselves)"))
    .option("--user <name>", "only this account's")
    .action(
      run("list", async (app, flags) => {
        const tokens = await app.auth.accounts.listTokens(flags.user);
        if (flags.json) printJson(cli.io, { tokens });
        else if (tokens.length === 0) say(cli.io, "no tokens");
        else for (const t of tokens) say(cli.io, `${t.id}  ${describe(t)}`);
        return EXIT.ok;
      }),
    );

  storeOptions(token.command("revoke <id>").description("revoke a token at once")).action(
    run("revoke", async (app, flags, id, actor) => {
      await app.auth.accounts.revokeToken(id, actor);
      if (flags.json) printJson(cli.io, { ok: true, id });
      else say(cli.io, `revoked token ${id}`);
      return EXIT.ok;
    }),
  );
}

function describe(t: TokenView): string {
  const state = t.revokedAt ? `, revoked ${t.revokedAt}` : t.expiresAt ? `, expires ${t.expiresAt}` : "";
  return `${t.userName} "${t.name}" (${t.scopes.join(", ")})${state}`;
}
