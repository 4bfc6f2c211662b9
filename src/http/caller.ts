import { ValidationError } from "../domain/errors.ts";
import { type Caller, canSee, Sensitivity } from "../domain/evidence/sensitivity.ts";
import { ClearanceError } from "./errors.ts";

/**
 * The server's part in deciding who is calling. Authentication (sessions, API tokens) is in src/http/auth and
 * the decision in the one policy module (src/domain/auth/policy.ts); this file keeps what the server was
 * started with: a maximum clearance (public mode forces `public`) that caps every caller, the auth mode, and
 * OPEN LOCAL MODE, today's single-user behaviour while no account exists (or with `--auth open`): no login,
 * a request may lower its own clearance with `X-Tocsin-Clearance` (never raise it), and the name recorded in
 * the custody log is `X-Tocsin-Actor` when given, else `api`.
 */
export interface CallerPolicy {
  /** The most any request to this server may see. */
  clearance: Sensitivity;
  publicMode: boolean;
  /**
   * auto (default): open local mode until the first account exists, then every request must authenticate;
   * required: always authenticate; open: never require a login (a logged-in session still counts).
   */
  auth?: AuthMode;
  /** Mark the session cookie Secure even over plain http (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
}

export const AUTH_MODES = ["auto", "required", "open"] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export const CLEARANCE_HEADER = "X-Tocsin-Clearance";
export const ACTOR_HEADER = "X-Tocsin-Actor";
export const DEFAULT_ACTOR = "api";

/** The clearance a server started with these options grants at most. */
export function serverClearance(policy: CallerPolicy): Sensitivity {
  return policy.publicMode ? "public" : policy.clearance;
}

export function callerFor(header: (name: string) => string | undefined, policy: CallerPolicy): Caller {
  const max = serverClearance(policy);
  return { actor: actorFrom(header(ACTOR_HEADER)), clearance: clearanceFrom(header(CLEARANCE_HEADER), max) };
}

export function clearanceFrom(raw: string | undefined, max: Sensitivity): Sensitivity {
  if (raw === undefined) return max;
  const parsed = Sensitivity.safeParse(raw.trim());
  if (!parsed.success) {
    const message = `expected one of ${Sensitivity.options.join(", ")}`;
    throw new ValidationError(`${CLEARANCE_HEADER}: ${message}`, [{ path: CLEARANCE_HEADER, message }]);
  }
  if (!canSee(max, parsed.data)) {
    throw new ClearanceError(
      `${CLEARANCE_HEADER} may lower the clearance of a request, not raise it: this server grants at most "${max}"`,
      "clearance-exceeded",
    );
  }
  return parsed.data;
}

function actorFrom(raw: string | undefined): string {
  if (raw === undefined) return DEFAULT_ACTOR;
  const actor = raw.trim();
  // The name goes into the hash-chained custody log for ever: printable text only, of a sane length.
  const problem =
    actor.length === 0
      ? "must not be empty"
      : actor.length > 200
        ? "must be at most 200 characters"
        : /\p{Cc}/u.test(actor)
          ? "must not contain control characters"
          : null;
  if (problem)
    throw new ValidationError(`${ACTOR_HEADER}: ${problem}`, [{ path: ACTOR_HEADER, message: problem }]);
  return actor;
}
