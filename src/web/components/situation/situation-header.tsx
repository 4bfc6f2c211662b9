import type { Assessment, Situation } from "../../api/assessment.ts";
import { useCanEdit } from "../../api/server-info.tsx";
import { formatDate, formatInstant } from "../../format/dates.ts";
import { alertStyle, CAP_REASONS } from "../../format/levels.ts";
import { formatScore } from "../../format/numbers.ts";
import { LevelBadge, SensitivityBadge } from "../badges.tsx";
import { ruleThatSet } from "./rule-that-set.ts";

/** The situation's name and its level: the rule that set it, any analyst's override, concerns, what would change it. */
export function SituationHeader(props: { situation: Situation; assessment: Assessment }) {
  const { situation: s, assessment: a } = props;
  const rule = ruleThatSet(a);
  const o = a.levelOverride;
  const next = a.nextChange;
  const canEdit = useCanEdit();
  return (
    <header class="situation-header">
      <p class="muted small">
        <a href={`/?country=${s.country}`}>{s.country}</a>
        {s.region && ` \u00b7 ${s.region}`} \u00b7 <SensitivityBadge sensitivity={s.sensitivity} />
      </p>
      <h1>{s.name}</h1>
      {s.description && <p>{s.description}</p>}
      <p class="situation-actions">
        <a href={`/alerts?situation=${s.id}`}>
          {canEdit ? "Alerts for this situation, or write one" : "Alerts"}
        </a>
        {" \u00b7 "}
        <a href={`/evidence/events?situation=${s.id}`}>Its evidence</a>
      </p>
      <section class="level-box" aria-labelledby="level-title">
        <h2 id="level-title">
          Level as of {formatDate(a.asOf)}: <LevelBadge level={a.level} full />
        </h2>
        {o ? (
          <p data-testid="override">
            <strong>Set by an analyst</strong> ({o.actor}, {formatInstant(o.at)}): {o.reason}. The rules give{" "}
            <LevelBadge level={a.computedLevel} full />.
          </p>
        ) : null}
        <p data-testid="rule">
          {rule ? (
            <>
              Set by rule <code>{rule.id}</code>: {rule.because}
            </>
          ) : (
            "No rule of the method fires on the evidence recorded."
          )}
        </p>
        {a.concerns.length > 0 && (
          <ul class="concerns">
            {a.concerns.map((c) => (
              <li key={c.id}>
                <strong>Concern</strong> (<code>{c.id}</code>): {c.because}
              </li>
            ))}
          </ul>
        )}
        {next && (
          <p class="muted small">
            Nearest change: <code>{next.id}</code> ({alertStyle(next.level).name}) needs{" "}
            {next.shortfalls
              .map(
                (f) =>
                  `${f.target} ${f.needs} (now ${f.now}${f.massNeeded > 0 ? `, ${formatScore(f.massNeeded)} more evidence` : ""}${f.gate ? `; ${CAP_REASONS[f.gate] ?? f.gate}` : ""})`,
              )
              .join("; ")}
            .
          </p>
        )}
        <p class="muted small">
          Method: rules {a.method.rules} (reading <code>{a.method.reading}</code>), indicators{" "}
          {a.method.catalogue}; {a.evidence.items} evidence items, {a.evidence.contestedItems} contested.
        </p>
      </section>
    </header>
  );
}
