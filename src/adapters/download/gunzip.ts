import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

/** Unpacks a .gz file beside itself (streamed); a damaged file leaves nothing behind. */
export async function gunzipFile(gzPath: string, outPath: string): Promise<void> {
  try {
    await pipeline(createReadStream(gzPath), createGunzip(), createWriteStream(`${outPath}.part`));
  } catch (error) {
    await rm(`${outPath}.part`, { force: true });
    throw new Error(`${gzPath}: not a whole gzip file (${(error as Error).message})`);
  }
  await rename(`${outPath}.part`, outPath);
}
