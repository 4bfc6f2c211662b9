import { useApi } from "../../api/use-api.ts";

interface RecordHead {
  id: string;
  title?: string;
  statement?: string;
  dateStart?: string;
}

/** A record an acceptance created: read back from the API (so it shows what was stored), linked to the browser. */
export function CreatedRecord(props: { kind: "event" | "claim"; id: string }) {
  const record = useApi<RecordHead>(`/api/v1/${props.kind}s/${props.id}`);
  const href = `/evidence/${props.kind}s/${props.id}`;
  const label =
    record.state === "ready"
      ? (record.data.title ?? record.data.statement ?? props.id)
      : record.state === "error"
        ? `${props.id} (${record.error.message})`
        : props.id;
  return (
    <li data-testid={`created-${props.kind}`}>
      {props.kind === "event" ? "Event" : "Claim"}: <a href={href}>{label}</a>
      {record.state === "ready" && record.data.dateStart ? ` (${record.data.dateStart})` : ""}
    </li>
  );
}
