import { useState } from "preact/hooks";
import { sendJson } from "../../api/client.ts";
import { useSession } from "../../api/session.tsx";
import { useApi } from "../../api/use-api.ts";

interface RecordAccess {
  recordId: string;
  kind: string;
  restricted: boolean;
  grants: { grantee: { kind: "user" | "group"; name: string }; access: "read" | "write" }[];
}

/**
 * Who a record is restricted to, for administrators (who manage grants: GET/POST/DELETE
 * /api/v1/records/{id}/access...): its grants, one removed at a time, and a grant added (which restricts the
 * record if it was not). Shown to admin sessions only; the server decides anyway (403 otherwise).
 */
export function RecordAccessPanel(props: { recordId: string }) {
  const session = useSession();
  if (session?.role !== "admin") return null;
  return <Panel recordId={props.recordId} />;
}

function Panel(props: { recordId: string }) {
  const path = `/api/v1/records/${encodeURIComponent(props.recordId)}/access`;
  const access = useApi<RecordAccess>(path);
  const [grantee, setGrantee] = useState("");
  const [level, setLevel] = useState<"read" | "write">("read");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (send: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await send();
      if (access.state === "ready") access.reload();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  if (access.state !== "ready") return null;
  const a = access.data;
  return (
    <section class="record-access" data-testid="record-access" aria-labelledby="record-access-title">
      <h2 id="record-access-title">Access</h2>
      <p data-testid="record-access-state">
        {a.restricted
          ? a.grants.length
            ? "Restricted: only these users and groups see it."
            : "Restricted to nobody: no one sees it until a grant is given or the restriction lifted."
          : "Not restricted: role and clearance decide who sees it. A grant restricts it to its grantees."}
      </p>
      <ul>
        {a.grants.map((g) => {
          const name = `${g.grantee.kind}:${g.grantee.name}`;
          return (
            <li key={name} data-grantee={name}>
              {name} ({g.access}){" "}
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void act(() => sendJson("DELETE", `${path}/grants/${encodeURIComponent(name)}`))
                }
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => sendJson("POST", `${path}/grants`, { grantee: grantee.trim(), access: level }));
        }}
      >
        <label>
          Grantee (user:NAME or group:NAME){" "}
          <input
            name="grantee"
            value={grantee}
            required
            pattern="(user|group):.+"
            onInput={(e) => setGrantee((e.target as HTMLInputElement).value)}
          />
        </label>{" "}
        <label>
          Access{" "}
          <select
            name="access"
            value={level}
            onChange={(e) => setLevel((e.target as HTMLSelectElement).value as "read" | "write")}
          >
            <option value="read">read</option>
            <option value="write">write</option>
          </select>
        </label>{" "}
        <button type="submit" disabled={busy}>
          Grant
        </button>
      </form>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </section>
  );
}
