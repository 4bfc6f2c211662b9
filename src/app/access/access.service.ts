import { randomUUID } from "node:crypto";
import {
  GrantAccess,
  type GranteeKind,
  GroupName,
  type RecordRestriction,
  type RestrictableKind,
  type UserGroup,
} from "../../domain/access/record-access.ts";
import { mayAccessGuarded, mayAccessRecord, recordAccessOf } from "../../domain/auth/policy.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../domain/errors.ts";
import type { Caller } from "../../domain/evidence/sensitivity.ts";
import type { AccessStore, AccessTx } from "../../ports/access-store.ts";
import type { Clock } from "../../ports/clock.ts";

/** A grantee as people name it: `user:<name>` or `group:<name>` (the custody log's form too). */
export interface GranteeName {
  kind: GranteeKind;
  name: string;
}

/** The custody log's target type of a group of users. */
export const GROUP_TARGET = "user-group";

/**
 * Groups of users and per-record grants (issue 8). The policy (mayAccessRecord) decides what a grant allows;
 * this service keeps groups and grants, each change in one transaction with its custody entry: group changes
 * on the group's trail, grant changes on the record's own trail (so a record's history shows who was let in).
 * Who may call these is the policy's too (route-actions.ts: administer access), as for the CLI the shell.
 */
export class AccessService {
  constructor(
    readonly store: AccessStore,
    readonly clock: Clock,
  ) {}

  groups(): Promise<UserGroup[]> {
    return this.store.groups();
  }

  async addGroup(input: { name: string; description?: string }, caller: Caller): Promise<UserGroup> {
    const name = field(GroupName, input.name, "name");
    const description = (input.description ?? "").trim();
    if (description.length > 500) invalid("description", "must be at most 500 characters");
    const id = randomUUID();
    const at = this.clock.now();
    await this.store.transaction(async (tx) => {
      if (await tx.group(name)) throw new ConflictError(`a group named ${name} exists`, { name });
      await tx.insertGroup({ id, name, description, createdAt: at });
      await log(tx, caller, "create", GROUP_TARGET, id, { name }, at);
    });
    return (await this.store.group(name)) as UserGroup;
  }

  /** Removes a group, its memberships and every grant given to it (each record it opened closes to it). */
  async removeGroup(name: string, caller: Caller): Promise<void> {
    await this.store.transaction(async (tx) => {
      const group = await mustGroup(tx, name);
      await tx.deleteGroup(group.id);
      await log(tx, caller, "delete", GROUP_TARGET, group.id, { name }, this.clock.now());
    });
  }

  async addMember(groupName: string, userName: string, caller: Caller): Promise<UserGroup> {
    await this.store.transaction(async (tx) => {
      const group = await mustGroup(tx, groupName);
      const user = await mustUser(tx, userName);
      const at = this.clock.now();
      if (await tx.addMember(group.id, user.id, at))
        await log(
          tx,
          caller,
          "member-add",
          GROUP_TARGET,
          group.id,
          { name: group.name, user: user.name },
          at,
        );
    });
    return (await this.store.group(groupName)) as UserGroup;
  }

  async removeMember(groupName: string, userName: string, caller: Caller): Promise<UserGroup> {
    await this.store.transaction(async (tx) => {
      const group = await mustGroup(tx, groupName);
      const user = await mustUser(tx, userName);
      if (!(await tx.removeMember(group.id, user.id)))
        throw new NotFoundError(`member ${user.name} of group`, group.name);
      await log(
        tx,
        caller,
        "member-remove",
        GROUP_TARGET,
        group.id,
        { name: group.name, user: user.name },
        this.clock.now(),
      );
    });
    return (await this.store.group(groupName)) as UserGroup;
  }

  /**
   * The record's restriction as a manager sees it (null: not restricted); 404 when no event, claim, source,
   * document, situation or alert has the id. Callers who are not managing grants go through `visibleRestriction`.
   */
  async restriction(recordId: string): Promise<{ kind: string; restriction: RecordRestriction | null }> {
    const kind = await this.store.recordKind(recordId);
    if (!kind) throw new NotFoundError("record", recordId);
    return { kind, restriction: await this.store.restriction(recordId) };
  }

  /** Who a record is restricted to, for a caller who may read the record (else 404, as for the record). */
  async visibleRestriction(recordId: string, caller: Caller) {
    const found = await this.restriction(recordId);
    if (!(await this.mayOn(recordId, caller, "read", found.restriction)))
      throw new NotFoundError("record", recordId);
    return found;
  }

  /**
   * The policy's answer for this caller on a record by its id: its own restriction and those of the records
   * that guard it (mayAccessGuarded: a claim's event and situation, an alert's situation). `own` when known.
   */
  async mayOn(
    recordId: string,
    caller: Caller,
    access: GrantAccess,
    own?: RecordRestriction | null,
  ): Promise<boolean> {
    const [mine, parents] = await Promise.all([
      own === undefined ? this.store.restriction(recordId) : own,
      this.store.parentsOf(recordId).then((ids) => Promise.all(ids.map((id) => this.store.restriction(id)))),
    ]);
    if (mine === null && parents.every((p) => p === null)) return true;
    const userId = caller.userId ?? null;
    const groupIds = userId ? await this.store.groupIdsOf(userId) : [];
    return mayAccessGuarded({ userId, groupIds }, mine, parents, access);
  }

  /**
   * `mayOn` for read and write at once on a record of `kind`, in one statement (the route guard runs it on
   * every request under a situation or an alert): null when no record of that kind has the id.
   */
  accessOn(kind: RestrictableKind, recordId: string, caller: Caller) {
    return this.store.accessOn(kind, recordId, recordAccessOf(caller));
  }

  /**
   * Gives (or changes) a grant; an unrestricted record becomes restricted by it, so from then on only its
   * grantees read it. Both steps are logged on the record's trail.
   */
  async grant(recordId: string, grantee: GranteeName, rawAccess: unknown, caller: Caller) {
    const access = field(GrantAccess, rawAccess, "access");
    await this.store.transaction(async (tx) => {
      const kind = await tx.recordKind(recordId);
      if (!kind) throw new NotFoundError("record", recordId);
      const at = this.clock.now();
      const who = await mustGrantee(tx, grantee);
      if (await tx.restrict(recordId, kind, caller.actor, at))
        await log(tx, caller, "restrict", kind, recordId, {}, at);
      const previous = await tx.setGrant(recordId, who, access, caller.actor, at);
      if (previous !== access) {
        const details = { grantee: `${grantee.kind}:${who.name}`, access, previous };
        await log(tx, caller, "grant", kind, recordId, details, at);
      }
    });
    return this.restriction(recordId);
  }

  /** Takes a grant away; the record stays restricted (lifting the restriction is `unrestrict`). */
  async revoke(recordId: string, grantee: GranteeName, caller: Caller) {
    await this.store.transaction(async (tx) => {
      const kind = await tx.recordKind(recordId);
      if (!kind) throw new NotFoundError("record", recordId);
      const who = await mustGrantee(tx, grantee);
      if (!(await tx.deleteGrant(recordId, who)))
        throw new NotFoundError(`grant to ${grantee.kind}:${who.name} on record`, recordId);
      const details = { grantee: `${grantee.kind}:${who.name}` };
      await log(tx, caller, "revoke", kind, recordId, details, this.clock.now());
    });
    return this.restriction(recordId);
  }

  /** Lifts a restriction: the record is seen again by role and clearance alone; its grants are dropped. */
  async unrestrict(recordId: string, caller: Caller) {
    await this.store.transaction(async (tx) => {
      const kind = await tx.recordKind(recordId);
      if (!kind) throw new NotFoundError("record", recordId);
      const before = await tx.restriction(recordId);
      if (!before || !(await tx.unrestrict(recordId)))
        throw new ConflictError(`the ${kind} ${recordId} is not restricted`, { id: recordId });
      const grants = before.grants.map((g) => `${g.grantee.kind}:${g.grantee.name}:${g.access}`);
      await log(tx, caller, "unrestrict", kind, recordId, { grants }, this.clock.now());
    });
    return this.restriction(recordId);
  }

  /** The policy's answer for this caller on a record's restriction (their groups looked up when needed). */
  async may(caller: Caller, restriction: RecordRestriction | null, access: GrantAccess): Promise<boolean> {
    if (restriction === null) return true;
    const userId = caller.userId ?? null;
    const groupIds = userId ? await this.store.groupIdsOf(userId) : [];
    return mayAccessRecord({ userId, groupIds }, restriction, access);
  }
}

function log(
  tx: AccessTx,
  caller: Caller,
  action: string,
  targetType: string,
  targetId: string,
  details: Record<string, unknown>,
  at: Date,
) {
  return tx.appendCustody({ actor: caller.actor, action, targetType, targetId, reason: null, details }, at);
}

async function mustGroup(tx: AccessTx, name: string): Promise<UserGroup> {
  const group = await tx.group(name);
  if (!group) throw new NotFoundError("group", name);
  return group;
}

async function mustUser(tx: AccessTx, name: string) {
  const user = await tx.user(name);
  if (!user) invalid("user", `no user named ${name}`);
  return user as { id: string; name: string };
}

async function mustGrantee(
  tx: AccessTx,
  grantee: GranteeName,
): Promise<{ kind: GranteeKind; id: string; name: string }> {
  if (grantee.kind === "user") return { kind: "user", ...(await mustUser(tx, grantee.name)) };
  const group = await tx.group(grantee.name);
  if (!group) invalid("group", `no group named ${grantee.name}`);
  return { kind: "group", id: (group as UserGroup).id, name: grantee.name };
}

/** Parses `user:<name>` or `group:<name>` (the CLI's and the custody log's form). */
export function parseGrantee(raw: string, path = "grantee"): GranteeName {
  const m = /^(user|group):(.+)$/.exec(raw.trim());
  if (!m) invalid(path, `expected user:<name> or group:<name>, got "${raw}"`);
  return { kind: (m as RegExpExecArray)[1] as GranteeKind, name: (m as RegExpExecArray)[2] as string };
}

function field<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: unknown,
  path: string,
): T {
  const r = schema.safeParse(value);
  if (!r.success) invalid(path, r.error.issues[0]?.message ?? "invalid");
  return (r as { data: T }).data;
}

function invalid(path: string, message: string): never {
  throw new ValidationError(`${path}: ${message}`, [{ path, message }]);
}
