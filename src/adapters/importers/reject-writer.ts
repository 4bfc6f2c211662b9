import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

/**
 * The reject file: the row number, the column and the reason first, then the row as it was, in the input's
 * own columns and delimiter. The three come first so they stay aligned even for a row with too few or too
 * many fields; the importers ignore columns they do not read, so a corrected reject file imports as it is.
 */
export class RejectWriter {
  #out: WriteStream | null = null;
  count = 0;

  constructor(
    readonly path: string,
    readonly delimiter: string,
    readonly columns: readonly string[],
  ) {}

  async write(line: number, values: string[] | null, column: string | null, reason: string): Promise<void> {
    if (!this.#out) {
      this.#out = createWriteStream(this.path, { flags: "w" });
      await this.#line(["_row", "_column", "_reason", ...this.columns]);
    }
    const cells = values ?? this.columns.map(() => "");
    await this.#line([String(line), column ?? "", reason, ...cells]);
    this.count++;
  }

  async close(): Promise<void> {
    if (!this.#out) return;
    this.#out.end();
    await once(this.#out, "close");
  }

  async #line(cells: string[]): Promise<void> {
    const text = `${cells.map((c) => this.#quote(c)).join(this.delimiter)}\n`;
    if (!this.#out?.write(text)) await once(this.#out as WriteStream, "drain");
  }

  #quote(cell: string): string {
    if (this.delimiter === "\t") return cell.replace(/[\t\r\n]/g, " ");
    return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
}
