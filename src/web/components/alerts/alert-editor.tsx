import { useState } from "preact/hooks";
import { type AlertVersion, alertsApi, type RecommendationLibrary } from "../../api/alerts.ts";
import { ApiError, type FieldProblem } from "../../api/client.ts";
import { editOf, type Form, formOf, KNOWN_PATHS } from "./alert-form.ts";
import { EpisodePicker } from "./episode-picker.tsx";
import { LevelBadge } from "./level-badge.tsx";
import { RecommendationLibraryPicker } from "./recommendation-library.tsx";
import { RecommendationListEditor } from "./recommendation-list-editor.tsx";
import { errorsFor, TextField } from "./text-field.tsx";

type Outcome = { kind: "ok"; message: string } | { kind: "error"; message: string; stale: boolean } | null;

/**
 * The editor of a draft version: place (and so the title), summary, background and current events chosen
 * from the evidence, the determination in words, the recommendations from the library or the analyst's own,
 * and for a correction the change note. Saves with If-Match (the version's revision); validation messages from
 * the server appear beside their fields. "Submit for review" saves first.
 */
export function AlertEditor(props: {
  alertId: string;
  version: AlertVersion;
  library: RecommendationLibrary | null;
  libraryError: string | null;
  onChanged: (v: AlertVersion) => void;
  /** After a refresh from the evidence: the page remounts the editor on the new content. */
  onRefreshed: (v: AlertVersion) => void;
  onReload: () => void;
}) {
  const v = props.version;
  const c = v.content;
  const correction = v.correctionOf !== null;
  const [saved, setSaved] = useState(() => formOf(v));
  const [form, setForm] = useState(saved);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const set = <K extends keyof Form>(k: K, value: Form[K]) => setForm({ ...form, [k]: value });
  const activeStages = c.determination.stages.map((s) => s.stage);
  const activeFactors = c.determination.riskFactors.map((r) => r.number);
  const labels = props.library?.addressees ?? {};

  const fail = (error: unknown) => {
    const e = error instanceof ApiError ? error : null;
    setProblems(e?.fieldErrors ?? []);
    const stale = e?.code === "stale-version";
    setOutcome({
      kind: "error",
      stale,
      message: stale
        ? "Someone saved this version after you opened it. Your text is still in the form: copy what you need, then reload to see theirs."
        : e?.fieldErrors.length
          ? `Not saved: ${e.fieldErrors.length} field${e.fieldErrors.length === 1 ? " needs" : "s need"} attention (see the messages beside them).`
          : `Not saved: ${(error as Error).message}`,
    });
  };

  const save = async (): Promise<AlertVersion | null> => {
    const next = await alertsApi.edit(props.alertId, v.number, v.revision, editOf(form, correction));
    const f = formOf(next);
    setSaved(f);
    setForm(f);
    return next;
  };

  const refresh = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const current = dirty ? ((await save()) ?? v) : v;
      props.onRefreshed(await alertsApi.refresh(props.alertId, current.number, current.revision));
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  };

  const run = async (what: "save" | "submit") => {
    setBusy(true);
    setOutcome(null);
    try {
      let current = v;
      if (dirty || what === "save") current = (await save()) ?? v;
      if (what === "submit")
        current = await alertsApi.submit(props.alertId, current.number, current.revision);
      setProblems([]);
      setOutcome({ kind: "ok", message: what === "save" ? "Saved." : "Submitted for review." });
      props.onChanged(current);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="alert-editor"
      aria-label="Alert draft"
      onSubmit={(e) => {
        e.preventDefault();
        run("save");
      }}
    >
      <p>
        <LevelBadge level={c.level.value} /> computed {c.level.computed}
        {c.level.rule ? ` by rule ${c.level.rule.id}: ${c.level.rule.because}` : ""}. The level comes from the
        assessment; to change it, override the situation's level.
      </p>
      <p class="muted" id="title-preview">
        Title: <strong data-testid="title-preview">{c.title.replace(/:.*$/, `: ${form.place}`)}</strong>
      </p>
      {correction && (
        <TextField
          id="alert-change-note"
          label="What this correction changes (required)"
          hint="Readers see this note with the corrected alert and in the feed."
          value={form.changeNote}
          multiline
          rows={2}
          onInput={(x) => set("changeNote", x)}
          errors={errorsFor(problems, "changeNote")}
        />
      )}
      <TextField
        id="alert-place"
        label="Place (in the title)"
        hint="For example a country, or a region in a country."
        value={form.place}
        onInput={(x) => set("place", x)}
        errors={errorsFor(problems, "place")}
      />
      <TextField
        id="alert-summary"
        label="Summary"
        value={form.summary}
        multiline
        rows={3}
        onInput={(x) => set("summary", x)}
        errors={errorsFor(problems, "summary")}
      />
      <h2>Background</h2>
      <TextField
        id="alert-background"
        label="Background: the analyst's text"
        value={form.backgroundText}
        multiline
        onInput={(x) => set("backgroundText", x)}
        errors={errorsFor(problems, "background.text")}
      />
      <EpisodePicker
        legend="Past episodes shown (from the evidence)"
        idPrefix="bg"
        episodes={c.background.episodes}
        kept={form.episodeIds}
        onChange={(x) => set("episodeIds", x)}
        errors={errorsFor(problems, "background.episodeIds", true)}
      />
      <h2>Current situation</h2>
      <TextField
        id="alert-current"
        label="Current situation: the analyst's text"
        value={form.currentText}
        multiline
        onInput={(x) => set("currentText", x)}
        errors={errorsFor(problems, "currentSituation.text")}
      />
      <EpisodePicker
        legend="Recent events shown (from the evidence)"
        idPrefix="cur"
        episodes={c.currentSituation.events}
        kept={form.eventIds}
        onChange={(x) => set("eventIds", x)}
        errors={errorsFor(problems, "currentSituation.eventIds", true)}
      />
      <h2>Determination</h2>
      <p>
        The assessment as of {c.determination.asOf} finds:{" "}
        {c.determination.stages.length
          ? c.determination.stages.map((s) => `Stage ${s.stage}: ${s.name} (${s.level})`).join("; ")
          : "no stage at least possible"}
        .
      </p>
      <TextField
        id="alert-determination"
        label="Determination in words"
        value={form.determinationText}
        multiline
        rows={3}
        onInput={(x) => set("determinationText", x)}
        errors={errorsFor(problems, "determination.text")}
      />
      <h2>Recommendations</h2>
      <div class="alert-grid">
        <RecommendationListEditor
          value={form.recommendations}
          onChange={(x) => set("recommendations", x)}
          labels={labels}
          problems={problems}
        />
        <div class="side-panel">
          <h3>Add from the library</h3>
          {props.library ? (
            <RecommendationLibraryPicker
              entries={props.library.entries}
              labels={labels}
              place={form.place}
              activeStages={activeStages}
              activeRiskFactors={activeFactors}
              chosen={form.recommendations.map((r) => r.libraryId)}
              onAdd={(r) => set("recommendations", [...form.recommendations, r])}
            />
          ) : (
            <p class="muted">{props.libraryError ?? "Loading the library…"}</p>
          )}
        </div>
      </div>
      <div class="toolbar sticky-actions">
        <button type="submit" disabled={busy || !dirty}>
          Save draft
        </button>
        <button type="button" class="primary" disabled={busy} onClick={() => run("submit")}>
          {dirty ? "Save and submit for review" : "Submit for review"}
        </button>
        <button type="button" disabled={busy} onClick={refresh}>
          Refresh from the evidence
        </button>
        <span class="muted">
          Revision {v.revision}
          {dirty ? ", unsaved changes" : ""}
        </span>
      </div>
      {outcome && (
        <p
          class={outcome.kind === "error" ? "notice error" : "notice"}
          role={outcome.kind === "error" ? "alert" : "status"}
        >
          {outcome.message}{" "}
          {outcome.kind === "error" && outcome.stale && (
            <button type="button" onClick={props.onReload}>
              Reload
            </button>
          )}
        </p>
      )}
      {problems.some((p) => !KNOWN_PATHS.some((k) => p.path === k || p.path.startsWith(`${k}.`))) && (
        <ul class="field-error">
          {problems
            .filter((p) => !KNOWN_PATHS.some((k) => p.path === k || p.path.startsWith(`${k}.`)))
            .map((p) => (
              <li key={p.path}>
                {p.path}: {p.message}
              </li>
            ))}
        </ul>
      )}
    </form>
  );
}
