import type { AssessmentDiff } from "../../api/assessment.ts";
import { formatDate } from "../../format/dates.ts";
import { LevelBadge, StageLevelBadge } from "../badges.tsx";
import { eventHref } from "./links.tsx";

/** What moved since the last stored assessment: level, rules, stages, indicators, evidence in and out. */
export function AssessmentDiffView(props: { diff: AssessmentDiff | null; note: string | null }) {
  const d = props.diff;
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">Since the last assessment</h2>
      {!d ? (
        <p class="muted">{props.note ?? "Nothing to compare with yet."}</p>
      ) : (
        <>
          <p>
            From {formatDate(d.from.asOf)} (<LevelBadge level={d.from.level} />) to {formatDate(d.to.asOf)} (
            <LevelBadge level={d.to.level} />
            ): {d.levelChanged ? "the level changed." : "the level did not change."}
            {d.rulesVersionChanged && ` The rules changed (${d.from.rules} to ${d.to.rules}).`}
          </p>
          {d.rulesNowFiring.length + d.rulesNoLongerFiring.length > 0 && (
            <p>
              {d.rulesNowFiring.length > 0 && (
                <>
                  Rules now firing: <code>{d.rulesNowFiring.join(", ")}</code>.{" "}
                </>
              )}
              {d.rulesNoLongerFiring.length > 0 && (
                <>
                  No longer firing: <code>{d.rulesNoLongerFiring.join(", ")}</code>.
                </>
              )}
            </p>
          )}
          {d.stages.length === 0 && d.indicators.length === 0 ? (
            <p class="muted">No stage or indicator moved.</p>
          ) : (
            <ul>
              {d.stages.map((s) => (
                <li key={s.stage}>
                  Stage {s.stage}: <StageLevelBadge level={s.from} /> to <StageLevelBadge level={s.to} />{" "}
                  (score {s.scoreDelta >= 0 ? "+" : ""}
                  {s.scoreDelta.toFixed(2)})
                </li>
              ))}
            </ul>
          )}
          {d.evidenceIn.length > 0 && (
            <details>
              <summary>Evidence now among the largest contributions ({d.evidenceIn.length})</summary>
              <ul>
                {d.evidenceIn.map((e) => (
                  <li key={`${e.indicator}:${e.id}`}>
                    {e.kind === "event" ? (
                      <a href={eventHref(e.id)}>event of {formatDate(e.date)}</a>
                    ) : (
                      `claim of ${formatDate(e.date)}`
                    )}{" "}
                    ({e.indicator})
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
