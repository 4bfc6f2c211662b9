import { AppError } from "../domain/errors.ts";

/**
 * Errors that only the HTTP layer raises. Like the domain's errors they carry a stable `code`; problem.ts
 * maps every code to a status in one table.
 */
export class ReadOnlyError extends AppError {
  constructor() {
    super("read-only", "this server runs in public mode and is read-only: it accepts GET and HEAD only");
  }
}

export class ClearanceError extends AppError {
  constructor(message: string, code: "clearance-exceeded" | "insufficient-clearance") {
    super(code, message);
  }
}

export class VersionRequiredError extends AppError {
  constructor() {
    super(
      "version-required",
      'send the version you read in an If-Match header, for example If-Match: "3" (the ETag of the record)',
    );
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super("payload-too-large", `the request body exceeds ${maxBytes} bytes`, { maxBytes });
  }
}

export class MalformedBodyError extends AppError {
  constructor(message: string) {
    super("malformed-body", message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = "unsupported Content-Type for this request body") {
    super("unsupported-media-type", message);
  }
}

export class RouteNotFoundError extends AppError {
  constructor(method: string, path: string) {
    super("route-not-found", `no route for ${method} ${path}`);
  }
}

export class UnavailableError extends AppError {
  constructor(message: string) {
    super("unavailable", message);
  }
}
