import { z } from "@hono/zod-openapi";
import { GRANT_ACCESS, GRANTEE_KINDS, RESTRICTABLE_KINDS } from "../../domain/access/record-access.ts";

// Built here from the domain's lists (not the domain's zod schemas), so that .openapi() exists on them.
const Access = z.enum(GRANT_ACCESS).openapi({ description: "read; or write, which includes read" });
const Name = z.string().min(1).max(64);

export const UserGroupRecord = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    createdAt: z.string(),
    members: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("UserGroup");

export const UserGroupList = z.object({ items: z.array(UserGroupRecord) }).openapi("UserGroupList");

export const UserGroupCreate = z
  .strictObject({ name: Name, description: z.string().max(500).optional() })
  .openapi("UserGroupCreate");

export const GroupParams = z.object({ name: Name.openapi({ param: { name: "name", in: "path" } }) });
export const MemberParams = z.object({
  name: Name.openapi({ param: { name: "name", in: "path" } }),
  user: Name.openapi({ param: { name: "user", in: "path" } }),
});

const Grantee = z
  .string()
  .regex(/^(user|group):.+$/, "user:<name> or group:<name>")
  .openapi({ example: "group:field-team", description: "user:<name> or group:<name>" });

export const RecordParams = z.object({
  id: z
    .string()
    .openapi({ param: { name: "id", in: "path" }, example: "7f0c4c1e-0000-4000-8000-000000000000" }),
});
export const GrantParams = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" } }),
  grantee: Grantee.openapi({ param: { name: "grantee", in: "path" } }),
});

export const GrantCreate = z.strictObject({ grantee: Grantee, access: Access }).openapi("GrantCreate");

export const RecordAccessView = z
  .object({
    recordId: z.string(),
    kind: z.enum(RESTRICTABLE_KINDS),
    restricted: z.boolean().openapi({
      description: "false: role and clearance alone decide who sees it; true: only its grantees",
    }),
    restrictedBy: z.string().nullable(),
    restrictedAt: z.string().nullable(),
    grants: z.array(
      z.object({
        grantee: z.object({ kind: z.enum(GRANTEE_KINDS), id: z.string(), name: z.string() }),
        access: Access,
        grantedBy: z.string(),
        grantedAt: z.string(),
      }),
    ),
  })
  .openapi("RecordAccess");
