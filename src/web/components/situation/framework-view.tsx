import type { RiskFactor } from "../../api/assessment.ts";
import { formatScore } from "../../format/numbers.ts";
import { StageLevelBadge } from "../badges.tsx";

const SCOPES: Record<string, string> = {
  common: "Common to all atrocity crimes",
  genocide: "Specific to genocide",
  "crimes-against-humanity": "Specific to crimes against humanity",
  "war-crimes": "Specific to war crimes",
};

/** The UN Framework of Analysis view of the same evidence: 14 risk factors, their levels and indicators. */
export function FrameworkView(props: { factors: RiskFactor[] }) {
  const scopes = [...new Set(props.factors.map((f) => f.scope))];
  return (
    <section aria-labelledby="framework-title">
      <h2 id="framework-title">UN Framework of Analysis (the same evidence)</h2>
      <table class="framework">
        <thead>
          <tr>
            <th scope="col">Risk factor</th>
            <th scope="col">Level</th>
            <th scope="col">Score</th>
            <th scope="col">Indicators with evidence</th>
          </tr>
        </thead>
        {scopes.map((scope) => (
          <tbody key={scope}>
            <tr>
              <th colSpan={4} scope="colgroup" class="scope">
                {SCOPES[scope] ?? scope}
              </th>
            </tr>
            {props.factors
              .filter((f) => f.scope === scope)
              .map((f) => (
                <tr key={f.number}>
                  <th scope="row">
                    {f.number}. {f.name}
                  </th>
                  <td>
                    <StageLevelBadge level={f.level} />
                  </td>
                  <td>{formatScore(f.score)}</td>
                  <td class="small">
                    {f.indicators.length === 0 ? (
                      <span class="muted">none</span>
                    ) : (
                      f.indicators.map((i) => (
                        <div key={i.indicatorId}>
                          {i.title}{" "}
                          <span class="muted">
                            ({i.stage ? `stage ${i.stage}, ` : ""}
                            {i.level})
                          </span>
                        </div>
                      ))
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
