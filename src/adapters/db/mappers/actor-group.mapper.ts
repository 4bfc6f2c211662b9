import type { Actor, ActorInput, Group, GroupInput } from "../../../domain/evidence/entities.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { storedFields } from "./common.ts";

type Row = Record<string, unknown>;

export function actorToRow(a: ActorInput) {
  return {
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    country: a.country,
    description: a.description,
    sensitivity: a.sensitivity,
  };
}

export function actorFromRow(r: Row): Actor {
  return {
    ...storedFields(r as never),
    name: r.name as string,
    kind: r.kind as Actor["kind"],
    aliases: r.aliases as string[],
    country: r.country as string | null,
    description: r.description as string | null,
    sensitivity: r.sensitivity as Sensitivity,
  };
}

export function groupToRow(g: GroupInput) {
  return {
    name: g.name,
    kind: g.kind,
    aliases: g.aliases,
    description: g.description,
    sensitivity: g.sensitivity,
  };
}

export function groupFromRow(r: Row): Group {
  return {
    ...storedFields(r as never),
    name: r.name as string,
    kind: r.kind as Group["kind"],
    aliases: r.aliases as string[],
    description: r.description as string | null,
    sensitivity: r.sensitivity as Sensitivity,
  };
}
