import { createRoute } from "@hono/zod-openapi";
import { parseGrantee } from "../../app/access/access.service.ts";
import type { RecordRestriction } from "../../domain/access/record-access.ts";
import { decide } from "../../domain/auth/policy.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";
import {
  GrantCreate,
  GrantParams,
  GroupParams,
  MemberParams,
  RecordAccessView,
  RecordParams,
  UserGroupCreate,
  UserGroupList,
  UserGroupRecord,
} from "./schema.ts";

const json = <T>(schema: T) => ({ "application/json": { schema } });
const groups = `${API_PREFIX}/user-groups`;
const access = `${API_PREFIX}/records/{id}/access`;
const tags = ["Access"];
/** The answer of every route on a record's access: the record's access after the change, or a problem. */
const accessReply = (...codes: Parameters<typeof problems>) => ({
  200: { description: "The record's access", content: json(RecordAccessView) },
  ...problems(...codes),
});

/**
 * Groups of users (teams; `/user-groups`, apart from `/groups`, the targeted groups of the evidence) and
 * per-record grants (`/records/{id}/access`). Managing either is administering access (route-actions.ts);
 * reading a record's grants is for whoever may read the record, and for administrators.
 */
export function mountAccess(api: Api, deps: HttpDeps): void {
  const svc = deps.app.access;

  api.openapi(
    createRoute({
      method: "get",
      path: groups,
      tags,
      summary: "List groups of users and their members",
      responses: { 200: { description: "Every group", content: json(UserGroupList) }, ...problems(403) },
    }),
    async (c) => c.json({ items: await svc.groups() }, 200),
  );
  api.openapi(
    createRoute({
      method: "post",
      path: groups,
      tags,
      summary: "Create a group of users",
      request: { body: { content: json(UserGroupCreate), required: true } },
      responses: {
        201: { description: "The group", content: json(UserGroupRecord) },
        ...problems(400, 403, 409),
      },
    }),
    async (c) => {
      const group = await svc.addGroup(c.req.valid("json"), c.get("caller"));
      return c.json(group, 201, { Location: `${groups}/${group.name}` });
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: `${groups}/{name}`,
      tags,
      summary: "Delete a group: its members leave it and every grant given to it ends",
      request: { params: GroupParams },
      responses: { 204: { description: "Deleted" }, ...problems(403, 404) },
    }),
    async (c) => {
      await svc.removeGroup(c.req.valid("param").name, c.get("caller"));
      return c.body(null, 204);
    },
  );
  // Membership: the same route both ways, adding (PUT, no change if a member) or removing (DELETE).
  for (const [method, summary, change] of [
    ["put", "Add a user to a group (no change if they are a member)", svc.addMember.bind(svc)],
    ["delete", "Remove a user from a group", svc.removeMember.bind(svc)],
  ] as const) {
    api.openapi(
      createRoute({
        method,
        path: `${groups}/{name}/members/{user}`,
        tags,
        summary,
        request: { params: MemberParams },
        responses: {
          200: { description: "The group", content: json(UserGroupRecord) },
          ...problems(400, 403, 404),
        },
      }),
      async (c) => {
        const { name, user } = c.req.valid("param");
        return c.json(await change(name, user, c.get("caller")), 200);
      },
    );
  }

  api.openapi(
    createRoute({
      method: "get",
      path: access,
      tags,
      summary: "Who a record is restricted to (404 unless you may read the record, or administer access)",
      request: { params: RecordParams },
      responses: accessReply(403, 404),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const manager = decide(c.get("principal"), { resource: "access", operation: "administer" }).allow;
      const found = manager ? await svc.restriction(id) : await svc.visibleRestriction(id, c.get("caller"));
      return c.json(view(id, found), 200);
    },
  );
  api.openapi(
    createRoute({
      method: "post",
      path: `${access}/grants`,
      tags,
      summary: "Grant a user or group read or write on a record (restricting it, if it was not)",
      request: { params: RecordParams, body: { content: json(GrantCreate), required: true } },
      responses: accessReply(400, 403, 404),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const found = await svc.grant(id, parseGrantee(body.grantee), body.access, c.get("caller"));
      return c.json(view(id, found), 200);
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: `${access}/grants/{grantee}`,
      tags,
      summary: "Revoke a grant (the record stays restricted)",
      request: { params: GrantParams },
      responses: accessReply(400, 403, 404),
    }),
    async (c) => {
      const { id, grantee } = c.req.valid("param");
      const found = await svc.revoke(id, parseGrantee(grantee), c.get("caller"));
      return c.json(view(id, found), 200);
    },
  );
  api.openapi(
    createRoute({
      method: "delete",
      path: access,
      tags,
      summary: "Lift a record's restriction: role and clearance alone decide again; its grants are dropped",
      request: { params: RecordParams },
      responses: accessReply(403, 404, 409),
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      return c.json(view(id, await svc.unrestrict(id, c.get("caller"))), 200);
    },
  );
}

function view(recordId: string, found: { kind: string; restriction: RecordRestriction | null }) {
  const r = found.restriction;
  return {
    recordId,
    kind: found.kind as RecordRestriction["recordKind"],
    restricted: r !== null,
    restrictedBy: r?.restrictedBy ?? null,
    restrictedAt: r?.restrictedAt ?? null,
    grants: r?.grants ?? [],
  };
}
