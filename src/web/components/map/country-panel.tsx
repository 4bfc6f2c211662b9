import { useEffect, useRef } from "preact/hooks";
import type { CountryOverview, RiskLayer, SituationLevel } from "../../api/overview.ts";
import { formatDate } from "../../format/dates.ts";
import { LevelBadge, RiskBadge } from "../badges.tsx";

/** One situation in a list: link to its page, level badge, the rule that set it, the override if any. */
export function SituationLine(props: { s: SituationLevel }) {
  const { s } = props;
  return (
    <li class="situation-line">
      <a href={`/situations/${s.id}`}>{s.name}</a> <LevelBadge level={s.level} full />
      <div class="muted small">
        {s.overridden && s.override ? (
          <>
            Set by an analyst ({s.override.by}): {s.override.reason}. Computed:{" "}
            <LevelBadge level={s.computedLevel} />.{" "}
          </>
        ) : null}
        {s.rule ? (
          <>
            Rule <code>{s.rule.id}</code>: {s.rule.because}
          </>
        ) : s.level === "none" ? (
          "No rule fires on the evidence recorded."
        ) : null}
        {s.basis === "snapshot" &&
          s.asOf &&
          ` (stored assessment of ${formatDate(s.asOf)}; today's is being computed)`}
        {s.basis === "pending" && " (being computed: reload in a moment)"}
        {s.concerns.length > 0 && <div>Concern: {s.concerns.map((c) => c.because).join(" ")}</div>}
      </div>
    </li>
  );
}

/** The selected country: its situations (linking to their pages) and its statistical risk. */
export function CountryPanel(props: {
  iso3: string;
  country: CountryOverview | undefined;
  risk: RiskLayer | null;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.iso3]);
  const { country } = props;
  const r = props.risk?.countries.find((x) => x.iso3 === props.iso3);
  return (
    <aside class="country-panel" aria-labelledby="country-panel-title">
      <h2 id="country-panel-title" tabIndex={-1} ref={heading}>
        {country?.name ?? r?.name ?? props.iso3} {country && <LevelBadge level={country.level} full />}
      </h2>
      {country && country.shape.kind === "approximate" && (
        <p class="muted small">
          Shown with an approximate outline around {country.shape.points} event place(s): the world map has no
          shape for {country.iso3}.
        </p>
      )}
      {country ? (
        <ul class="situation-list">
          {country.situations.map((s) => (
            <SituationLine key={s.id} s={s} />
          ))}
        </ul>
      ) : (
        <p>No situation is recorded for this country.</p>
      )}
      {r && props.risk && (
        <p>
          Statistical risk of a mass-killing onset in {props.risk.window.from}-{props.risk.window.to}:{" "}
          <RiskBadge band={r.band} probability={r.probability} />, rank {r.rank} of {props.risk.scored}
          {props.risk.fictional && " (fictional forecast run)"}.
        </p>
      )}
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </aside>
  );
}
