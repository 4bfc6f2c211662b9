/**
 * The declared limits of authentication. Changing one is a security decision: say why in the commit.
 */
/** Consecutive failed logins (wrong password or second-factor code) that lock an account. */
export const MAX_FAILED_LOGINS = 5;
/** How long a locked account refuses every login, the right password included. */
export const LOCKOUT_MS = 15 * 60 * 1000;
/** Login attempts per client address (and per account name) in one window, whatever their outcome. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MS = 60 * 1000;
/** A session ends after this long without a request ... */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ... and in any case this long after login. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** A session's last-seen time is written at most this often (not on every request). */
export const SESSION_TOUCH_MS = 60 * 1000;

export interface LoginCounters {
  failedLogins: number;
  lockedUntil: string | null;
}

export function isLocked(user: LoginCounters, now: Date): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now.getTime();
}

/** The counters after one more failure: the account locks at MAX_FAILED_LOGINS, and the count restarts. */
export function afterFailure(user: LoginCounters, now: Date): LoginCounters {
  const failed = (isLocked(user, now) ? 0 : user.failedLogins) + 1;
  if (failed >= MAX_FAILED_LOGINS) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS).toISOString() };
  }
  return { failedLogins: failed, lockedUntil: isLocked(user, now) ? user.lockedUntil : null };
}

/** When a session seen at `now` expires: idle timeout, capped by the absolute lifetime. */
export function sessionExpiry(createdAt: string, now: Date): string {
  const idle = now.getTime() + SESSION_IDLE_MS;
  const max = Date.parse(createdAt) + SESSION_MAX_AGE_MS;
  return new Date(Math.min(idle, max)).toISOString();
}
