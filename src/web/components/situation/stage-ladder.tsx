import type { Assessment, ExplainedEvidence, Explanation } from "../../api/assessment.ts";
import { formatDate } from "../../format/dates.ts";
import { CAP_REASONS } from "../../format/levels.ts";
import { formatScore } from "../../format/numbers.ts";
import { StageLevelBadge } from "../badges.tsx";
import { ContestedMark, eventHref, sourceHref, TollText } from "./links.tsx";

const TOP = 3;

/**
 * The Ten Stages as a ladder, stage 1 at the bottom as in Stanton's model read upwards: each stage's level,
 * score and its largest contributions (linking to the evidence). Stages are independent: several can be active.
 */
export function StageLadder(props: { assessment: Assessment; explanation: Explanation | null }) {
  const explained = new Map(props.explanation?.stages.map((s) => [s.stage, s]) ?? []);
  const stages = [...props.assessment.stages].reverse();
  return (
    <section aria-labelledby="stages-title">
      <h2 id="stages-title">The Ten Stages</h2>
      <p class="muted small">
        Each stage is assessed on its own evidence; several can be active at once. Score: evidence mass (1 =
        one fresh report of a defining sign from a completely reliable source).
      </p>
      <ol class="ladder" reversed>
        {stages.map((s) => {
          const top = topEvidence(explained.get(s.stage));
          return (
            <li key={s.stage} class={`rung rung-${s.level}`} data-stage={s.stage}>
              <div class="rung-head">
                <span class="rung-number">{s.stage}</span>
                <h3>{s.name}</h3>
                <StageLevelBadge level={s.level} />
                <span class="muted small">
                  score {formatScore(s.score)} · {s.items} item(s)
                  {s.contestedItems > 0 && `, ${s.contestedItems} contested`}
                </span>
              </div>
              {s.override && (
                <p class="small">
                  <strong>Override</strong> by {s.override.actor}: {s.override.reason} (computed:{" "}
                  <StageLevelBadge level={s.computedLevel} />)
                </p>
              )}
              {s.cappedBy && <p class="muted small">{CAP_REASONS[s.cappedBy] ?? s.cappedBy}</p>}
              {top.length > 0 && (
                <ul class="top-evidence">
                  {top.map(({ indicator, e }) => (
                    <EvidenceLine key={`${indicator}:${e.id}`} indicator={indicator} e={e} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function topEvidence(stage: Explanation["stages"][number] | undefined) {
  if (!stage) return [];
  return stage.indicators
    .flatMap((i) => i.evidence.map((e) => ({ indicator: i.title, e })))
    .sort((a, b) => b.e.mass - a.e.mass)
    .slice(0, TOP);
}

function EvidenceLine(props: { indicator: string; e: ExplainedEvidence }) {
  const { e } = props;
  const source = e.claims.find((c) => c.source)?.source;
  return (
    <li>
      {e.kind === "event" ? <a href={eventHref(e.id)}>{e.title}</a> : <span>{e.title}</span>}{" "}
      <span class="muted small">
        ({formatDate(e.date)}
        {e.toll && (
          <>
            , <TollText toll={e.toll} />
          </>
        )}
        ; weight {formatScore(e.mass)}; {props.indicator})
      </span>{" "}
      {e.contested && <ContestedMark />}
      {source && (
        <span class="small">
          {" "}
          source: <a href={sourceHref(source.id)}>{source.name}</a> ({source.reliability})
        </span>
      )}
    </li>
  );
}
