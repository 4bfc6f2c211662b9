import { useApi } from "../../api/use-api.ts";
import { formatInstant } from "../../format/dates.ts";
import type { CustodyEntry } from "./types.ts";

/**
 * The custody trail of one record: every creation, change and logged read, in order, with who, when, why and
 * the entry's place in the hash chain. The API needs `internal` clearance for it.
 */
export function CustodyTrail(props: { kind: "events" | "claims" | "sources" | "documents"; id: string }) {
  const trail = useApi<{ items: CustodyEntry[] }>(`/api/v1/${props.kind}/${props.id}/custody`);
  return (
    <section aria-labelledby={`custody-${props.id}`}>
      <h2 id={`custody-${props.id}`}>Custody trail</h2>
      {trail.state === "loading" && <p class="muted">Loading the custody trail…</p>}
      {trail.state === "error" && (
        <p class="muted">
          {"status" in trail.error && trail.error.status === 403
            ? "The custody trail needs internal clearance."
            : `Could not load the custody trail: ${trail.error.message}`}
        </p>
      )}
      {trail.state === "ready" && (
        <table class="custody">
          <caption class="muted">
            Append-only and hash-chained: each entry's hash covers the one before it (`tocsin verify` checks
            the chain).
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Reason</th>
              <th scope="col">Entry hash</th>
            </tr>
          </thead>
          <tbody>
            {trail.data.items.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{formatInstant(e.at)}</td>
                <td>{e.actor}</td>
                <td>
                  {e.action}
                  {changed(e) && <span class="muted"> ({changed(e)})</span>}
                </td>
                <td>{e.reason ?? <span class="muted">none given</span>}</td>
                <td>
                  <code title={e.hash}>{e.hash.slice(0, 12)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function changed(e: CustodyEntry): string {
  const fields = e.details.changed;
  if (Array.isArray(fields) && fields.length) return `changed ${fields.join(", ")}`;
  if (typeof e.details.version === "number") return `version ${e.details.version}`;
  return "";
}
