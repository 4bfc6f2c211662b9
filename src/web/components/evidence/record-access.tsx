import { useApi } from "../../api/use-api.ts";

/** GET /api/v1/records/{id}/access (src/http/access/schema.ts, RecordAccess). */
export interface RecordAccessView {
  recordId: string;
  kind: string;
  restricted: boolean;
  grants: { grantee: { kind: "user" | "group"; name: string }; access: "read" | "write" }[];
}

/**
 * Who a restricted record is open to, on its page (read-only: grants are managed with `tocsin access` or the
 * /records/{id}/access routes by an administrator). Says nothing for an unrestricted record.
 */
export function RecordAccess(props: { id: string }) {
  const access = useApi<RecordAccessView>(`/api/v1/records/${props.id}/access`);
  if (access.state !== "ready" || !access.data.restricted) return null;
  const grants = access.data.grants;
  return (
    <section class="record-access" aria-label="Access" data-testid="record-access">
      <p>
        <strong>Restricted</strong>:{" "}
        {grants.length === 0
          ? "open to nobody until an administrator grants access"
          : grants.map((g, i) => (
              <span key={`${g.grantee.kind}:${g.grantee.name}`}>
                {i > 0 && ", "}
                {g.grantee.kind} {g.grantee.name} ({g.access})
              </span>
            ))}
      </p>
    </section>
  );
}
