import { ALERT_LEVELS, ALERT_STYLES, RISK_BANDS, RISK_STYLES } from "../../format/levels.ts";
import { PatternSwatch } from "./patterns.tsx";
import type { MapLayer } from "./world-map.tsx";
import "./map.css";

/** The map's legend: each level's swatch (colour and pattern), mark and name; the approximate-outline border. */
export function MapLegend(props: { layer: MapLayer; riskNote?: string }) {
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" class="legend-title">
        {props.layer === "alert" ? "Legend: highest alert level in the country" : "Legend: statistical risk"}
      </h2>
      <ul>
        {props.layer === "alert"
          ? ALERT_LEVELS.map((l) => {
              const s = ALERT_STYLES[l];
              return (
                <li key={l}>
                  <PatternSwatch pattern={s.pattern} fill={s.fill} /> <b>{s.mark}</b> {s.name}
                </li>
              );
            })
          : RISK_BANDS.map((b) => {
              const s = RISK_STYLES[b];
              return (
                <li key={b}>
                  <PatternSwatch pattern={null} fill={s.fill} /> <b>{s.mark}</b> {s.name}
                </li>
              );
            })}
        <li>
          <PatternSwatch pattern={null} fill="#f7f7f7" /> no{" "}
          {props.layer === "alert" ? "situation" : "forecast"}
        </li>
        <li>
          <PatternSwatch pattern={null} fill="#ffffff" dashed /> approximate outline: no shape on the world
          map, drawn around where the country's events happened
        </li>
      </ul>
      {props.riskNote && <p class="muted">{props.riskNote}</p>}
    </section>
  );
}
