/**
 * Errors with stable machine codes. The HTTP layer maps them to RFC 9457 problem documents in one place,
 * and the CLI to one-line messages with a hint.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(kind: string, id: string) {
    super("not-found", `no ${kind} with id ${id}`, { kind, id });
  }
}

export class StaleVersionError extends AppError {
  constructor(kind: string, id: string, expected: number, current: number) {
    super(
      "stale-version",
      `${kind} ${id} is at version ${current}, not ${expected}: reload it and apply your change again`,
      {
        kind,
        id,
        expected,
        current,
      },
    );
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("conflict", message, details);
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly issues: FieldIssue[],
  ) {
    super("invalid-input", message, { issues });
  }
}
