import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { AppError } from "../../domain/errors.ts";
import { type ArchiveLine, parseLine } from "./archive-format.ts";

/** An archive that cannot be restored as it is: the message names the part or line at fault. */
export class ArchiveError extends AppError {
  constructor(
    message: string,
    hint = "use another copy of the archive, or make a new backup from the store",
  ) {
    super("invalid-archive", message, { hint });
  }
}

export interface ReadLine {
  no: number;
  line: ArchiveLine;
}

/**
 * The archive's lines, parsed, one at a time. (A hand-written splitter rather than readline: readline does
 * not pass a gzip error on to its reader.) `position()` is how many compressed bytes were read, for progress.
 */
export function readArchive(file: string): { lines: AsyncGenerator<ReadLine>; position: () => number } {
  const raw = createReadStream(file);
  async function* lines(): AsyncGenerator<ReadLine> {
    const gunzip = raw.pipe(createGunzip());
    raw.on("error", (error) => gunzip.destroy(error));
    const decoder = new StringDecoder("utf8");
    let pending = "";
    let no = 0;
    const emit = function* (text: string): Generator<ReadLine> {
      no++;
      const line = parseLine(text);
      if (!line)
        throw new ArchiveError(
          `line ${no} of the archive is not a tocsin archive line (the archive was altered or damaged)`,
        );
      yield { no, line };
    };
    try {
      for await (const chunk of gunzip) {
        pending += decoder.write(chunk as Buffer);
        let start = 0;
        for (let nl = pending.indexOf("\n"); nl >= 0; nl = pending.indexOf("\n", start)) {
          yield* emit(pending.slice(start, nl));
          start = nl + 1;
        }
        pending = pending.slice(start);
      }
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      const e = error as NodeJS.ErrnoException;
      if (e.code === "ENOENT") throw new ArchiveError(`no archive at ${file}`, "check the file name");
      throw new ArchiveError(
        `the archive is damaged after line ${no}: ${e.message} (not a gzip file, or truncated or altered)`,
      );
    } finally {
      raw.destroy();
    }
    pending += decoder.end();
    if (pending.length > 0) yield* emit(pending);
  }
  return { lines: lines(), position: () => raw.bytesRead };
}
