import { useServerInfo } from "../../api/server-info.tsx";

/**
 * A confidential field (a witness, a source's contact, who collected a document). The API nulls it for callers
 * below `confidential`: then it reads "withheld", never an empty cell that would look like "none recorded".
 */
export function Confidential(props: { value: string | null }) {
  const server = useServerInfo();
  if (props.value !== null && props.value !== "")
    return <span class="confidential-value">{props.value}</span>;
  if (!server.known) return <span class="muted">…</span>;
  if (server.clearance !== "confidential")
    return (
      <span class="withheld" title="Confidential: withheld at your clearance">
        withheld (confidential)
      </span>
    );
  return <span class="muted">none recorded</span>;
}

/** True when the caller cannot see confidential fields: forms then leave them alone. */
export function useWithheld(): boolean {
  const server = useServerInfo();
  return !server.known || server.clearance !== "confidential";
}
