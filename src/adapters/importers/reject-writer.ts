import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";

/**
 * The reject file: the input's own format (same columns and delimiter) plus the row number, the column and
 * the reason, so a person can fix the rows and import the reject file again.
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
      await this.#line([...this.columns, "_row", "_column", "_reason"]);
    }
    const cells = values ?? this.columns.map(() => "");
    await this.#line([...cells, String(line), column ?? "", reason]);
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
