/** A value that cannot be read: names the column so the reject file and the summary can say where. */
export class FieldError extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(`${column}: ${reason}`);
  }
}
