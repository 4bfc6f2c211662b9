import type { Overview } from "../../api/overview.ts";
import { alertRank } from "../../format/levels.ts";
import { LevelBadge, RiskBadge } from "../badges.tsx";
import { SituationLine } from "./country-panel.tsx";

/** The map's data as a table: every country with situations, highest level first, with its risk. */
export function OverviewTable(props: { overview: Overview }) {
  const { overview } = props;
  const rows = [...overview.countries].sort(
    (a, b) => alertRank(b.level) - alertRank(a.level) || a.name.localeCompare(b.name),
  );
  return (
    <table class="overview-table">
      <caption>
        Countries with situations, highest alert level first (as of the assessment of today, rules{" "}
        {overview.rules})
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Highest level</th>
          <th scope="col">Situations</th>
          <th scope="col">Statistical risk</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.iso3} data-iso3={c.iso3}>
            <th scope="row">
              {c.name}
              {c.name !== c.iso3 && <span class="muted"> ({c.iso3})</span>}
              {c.shape.kind === "approximate" && (
                <div class="muted small">approximate outline on the map</div>
              )}
              {c.shape.kind === "none" && (
                <div class="muted small">not on the map: no shape, no located event</div>
              )}
            </th>
            <td>
              <LevelBadge level={c.level} full />
            </td>
            <td>
              <ul class="situation-list">
                {c.situations.map((s) => (
                  <SituationLine key={s.id} s={s} />
                ))}
              </ul>
            </td>
            <td>
              {c.risk ? (
                <>
                  <RiskBadge band={c.risk.band} probability={c.risk.probability} />
                  <div class="muted small">
                    rank {c.risk.rank}
                    {overview.risk && ` of ${overview.risk.scored}`}
                  </div>
                </>
              ) : (
                <span class="muted">{overview.risk ? "not scored" : "no forecast"}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
