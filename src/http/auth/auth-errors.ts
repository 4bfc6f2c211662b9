import { AppError } from "../../domain/errors.ts";

/** Refusals of the authentication layer and the policy; problem.ts maps each code to its status. */
export class AuthError extends AppError {
  constructor(
    code: "unauthenticated" | "forbidden" | "insufficient-scope" | "csrf-failed" | "login-failed",
    message: string,
  ) {
    super(code, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("too-many-requests", `too many login attempts: try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }
}
