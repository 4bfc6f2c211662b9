import { z } from "@hono/zod-openapi";
import { DocumentMetadata } from "../../domain/evidence/entities.ts";
import { listQueryShape, patchBody, recordSchema } from "../shared/schemas.ts";

export const DocumentRecord = recordSchema(DocumentMetadata, {
  sha256: z
    .string()
    .openapi({ description: "SHA-256 of the original bytes, computed when they were stored" }),
  size: z.number().int().min(0),
  copies: z
    .array(z.object({ kind: z.string(), language: z.string().nullable(), length: z.number().int() }))
    .openapi({ description: "Working copies (extracted text, translations), kept apart from the original" }),
}).openapi("Document", {
  description:
    "A collected item: the original bytes are kept untouched, content-addressed by SHA-256. " +
    "`collectedBy` is confidential: null below that clearance.",
});
export const DocumentPatch = patchBody(DocumentMetadata).openapi("DocumentPatch");

const { shape } = DocumentMetadata;

/** The upload: one multipart form with the file and its metadata as plain fields. */
export const DocumentUpload = z
  .strictObject({
    file: z
      .custom<Blob>((v) => v instanceof Blob, "expected a file part")
      .openapi({ type: "string", format: "binary", description: "The original bytes, stored untouched" }),
    title: shape.title.optional().openapi({ description: "Defaults to the file's name" }),
    sourceId: shape.sourceId.unwrap().unwrap().optional(),
    originUrl: shape.originUrl.unwrap().unwrap().optional(),
    collectedAt: shape.collectedAt
      .unwrap()
      .unwrap()
      .optional()
      .openapi({ description: "When it was collected, ISO 8601 with offset" }),
    collectedBy: shape.collectedBy.unwrap().unwrap().optional().openapi({ description: "Confidential" }),
    method: shape.method.unwrap().unwrap().optional(),
    mediaType: shape.mediaType
      .unwrap()
      .optional()
      .openapi({ description: "Defaults to the file part's Content-Type, else application/octet-stream" }),
    language: shape.language.unwrap().unwrap().optional(),
    sensitivity: shape.sensitivity,
    text: z
      .string()
      .max(20_000_000)
      .optional()
      .openapi({ description: "Text extracted from the document: kept as a working copy, searchable" }),
  })
  .openapi("DocumentUpload");

export const DocumentListQuery = z.strictObject({
  ...listQueryShape,
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: "Search titles and the text of working copies" }),
});

export const DocumentText = z.object({
  items: z.array(z.object({ kind: z.string(), language: z.string().nullable(), content: z.string() })),
});
