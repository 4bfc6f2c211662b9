import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import type {
  Assessment,
  AssessmentDiff,
  CountryForecast,
  EventRecord,
  Explanation,
  Override,
  Replay,
  Situation,
  StoredAssessment,
} from "../api/assessment.ts";
import { situationPath } from "../api/assessment.ts";
import { type Page, sendJson } from "../api/client.ts";
import { useCanEdit } from "../api/server-info.tsx";
import { type Loaded, useApi } from "../api/use-api.ts";
import { RecordAccessPanel } from "../components/access/record-access-panel.tsx";
import { Show } from "../components/loaded.tsx";
import { LevelPatterns } from "../components/map/patterns.tsx";
import { AssessmentDiffView } from "../components/situation/assessment-diff.tsx";
import { EventTimeline } from "../components/situation/event-timeline.tsx";
import { ForecastTrend } from "../components/situation/forecast-trend.tsx";
import { FrameworkView } from "../components/situation/framework-view.tsx";
import { LevelHistory } from "../components/situation/level-history.tsx";
import { PendingOverrides } from "../components/situation/pending-overrides.tsx";
import { ProposeOverride } from "../components/situation/propose-override.tsx";
import { SituationHeader } from "../components/situation/situation-header.tsx";
import { StageLadder } from "../components/situation/stage-ladder.tsx";
import "../components/situation/situation.css";

const EVENTS = 100;
/** How far back the month-by-month history goes. */
const REPLAY_YEARS = 3;

/**
 * One situation: its level (the rule that set it, any override), the Ten Stages ladder with its top evidence,
 * the UN Framework view, the timeline of events, the forecast trend, the history of levels and what moved since
 * the last stored assessment. Every part loads on its own, so a slow one never holds up the others.
 */
export function SituationPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const canEdit = useCanEdit();
  const situation = useApi<Situation>(situationPath(id));
  const assessment = useApi<Assessment>(situationPath(id, "/assessment"));
  const explanation = useApi<Explanation>(situationPath(id, "/explanation?fresh=true"));
  const history = useApi<{ items: StoredAssessment[] }>(situationPath(id, "/history?limit=20"));
  const events = useApi<Page<EventRecord>>(
    `/api/v1/events?situation=${encodeURIComponent(id)}&limit=${EVENTS}`,
  );
  const asOf = ready(assessment)?.asOf ?? null;
  const replay = useApi<Replay>(
    asOf ? situationPath(id, `/replay?from=${yearsBefore(asOf, REPLAY_YEARS)}`) : null,
  );
  const country = ready(situation)?.country ?? null;
  const forecast = useApi<CountryForecast>(country ? `/api/v1/countries/${country}/forecast` : null);
  const base = diffBase(ready(history)?.items ?? null, asOf);
  const diff = useApi<AssessmentDiff>(
    base && asOf ? situationPath(id, `/diff?from=${base.id}&to=${asOf}`) : null,
  );
  const overrides = useApi<{ items: Override[] }>(situationPath(id, "/overrides"));
  const [storing, setStoring] = useState(false);

  const store = async () => {
    setStoring(true);
    try {
      await sendJson("POST", situationPath(id, "/assessment"));
      if (history.state === "ready") history.reload();
    } finally {
      setStoring(false);
    }
  };

  return (
    <Show loaded={situation} what="the situation">
      {(s) => (
        <article class="situation-page">
          <LevelPatterns />
          <Show loaded={assessment} what="the assessment">
            {(a) => <SituationHeader situation={s} assessment={a} />}
          </Show>
          <RecordAccessPanel recordId={id} />
          <ProposeOverride
            situationId={id}
            onProposed={() => overrides.state === "ready" && overrides.reload()}
          />
          {overrides.state === "ready" && (
            <PendingOverrides
              situationId={id}
              overrides={overrides.data.items}
              onDecided={() => {
                overrides.reload();
                if (assessment.state === "ready") assessment.reload();
              }}
            />
          )}
          <nav aria-label="Sections of this page" class="in-page">
            <a href="#stages-title">Ten Stages</a> · <a href="#framework-title">UN Framework</a> ·{" "}
            <a href="#timeline-title">Timeline</a> · <a href="#forecast-title">Forecast</a> ·{" "}
            <a href="#history-title">History</a> · <a href="#diff-title">Since the last assessment</a>
          </nav>
          <Show loaded={assessment} what="the Ten Stages">
            {(a) => (
              <>
                <StageLadder assessment={a} explanation={ready(explanation)} />
                <FrameworkView factors={a.framework} />
              </>
            )}
          </Show>
          <Show loaded={events} what="the events">
            {(page) => <EventTimeline events={page.items} more={page.nextCursor !== null} situationId={id} />}
          </Show>
          {forecast.state === "error" ? (
            <section aria-labelledby="forecast-title">
              <h2 id="forecast-title">Statistical risk (forecast trend)</h2>
              <p class="muted">Forecasts are not available: {forecast.error.message}</p>
            </section>
          ) : (
            <ForecastTrend forecast={ready(forecast)} country={s.country} />
          )}
          <Show loaded={history} what="the history">
            {(h) => (
              <LevelHistory
                history={h.items}
                replay={ready(replay)}
                onStore={canEdit ? store : null}
                storing={storing}
              />
            )}
          </Show>
          <AssessmentDiffView
            diff={base ? ready(diff) : null}
            note={
              history.state !== "ready"
                ? "Loading…"
                : base
                  ? diff.state === "error"
                    ? `Could not compare: ${diff.error.message}`
                    : "Comparing…"
                  : "No assessment of this situation has been stored yet: store one to see what moves from then on."
            }
          />
        </article>
      )}
    </Show>
  );
}

function ready<T>(l: Loaded<T>): T | null {
  return l.state === "ready" ? l.data : null;
}

/** The stored assessment to compare today's with: the latest from before today, else the latest. */
function diffBase(items: StoredAssessment[] | null, asOf: string | null): StoredAssessment | null {
  if (!items || items.length === 0 || !asOf) return null;
  return items.find((h) => h.asOf < asOf) ?? items[0] ?? null;
}

function yearsBefore(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) - years}${iso.slice(4, 7)}-01`;
}
