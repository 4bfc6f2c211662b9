import { createRoute, z } from "@hono/zod-openapi";
import { extractReport } from "../../app/reading/report-document.ts";
import { recordAccessOf } from "../../domain/auth/policy.ts";
import { ValidationError } from "../../domain/errors.ts";
import { requireClearance } from "../custody/custody.routes.ts";
import { CustodyEntrySchema } from "../custody/schema.ts";
import type { Api, HttpDeps } from "../shared/context.ts";
import { addDelete, addGet, addPatch, collectionPath, type ResourceSpec } from "../shared/crud.ts";
import { problems } from "../shared/problem.schema.ts";
import { ETagHeader, IdParams, pageSchema, ReasonQuery } from "../shared/schemas.ts";
import { etag } from "../version.ts";
import { checkMediaType } from "./media-type-check.ts";
import { DocumentListQuery, DocumentPatch, DocumentRecord, DocumentText, DocumentUpload } from "./schema.ts";

const spec = {
  kind: "document",
  plural: "documents",
  tag: "Documents",
  record: DocumentRecord,
  patch: DocumentPatch,
} satisfies ResourceSpec<"document">;

const json = <T>(schema: T) => ({ "application/json": { schema } });
const base = collectionPath(spec);

export function mountDocuments(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "get",
      path: base,
      tags: [spec.tag],
      summary: "List documents (metadata only), optionally matching a search",
      request: { query: DocumentListQuery },
      responses: {
        200: { description: "A page of documents", content: json(pageSchema(DocumentRecord)) },
        ...problems(400, 403),
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const page = await deps.app.evidence.store.list("document", {
        clearance: c.get("caller").clearance,
        access: recordAccessOf(c.get("caller")),
        limit: q.limit,
        cursor: q.cursor ?? null,
        q: q.q,
      });
      return c.json(page, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: base,
      tags: [spec.tag],
      summary: "Upload a document: the original bytes and their metadata, in one multipart form",
      description:
        "The bytes are stored untouched and hashed (SHA-256) by the server; the upload is an entry in the " +
        "custody log. Up to 50 MiB. Example: `curl -F file=@report.pdf -F title='Report' " +
        "-F collectedAt=2025-03-04T10:00:00Z http://localhost:8080/api/v1/documents`.",
      request: { body: { required: true, content: { "multipart/form-data": { schema: DocumentUpload } } } },
      responses: {
        201: {
          description: "The document as stored, with its hash",
          headers: { ...ETagHeader, Location: { description: "Its URL", schema: { type: "string" } } },
          content: json(DocumentRecord),
        },
        ...problems(400, 403, 405, 413, 415),
      },
    }),
    async (c) => {
      const { file, text, ...fields } = c.req.valid("form");
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.length === 0) {
        throw new ValidationError("file: empty", [{ path: "file", message: "the file is empty" }]);
      }
      const name = file instanceof File && file.name ? file.name : undefined;
      const partType = file.type.split(";")[0]?.trim().toLowerCase();
      const metadata = {
        ...fields,
        title: fields.title ?? name,
        mediaType: fields.mediaType ?? (partType || undefined),
      };
      // Only a type stated in the form is checked: browsers guess the file part's type from its name.
      if (fields.mediaType) checkMediaType(fields.mediaType, bytes, "mediaType");
      // Without a text field, the text working copy is extracted from plain text, Markdown, HTML or PDF (a
      // PDF in a thread within deps.pdfLimits: past them a 400 on `file`, and nothing stored).
      const extract =
        text == null
          ? await extractReport(bytes, { mediaType: metadata.mediaType, name }, { pdfLimits: deps.pdfLimits })
          : null;
      const record = await deps.app.evidence.addDocument(
        bytes,
        { ...metadata, language: metadata.language ?? extract?.language ?? undefined },
        c.get("caller"),
        text ?? extract?.text ?? null,
      );
      return c.json(record, 201, { Location: `${base}/${record.id}`, ETag: etag(record.version) });
    },
  );

  addGet(api, deps, spec);
  addPatch(api, deps, spec);
  addDelete(api, deps, spec);

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/original`,
      tags: [spec.tag],
      summary: "The original bytes, as collected (the read is an entry in the custody log)",
      request: { params: IdParams, query: ReasonQuery },
      responses: {
        200: {
          description: "The bytes, with the stored media type",
          headers: {
            "X-Tocsin-Sha256": { description: "SHA-256 of the bytes, hex", schema: { type: "string" } },
            "Repr-Digest": { description: "RFC 9530: sha-256=:<base64>:", schema: { type: "string" } },
          },
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { document, bytes } = await deps.app.evidence.readOriginal(
        id,
        c.get("caller"),
        c.req.valid("query").reason ?? null,
      );
      const body = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
      return c.body(body, 200, {
        "Content-Type": document.mediaType,
        "Content-Length": String(bytes.byteLength),
        "X-Tocsin-Sha256": document.sha256,
        "Repr-Digest": `sha-256=:${Buffer.from(document.sha256, "hex").toString("base64")}:`,
        ETag: `"sha256-${document.sha256}"`,
        // Collected material is untrusted: never let a browser render it as part of this site.
        "Content-Disposition": `attachment; filename="${document.id}"`,
        "Content-Security-Policy": "sandbox",
        "X-Content-Type-Options": "nosniff",
      });
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/text`,
      tags: [spec.tag],
      summary:
        "The working copies: extracted text and translations (the read is an entry in the custody log)",
      request: { params: IdParams, query: ReasonQuery },
      responses: {
        200: { description: "The working copies", content: json(DocumentText) },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const items = await deps.app.evidence.readText(
        c.req.valid("param").id,
        c.get("caller"),
        c.req.valid("query").reason ?? null,
      );
      return c.json({ items }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: `${base}/{id}/custody`,
      tags: [spec.tag],
      summary: "The custody trail of one document: every upload, change and read, in order",
      description: "Needs at least `internal` clearance.",
      request: { params: IdParams },
      responses: {
        200: { description: "The entries", content: json(z.object({ items: z.array(CustodyEntrySchema) })) },
        ...problems(403, 404),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      requireClearance(caller, "internal", "the custody trail");
      const { id } = c.req.valid("param");
      await deps.app.evidence.get("document", id, caller);
      return c.json({ items: await deps.app.evidence.store.custodyFor("document", id) }, 200);
    },
  );
}
