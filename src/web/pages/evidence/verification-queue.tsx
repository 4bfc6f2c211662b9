import { useServerInfo } from "../../api/server-info.tsx";
import { STATUS_LABELS, type VerificationStatus } from "./verification-api.ts";

/** The list filters of the verification workflow, passed on to the API (`?verification=&assignee=me`). */
export const VERIFICATION_FILTERS = ["verification", "assignee"] as const;

const QUEUES: { label: string; params: Record<string, string> }[] = [
  { label: "Needs help", params: { verification: "needs-help" } },
  { label: "Ready for review", params: { verification: "ready-for-review" } },
  { label: "Assigned to me", params: { assignee: "me" } },
  { label: "Needs help, assigned to me", params: { verification: "needs-help", assignee: "me" } },
];

/** Links to the work queues of a list (events or claims), and what the list is filtered by now. */
export function VerificationQueues(props: { base: string; query: URLSearchParams }) {
  const info = useServerInfo();
  if (!info.known || info.clearance === "public") return null;
  const status = props.query.get("verification") as VerificationStatus | null;
  const assignee = props.query.get("assignee");
  const current = (params: Record<string, string>) =>
    (params.verification ?? null) === status && (params.assignee ?? null) === assignee;
  return (
    <nav aria-label="Verification queues" class="subnav">
      <ul>
        {QUEUES.map((q) => (
          <li key={q.label}>
            <a
              href={`${props.base}?${new URLSearchParams(q.params)}`}
              aria-current={current(q.params) ? "page" : undefined}
            >
              {q.label}
            </a>
          </li>
        ))}
        {(status || assignee) && (
          <li>
            <a href={props.base}>All</a>{" "}
            <span class="muted">
              (showing {status ? (STATUS_LABELS[status] ?? status) : "any status"}
              {assignee ? `, assigned to ${assignee === "me" ? "me" : assignee}` : ""})
            </span>
          </li>
        )}
      </ul>
    </nav>
  );
}
