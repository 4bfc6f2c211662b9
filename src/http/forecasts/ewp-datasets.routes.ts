import { createRoute, z } from "@hono/zod-openapi";
import { openEwp } from "../../adapters/db/ewp/open-ewp.ts";
import type { EwpKind } from "../../domain/importers/ewp.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";

const EWP_KINDS = ["predictors", "base-data", "episodes"] as const satisfies readonly EwpKind[];

const EwpDatasetsQuery = z.object({
  kind: z.enum(EWP_KINDS).optional().openapi({ description: "only datasets of this kind" }),
});

const EwpDatasetSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(EWP_KINDS).openapi({
      description:
        "predictors: what the forecaster fits on; base-data: the country-year base panel; episodes: the mass-killing events sheet",
    }),
    version: z.string().openapi({ description: "EWP's assessment year (datasetVersion of forecast jobs)" }),
    fileName: z.string().openapi({ description: "the last file imported into this version" }),
    fileSha256: z.string(),
    fileSize: z.number().int().openapi({ description: "bytes" }),
    rows: z.number().int().openapi({ description: "country-years or episodes stored" }),
    columns: z.number().int().openapi({ description: "columns of the file" }),
    firstImportedAt: z.string(),
    importedAt: z.string().openapi({ description: "when the last file was imported into this version" }),
    source: z
      .object({
        id: z.uuid(),
        name: z.string(),
        url: z.string().nullable(),
        licence: z.string().nullable(),
        accessedAt: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: "the dataset's Source record; null when the caller may not read it" }),
  })
  .openapi("EwpDataset");

const EwpDatasetList = z.object({ items: z.array(EwpDatasetSchema) }).openapi("EwpDatasetList");

/**
 * The EWP datasets in the store (`tocsin import ewp`, `pull ewp --import`, the EWP import job): which
 * versions a forecast job can name, from which file, with how many rows. Public data: reading it is
 * forecast x read. The importer's account is left out (the import runs, internal, say who).
 */
export function mountEwpDatasets(api: Api, deps: HttpDeps): void {
  const { app } = deps;
  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/ewp-datasets`,
      tags: ["Forecasts"],
      summary: "The EWP datasets imported into the store, by kind and version (oldest first)",
      request: { query: EwpDatasetsQuery },
      responses: {
        200: { description: "The datasets", content: { "application/json": { schema: EwpDatasetList } } },
        ...problems(400),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      const datasets = await openEwp(app).data.datasets(c.req.valid("query").kind);
      const sources = new Map<string, z.infer<typeof EwpDatasetSchema>["source"]>();
      for (const id of new Set(datasets.map((d) => d.sourceId))) {
        // Read as the caller may see it; the Source is public as imported, but it is an evidence record.
        const s = await app.evidence.get("source", id, caller).catch(() => null);
        sources.set(
          id,
          s && {
            id: s.id,
            name: s.name,
            url: s.url,
            licence: s.licence,
            accessedAt: s.accessedAt,
          },
        );
      }
      const items = datasets.map((d) => ({
        id: d.id,
        kind: d.kind,
        version: d.version,
        fileName: d.fileName,
        fileSha256: d.fileSha256,
        fileSize: d.fileSize,
        rows: d.rowCount,
        columns: d.columns.length,
        firstImportedAt: d.createdAt,
        importedAt: d.updatedAt,
        source: sources.get(d.sourceId) ?? null,
      }));
      return c.json({ items }, 200);
    },
  );
}
