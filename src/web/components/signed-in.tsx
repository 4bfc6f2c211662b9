import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { LOGIN_PATH, logOut, useSession } from "../api/session.tsx";

/** "Signed in as <name> (<role>)" and a sign-out button in the header, for a logged-in account only. */
export function SignedIn() {
  const session = useSession();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  if (!session?.authenticated || session.mode === "public") return null;
  const name = session.user?.name ?? session.actor.replace(/^user:/, "");
  const signOut = async () => {
    setBusy(true);
    try {
      await logOut();
      location.route(LOGIN_PATH);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p class="signed-in" data-testid="signed-in">
      Signed in as <strong>{name}</strong> ({session.role ?? "no role"}){" "}
      <button type="button" onClick={signOut} disabled={busy}>
        Sign out
      </button>
    </p>
  );
}
