import { ConflictError, ValidationError } from "../../domain/errors.ts";

/**
 * Turns constraint violations into the application's errors with their stable codes, so a caller learns
 * which rule it broke instead of seeing a driver's message (or a stack trace).
 */
export function mapDbError(error: unknown): unknown {
  const e = error as {
    code?: string;
    constraint?: string;
    detail?: string;
    message?: string;
    table?: string;
  };
  switch (e?.code) {
    case "23503":
      return new ConflictError(
        `the record is referenced by, or refers to, a missing record (${e.constraint ?? "foreign key"})`,
        {
          constraint: e.constraint,
          detail: e.detail,
        },
      );
    case "23505":
      return new ConflictError(`a record with the same key already exists (${e.constraint ?? "unique"})`, {
        constraint: e.constraint,
        detail: e.detail,
      });
    case "23514":
    case "23502":
    case "22P02":
    case "22007":
    case "22008":
      return new ValidationError(`the database refused the value: ${e.message}`, [
        { path: e.constraint ?? e.table ?? "record", message: e.message ?? "invalid" },
      ]);
    default:
      return error;
  }
}
