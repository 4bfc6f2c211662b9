import { z } from "@hono/zod-openapi";

export const CustodyEntrySchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.iso.datetime(),
    actor: z.string(),
    action: z.string().openapi({ description: "create, update, delete, read, ..." }),
    targetType: z.string(),
    targetId: z.string(),
    reason: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    prevHash: z.string().openapi({ description: "SHA-256 of the previous entry (64 zeros for the first)" }),
    hash: z.string().openapi({ description: "SHA-256 over prevHash and this entry's fields" }),
  })
  .openapi("CustodyEntry", {
    description: "One entry of the append-only, hash-chained custody log (see src/domain/custody).",
  });

export const CustodyQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0).openapi({
    type: "integer",
    description: "Entries after this sequence number (default 0: from the start)",
  }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .openapi({ type: "integer", description: "Page size, 1-1000 (default 100)" }),
});

export const CustodyPage = z.object({
  items: z.array(CustodyEntrySchema),
  nextAfter: z
    .number()
    .int()
    .nullable()
    .openapi({ description: "Pass as `after` for the next page; null when this page reached the end" }),
});
