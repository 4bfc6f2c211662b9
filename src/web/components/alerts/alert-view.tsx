import type { AlertContent } from "../../api/alerts.ts";
import { addresseeLabel } from "./addressees.ts";
import { EpisodeItem } from "./episode-item.tsx";
import { LevelBadge } from "./level-badge.tsx";

/** An alert's content as readers see it: the same sections, in the same order, as its published outputs. */
export function AlertView(props: { content: AlertContent; headingLevel?: 1 | 2 }) {
  const c = props.content;
  const H = props.headingLevel === 2 ? "h2" : "h1";
  const S = props.headingLevel === 2 ? "h3" : "h2";
  return (
    <article class="alert-doc">
      <H>{c.title}</H>
      <p>
        <LevelBadge level={c.level.value} /> {c.situation.name}
        {c.level.override ? ` (level set by the analyst: ${c.level.override.reason})` : ""}
      </p>
      {c.summary && <p class="summary">{c.summary}</p>}
      <section>
        <S>Background</S>
        {c.background.text && <p>{c.background.text}</p>}
        {c.background.episodes.length > 0 && (
          <ul class="episodes">
            {c.background.episodes.map((e) => (
              <li key={e.eventId}>
                <EpisodeItem episode={e} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <S>Current situation</S>
        {c.currentSituation.text && <p>{c.currentSituation.text}</p>}
        {c.currentSituation.events.length > 0 && (
          <ul class="episodes">
            {c.currentSituation.events.map((e) => (
              <li key={e.eventId}>
                <EpisodeItem episode={e} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <S>Determination</S>
        {c.determination.stages.length > 0 && (
          <p>
            At{" "}
            {c.determination.stages.map((s, i) => (
              <span key={s.stage}>
                {i > 0 ? (i === c.determination.stages.length - 1 ? " and " : ", ") : ""}
                Stage {s.stage}: {s.name} ({s.level})
              </span>
            ))}
            .
          </p>
        )}
        {c.determination.text && <p>{c.determination.text}</p>}
        {c.level.rule && (
          <p class="muted">
            Level rule {c.level.rule.id}: {c.level.rule.because}
          </p>
        )}
      </section>
      <section>
        <S>Recommendations</S>
        <ol class="recommendations">
          {c.recommendations.map((r, i) => (
            <li key={i}>
              <span class="addressee">{addresseeLabel(r.addressee)}:</span> {r.text}
            </li>
          ))}
        </ol>
      </section>
      {c.attributions.length > 0 && (
        <section>
          <S>Data and attributions</S>
          <ul>
            {c.attributions.map((a) => (
              <li key={a.dataset}>
                {a.text}
                {a.notice ? ` ${a.notice}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="muted">
        Assessed as of {c.determination.asOf} with {c.determination.method.catalogue},{" "}
        {c.determination.method.rules}.
      </p>
    </article>
  );
}
