import { z } from "@hono/zod-openapi";

/**
 * Building blocks shared by the resource schemas. Request bodies reuse the domain's input schemas
 * (src/domain/evidence/entities.ts) so that the API, the services and the OpenAPI document agree.
 */

type Unwrapped<T> = T extends z.ZodDefault<infer I> ? I : T;
type Shape = Record<string, z.ZodType>;

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

/** Fields every stored record carries. */
export const storedShape = {
  id: z.uuid(),
  version: z.number().int().min(1).openapi({ description: "Send it back in If-Match to update" }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/** A stored record as returned: every input field present (defaults applied), plus the stored fields. */
export function recordSchema<S extends Shape, E extends Shape>(input: { shape: S }, extra: E) {
  const shape = Object.fromEntries(Object.entries(input.shape).map(([k, v]) => [k, unwrap(v)]));
  return z.object({
    ...(shape as { [K in keyof S]: Unwrapped<S[K]> }),
    ...storedShape,
    ...extra,
  });
}

/** A create body: the domain schema, but unknown fields are refused rather than silently dropped. */
export function createBody<T extends z.ZodObject>(input: T): T {
  return input.strict() as T;
}

/**
 * A PATCH body: any subset of the input fields, with no defaults (an absent field stays as stored).
 * The merged record is validated whole by the service, refinements included.
 */
export function patchBody<S extends Shape>(input: { shape: S }) {
  const shape = Object.fromEntries(Object.entries(input.shape).map(([k, v]) => [k, unwrap(v).optional()]));
  return z.strictObject(shape as { [K in keyof S]: z.ZodOptional<Unwrapped<S[K]>> });
}

export const IdParams = z.object({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, example: "0b6f3c1e-7d2a-4f4e-9a51-2f6a8f0d9c11" }),
});

export const Reason = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .optional()
  .openapi({ description: "Why: recorded with the entry in the custody log" });

export const ReasonQuery = z.strictObject({ reason: Reason });

export const listQueryShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .openapi({ type: "integer", description: "Page size, 1-500 (default 50)" }),
  cursor: z
    .string()
    .max(1000)
    .optional()
    .openapi({ description: "The nextCursor of the previous page; absent for the first page" }),
};

export const ListQuery = z.strictObject(listQueryShape);

/** A page of a list: pass `nextCursor` back as `cursor` for the next one; null on the last page. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const VersionHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({
      param: { required: true },
      description: 'Required: the version you read, as an entity tag, e.g. "3". Missing: 428; stale: 409',
      example: '"3"',
    }),
});

export const ETagHeader = {
  ETag: {
    description: 'The record\'s version as an entity tag, e.g. "3"',
    schema: { type: "string" as const },
  },
};
