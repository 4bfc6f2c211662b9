import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createRoute, z } from "@hono/zod-openapi";
import { backupStore } from "../../app/backup/backup-store.ts";
import { backupDeps } from "../../cli/store-deps.ts";
import { requireClearance } from "../custody/custody.routes.ts";
import { API_PREFIX, type Api, type HttpDeps } from "../shared/context.ts";
import { problems } from "../shared/problem.schema.ts";

const binary = z.string().openapi({ type: "string", format: "binary" });

/**
 * `GET /api/v1/backup`: the archive `tocsin backup` writes, from a running server. On the embedded database the
 * server owns the data folder (a second process may not open it), so this is how a running PGlite store is
 * backed up; on PostgreSQL `tocsin backup` from another process does the same. The archive holds every
 * confidential field and original, hence `confidential` clearance. It is written to a temporary file first
 * (one REPEATABLE READ snapshot, see backupStore), then streamed and deleted, so a client that stops reading
 * never holds the snapshot open.
 */
export function mountBackup(api: Api, deps: HttpDeps): void {
  api.openapi(
    createRoute({
      method: "get",
      path: `${API_PREFIX}/backup`,
      tags: ["Backup"],
      summary: "A full archive of the store: every table, every original, a manifest of hashes",
      description:
        "The same archive as `tocsin backup` (restore it with `tocsin restore FILE`), one consistent moment " +
        "even while others write. The SHA-256 of its manifest line is in `X-Tocsin-Manifest-Sha256`: keep it " +
        "apart from the archive. Needs `confidential` clearance; recorded in the custody log.",
      responses: {
        200: {
          description: "The archive (gzip'd JSON Lines)",
          content: { "application/gzip": { schema: binary } },
        },
        ...problems(403),
      },
    }),
    async (c) => {
      const caller = c.get("caller");
      requireClearance(caller, "confidential", "a backup");
      const dir = mkdtempSync(join(tmpdir(), "tocsin-backup-"));
      const file = join(dir, "store.tocsin");
      try {
        const result = await backupStore(backupDeps(deps.app, caller.actor), file);
        const stream = createReadStream(file);
        stream.once("close", () => rmSync(dir, { recursive: true, force: true }));
        const day = result.manifest && deps.app.clock.now().toISOString().slice(0, 10);
        return c.body(Readable.toWeb(stream) as unknown as ReadableStream, 200, {
          "Content-Type": "application/gzip",
          "Content-Length": String(result.bytes),
          "Content-Disposition": `attachment; filename="tocsin-${day}.tocsin"`,
          "X-Tocsin-Manifest-Sha256": result.manifestSha256,
          "Cache-Control": "no-store",
        });
      } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    },
  );
}
