// What the CLI needs to report a store that cannot be opened, apart from database.ts so that reporting
// loads no database driver.

/** A failure to open the store, with a one-line hint for the person running tocsin. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
