import { useApi } from "../../api/use-api.ts";

interface RecordHead {
  id: string;
  title?: string;
  statement?: string;
  dateStart?: string;
}

/** A record an acceptance created: read back from the API (so it shows what was stored), linked to the browser. */
export function CreatedRecord(props: { kind: "event" | "claim"; id: string }) {
  // GET /events/{id} answers {event, claims, spread}; GET /claims/{id} the claim itself.
  const loaded = useApi<RecordHead | { event: RecordHead }>(`/api/v1/${props.kind}s/${props.id}`);
  const record =
    loaded.state === "ready"
      ? { ...loaded, data: "event" in loaded.data ? loaded.data.event : loaded.data }
      : loaded;
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
