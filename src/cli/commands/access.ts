/**
 * `tocsin access grant|revoke|list|unrestrict <record-id>`: who may read or write a restricted event, claim,
 * source, document, situation or alert. A grant on an unrestricted record restricts it: from then on only its grantees see it.
 * Every change is on the record's custody trail, as TOCSIN_ACTOR.
 */
import type { Command } from "commander";
import { parseGrantee } from "../../app/access/access.service.ts";
import type { AppContext } from "../../bootstrap.ts";
import type { RecordRestriction } from "../../domain/access/record-access.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

interface AccessFlags extends StoreFlags {
  read?: boolean;
  write?: boolean;
}

type Found = { kind: string; restriction: RecordRestriction | null };

export function registerAccessCommand(program: Command, cli: Cli): void {
  const access = program
    .command("access")
    .description("per-record access: restrict a record to users and groups (read or write)");
  const run = (
    verb: string,
    fn: (app: AppContext, flags: AccessFlags, args: string[], caller: Caller) => Promise<Found>,
  ) =>
    cli.action(async (...args: unknown[]) => {
      const flags = args.at(-2) as AccessFlags;
      const positional = args.slice(0, -2) as string[];
      const config = configFor(cli.io, flags);
      const caller = { actor: config.actor, clearance: config.clearance };
      return withStore(config, `access ${verb}`, async (app) => {
        const found = await fn(app, flags, positional, caller);
        print(cli, flags, positional[0] ?? "", found);
        return EXIT.ok;
      });
    });

  storeOptions(
    access
      .command("grant <record-id> <grantee>")
      .description("let user:<name> or group:<name> read (default) or --write a record; restricts it"),
  )
    .option("--write", "write (includes read)")
    .option("--read", "read only (the default)")
    .action(
      run("grant", (app, flags, [id, who], caller) =>
        app.access.grant(id ?? "", parseGrantee(who ?? ""), flags.write ? "write" : "read", caller),
      ),
    );

  storeOptions(
    access
      .command("revoke <record-id> <grantee>")
      .description("take a grant away; the record stays restricted (see unrestrict)"),
  ).action(
    run("revoke", (app, _f, [id, who], caller) =>
      app.access.revoke(id ?? "", parseGrantee(who ?? ""), caller),
    ),
  );

  storeOptions(access.command("list <record-id>").description("who a record is restricted to")).action(
    run("list", (app, _f, [id]) => app.access.restriction(id ?? "")),
  );

  storeOptions(
    access
      .command("unrestrict <record-id>")
      .description("lift a restriction: role and clearance alone decide again; grants are dropped"),
  ).action(run("unrestrict", (app, _f, [id], caller) => app.access.unrestrict(id ?? "", caller)));
}

function print(cli: Cli, flags: AccessFlags, id: string, found: Found): void {
  const r = found.restriction;
  if (flags.json) {
    printJson(cli.io, { recordId: id, kind: found.kind, restricted: r !== null, grants: r?.grants ?? [] });
    return;
  }
  if (!r) {
    say(cli.io, `${found.kind} ${id}: not restricted (role and clearance decide)`);
    return;
  }
  const grants = r.grants.map(
    (g) => `  ${g.grantee.kind}:${g.grantee.name}  ${g.access}  (by ${g.grantedBy})`,
  );
  say(
    cli.io,
    `${found.kind} ${id}: restricted by ${r.restrictedBy}; ${r.grants.length ? "open to:" : "open to nobody"}`,
    ...grants,
  );
}
