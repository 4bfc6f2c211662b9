import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ApiError } from "../../api/client.ts";
import { logIn, logOut, useSession } from "../../api/session.tsx";

/** Only paths of this app, so that ?next= cannot send a reader elsewhere after login. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)/.test(next) && !next.startsWith("/login") ? next : "/";
}

/** /login: name, password and (for accounts with a second factor) the authenticator's code. */
export function LoginPage() {
  const session = useSession();
  const location = useLocation();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await logIn(name.trim(), password, code.trim() || undefined);
      setPassword("");
      location.route(safeNext(location.query.next));
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 429
          ? "Too many attempts: wait a minute and try again."
          : err instanceof ApiError && err.status === 401
            ? "The name, password or code is wrong, or the account is locked or disabled."
            : `The login failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="login-page">
      <h1>Log in</h1>
      {session?.authenticated ? (
        <p>
          You are logged in as <strong>{session.actor}</strong> ({session.role}, clearance {session.clearance}
          ).{" "}
          <button type="button" onClick={() => logOut()}>
            Log out
          </button>
        </p>
      ) : null}
      <form onSubmit={submit} aria-describedby={error ? "login-error" : undefined}>
        <p>
          <label for="login-name">Name</label>
          <input
            id="login-name"
            name="name"
            autocomplete="username"
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </p>
        <p>
          <label for="login-password">Password</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </p>
        <p>
          <label for="login-code">Code from your authenticator (if your account has one)</label>
          <input
            id="login-code"
            name="code"
            inputMode="numeric"
            autocomplete="one-time-code"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </p>
        {error ? (
          <p id="login-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          Log in
        </button>
      </form>
    </section>
  );
}
