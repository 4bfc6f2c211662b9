import type { CountryForecast } from "../../api/assessment.ts";
import { formatProbability } from "../../format/numbers.ts";
import { RiskBadge } from "../badges.tsx";

/**
 * The country's statistical risk over the data years: a small line chart (with its values in a table beside,
 * so nothing is only drawn) and the latest forecast. The model's risk is a starting point, not a verdict.
 */
export function ForecastTrend(props: { forecast: CountryForecast | null; country: string }) {
  const f = props.forecast;
  return (
    <section aria-labelledby="forecast-title">
      <h2 id="forecast-title">Statistical risk (forecast trend)</h2>
      {!f || f.points.length === 0 ? (
        <p class="muted">No stored forecast scores {props.country}.</p>
      ) : (
        <>
          {f.latest && (
            <p>
              Latest: <RiskBadge band={f.latest.band} probability={f.latest.probability} /> chance of a
              mass-killing onset in {f.latest.window.from}-{f.latest.window.to}, rank {f.latest.rank}
              {f.latest.of ? ` of ${f.latest.of}` : ""} (model {f.latest.run.modelId}{" "}
              {f.latest.run.modelVersion}
              {f.latest.run.fictional ? ", fictional run" : ""}).
            </p>
          )}
          <Sparkline points={f.points.map((p) => [p.dataYear, p.probability])} />
          <details>
            <summary>The figures</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Data year</th>
                  <th scope="col">Onset window</th>
                  <th scope="col">Probability</th>
                  <th scope="col">Rank</th>
                </tr>
              </thead>
              <tbody>
                {f.points.map((p) => (
                  <tr key={p.dataYear}>
                    <td>{p.dataYear}</td>
                    <td>
                      {p.window.from}-{p.window.to}
                    </td>
                    <td>{formatProbability(p.probability)}</td>
                    <td>
                      {p.rank}
                      {p.of ? ` of ${p.of}` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function Sparkline(props: { points: [number, number][] }) {
  const pts = props.points;
  if (pts.length < 2) return null;
  const w = 360;
  const h = 80;
  const xs = pts.map(([x]) => x);
  const max = Math.max(...pts.map(([, y]) => y), 0.04);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const sx = (x: number) => 4 + ((x - x0) / Math.max(1, x1 - x0)) * (w - 8);
  const sy = (y: number) => h - 4 - (y / max) * (h - 8);
  const line = pts.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ");
  return (
    <svg
      width={w}
      height={h}
      role="img"
      aria-label={`Probability from ${x0} to ${x1}: ${pts.map(([x, y]) => `${x} ${formatProbability(y)}`).join(", ")}`}
      class="sparkline"
    >
      <line x1="0" x2={w} y1={sy(0.04)} y2={sy(0.04)} stroke="#08519c" stroke-dasharray="3 3" />
      <polyline points={line} fill="none" stroke="#1b1b1b" stroke-width="2" />
    </svg>
  );
}
