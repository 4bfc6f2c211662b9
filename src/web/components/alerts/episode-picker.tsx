import type { Episode } from "../../api/alerts.ts";
import { EpisodeItem } from "./episode-item.tsx";

/**
 * Which of the composed episodes the alert shows, in what order. Facts are not typed in: they come from the
 * evidence; the analyst chooses and orders them.
 */
export function EpisodePicker(props: {
  legend: string;
  idPrefix: string;
  episodes: Episode[];
  kept: string[];
  onChange: (kept: string[]) => void;
  errors?: string[];
}) {
  const { episodes, kept } = props;
  if (episodes.length === 0) return <p class="muted">No event of this situation's evidence fits here.</p>;
  const ordered = [
    ...kept.map((id) => episodes.find((e) => e.eventId === id)).filter((e): e is Episode => !!e),
    ...episodes.filter((e) => !kept.includes(e.eventId)),
  ];
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...kept, id] : kept.filter((k) => k !== id));
  const move = (id: string, by: -1 | 1) => {
    const i = kept.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= kept.length) return;
    const next = [...kept];
    [next[i], next[j]] = [next[j] as string, next[i] as string];
    props.onChange(next);
  };
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.errors && props.errors.length > 0 && <p class="field-error">{props.errors.join("; ")}</p>}
      <ul class="episodes">
        {ordered.map((e) => {
          const on = kept.includes(e.eventId);
          const id = `${props.idPrefix}-${e.eventId}`;
          return (
            <li key={e.eventId}>
              <input
                type="checkbox"
                id={id}
                checked={on}
                onChange={(ev) => toggle(e.eventId, ev.currentTarget.checked)}
              />{" "}
              <label for={id}>
                <EpisodeItem episode={e} />
              </label>
              {on && (
                <span class="rec-tools">
                  <button type="button" onClick={() => move(e.eventId, -1)} aria-label={`Move ${e.title} up`}>
                    Up
                  </button>
                  <button
                    type="button"
                    onClick={() => move(e.eventId, 1)}
                    aria-label={`Move ${e.title} down`}
                  >
                    Down
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="hint">Unticked events leave this draft when it is saved.</p>
    </fieldset>
  );
}
