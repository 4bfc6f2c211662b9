import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from "./vocabulary.ts";

/** A source's reliability grade with its meaning: "B (usually reliable)". */
export function Reliability(props: { grade: string }) {
  const label = RELIABILITY_LABELS[props.grade] ?? "unknown grade";
  return (
    <span class="grade" title={`Source reliability ${props.grade}: ${label}`}>
      <strong>{props.grade}</strong> <span class="muted">({label})</span>
    </span>
  );
}

/** A claim's credibility grade with its meaning: "2 (probably true)". */
export function Credibility(props: { grade: number }) {
  const label = CREDIBILITY_LABELS[props.grade] ?? "unknown grade";
  return (
    <span class="grade" title={`Information credibility ${props.grade}: ${label}`}>
      <strong>{props.grade}</strong> <span class="muted">({label})</span>
    </span>
  );
}

/** What the two grades mean: shown beside every list of graded sources or claims. */
export function GradesExplained() {
  return (
    <details class="grades-explained">
      <summary>What the grades mean</summary>
      <p>
        Sources and what they say are graded apart (the Admiralty or NATO system): a reliable source can pass
        on a doubtful report, an unknown one can report what others confirm.
      </p>
      <div class="two-col">
        <dl>
          <dt>Source reliability</dt>
          {Object.entries(RELIABILITY_LABELS).map(([g, l]) => (
            <dd key={g}>
              <strong>{g}</strong> {l}
            </dd>
          ))}
        </dl>
        <dl>
          <dt>Information credibility</dt>
          {Object.entries(CREDIBILITY_LABELS).map(([g, l]) => (
            <dd key={g}>
              <strong>{g}</strong> {l}
            </dd>
          ))}
        </dl>
      </div>
    </details>
  );
}
