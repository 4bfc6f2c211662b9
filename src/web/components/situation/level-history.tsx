import type { Replay, StoredAssessment } from "../../api/assessment.ts";
import { formatDate, formatInstant } from "../../format/dates.ts";
import { alertStyle } from "../../format/levels.ts";
import { LevelBadge } from "../badges.tsx";

/**
 * The history of levels: the stored assessments (what was decided, when, by whom), and the levels the rules give
 * month by month over the evidence's own dates (a replay), shown as a strip and as the list of changes.
 */
export function LevelHistory(props: {
  history: StoredAssessment[];
  replay: Replay | null;
  onStore: (() => void) | null;
  storing: boolean;
}) {
  const changes = levelChanges(props.replay);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History of levels</h2>
      <h3>Stored assessments</h3>
      {props.history.length === 0 ? (
        <p class="muted">No assessment of this situation has been stored yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">As of</th>
              <th scope="col">Level</th>
              <th scope="col">Rules give</th>
              <th scope="col">Rules</th>
              <th scope="col">Stored</th>
            </tr>
          </thead>
          <tbody>
            {props.history.map((h) => (
              <tr key={h.id}>
                <td>{formatDate(h.asOf)}</td>
                <td>
                  <LevelBadge level={h.level} />
                </td>
                <td>
                  <LevelBadge level={h.computedLevel} />
                </td>
                <td>{h.ruleVersion}</td>
                <td class="small">
                  {formatInstant(h.computedAt)} by {h.computedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.onStore && (
        <button type="button" onClick={props.onStore} disabled={props.storing}>
          {props.storing ? "Storing…" : "Store today's assessment"}
        </button>
      )}
      <h3>Month by month, by the evidence's dates</h3>
      {!props.replay ? (
        <p class="muted" aria-busy="true">
          Replaying the evidence…
        </p>
      ) : (
        <>
          <div class="level-strip" aria-hidden="true">
            {props.replay.months.map((m) => {
              const s = alertStyle(m.level);
              return (
                <span key={m.asOf} title={`${formatDate(m.asOf, "month")}: ${s.name}`} class="strip-cell">
                  <svg width="100%" height="100%" aria-hidden="true">
                    <rect width="100%" height="100%" fill={s.pattern ? `url(#${s.pattern})` : s.fill} />
                  </svg>
                </span>
              );
            })}
          </div>
          <ul class="level-changes">
            {changes.map((c) => (
              <li key={c.asOf}>
                {formatDate(c.asOf, "month")}: <LevelBadge level={c.level} full />
              </li>
            ))}
          </ul>
          <p class="muted small">
            Computed levels (no overrides), {props.replay.knowledge} knowledge: evidence counts from its own
            dates, whenever it was recorded. Rules {props.replay.rules}.
          </p>
        </>
      )}
    </section>
  );
}

function levelChanges(replay: Replay | null) {
  const out: { asOf: string; level: string }[] = [];
  for (const m of replay?.months ?? []) if (out.at(-1)?.level !== m.level) out.push(m);
  return out;
}
