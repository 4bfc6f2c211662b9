import { ValidationError } from "../domain/errors.ts";
import { type Caller, canSee, Sensitivity } from "../domain/evidence/sensitivity.ts";
import { ClearanceError } from "./errors.ts";

/**
 * THE SEAM FOR USERS AND ROLES. Until the hardening issue brings accounts, who is calling is decided here
 * and only here: the server is started with a maximum clearance (and public mode forces `public`); a
 * request may lower its own clearance with `X-Tocsin-Clearance`, never raise it; the name recorded in the
 * custody log is `X-Tocsin-Actor` when given, else `api`. Nothing here authenticates anyone: the hardening
 * issue replaces this module (sessions or tokens -> a Caller) and leaves the routes as they are.
 */
export interface CallerPolicy {
  /** The most any request to this server may see. */
  clearance: Sensitivity;
  publicMode: boolean;
}

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

function clearanceFrom(raw: string | undefined, max: Sensitivity): Sensitivity {
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
