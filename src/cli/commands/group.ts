/**
 * `tocsin group add|list|remove|member-add|member-remove`: groups of users (teams) that grants on restricted
 * records can name (`tocsin access`). Every change is in the custody log, as TOCSIN_ACTOR.
 */
import type { Command } from "commander";
import type { AppContext } from "../../bootstrap.ts";
import type { UserGroup } from "../../domain/access/record-access.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { Cli } from "../cli.ts";
import { EXIT } from "../exit-codes.ts";
import { printJson, say } from "../output.ts";
import { configFor, type StoreFlags, storeOptions, withStore } from "../store-options.ts";

interface GroupFlags extends StoreFlags {
  description?: string;
}

export function registerGroupCommand(program: Command, cli: Cli): void {
  const group = program.command("group").description("groups of users (teams) for record grants");
  const run = (
    verb: string,
    fn: (app: AppContext, flags: GroupFlags, args: string[], caller: Caller) => Promise<number>,
  ) =>
    cli.action(async (...args: unknown[]) => {
      const flags = args.at(-2) as GroupFlags;
      const positional = args.slice(0, -2) as string[];
      const config = configFor(cli.io, flags);
      const caller = { actor: config.actor, clearance: config.clearance };
      return withStore(config, `group ${verb}`, (app) => fn(app, flags, positional, caller));
    });
  const show = (flags: GroupFlags, g: UserGroup, what: string) => {
    if (flags.json) printJson(cli.io, g);
    else say(cli.io, `${what} ${describe(g)}`);
    return EXIT.ok;
  };

  storeOptions(group.command("add <name>").description("create a group"))
    .option("--description <text>", "what the group is (e.g. the field team in the north)")
    .action(
      run("add", async (app, flags, [name], caller) =>
        show(
          flags,
          await app.access.addGroup({ name: name ?? "", description: flags.description }, caller),
          "added",
        ),
      ),
    );

  storeOptions(group.command("list").description("list groups and their members")).action(
    run("list", async (app, flags) => {
      const groups = await app.access.groups();
      if (flags.json) printJson(cli.io, { groups });
      else if (groups.length === 0) say(cli.io, "no groups");
      else for (const g of groups) say(cli.io, describe(g));
      return EXIT.ok;
    }),
  );

  storeOptions(
    group.command("remove <name>").description("delete a group; every grant given to it ends"),
  ).action(
    run("remove", async (app, flags, [name], caller) => {
      await app.access.removeGroup(name ?? "", caller);
      if (flags.json) printJson(cli.io, { ok: true, name });
      else say(cli.io, `removed group ${name}`);
      return EXIT.ok;
    }),
  );

  storeOptions(group.command("member-add <group> <user>").description("add a user to a group")).action(
    run("member-add", async (app, flags, [name, user], caller) =>
      show(flags, await app.access.addMember(name ?? "", user ?? "", caller), "now"),
    ),
  );

  storeOptions(
    group.command("member-remove <group> <user>").description("remove a user from a group"),
  ).action(
    run("member-remove", async (app, flags, [name, user], caller) =>
      show(flags, await app.access.removeMember(name ?? "", user ?? "", caller), "now"),
    ),
  );
}

function describe(g: UserGroup): string {
  const members = g.members.length ? g.members.map((m) => m.name).join(", ") : "no members";
  return `${g.name}: ${members}${g.description ? ` (${g.description})` : ""}`;
}
