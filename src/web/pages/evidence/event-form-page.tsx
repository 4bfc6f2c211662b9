import { useLocation, useRoute } from "preact-iso";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { forget, useList } from "../../components/evidence/lookups.ts";
import type { EventDetail, EventRecord, Named } from "../../components/evidence/types.ts";
import {
  ACT_TYPES,
  DATE_PRECISIONS,
  INVOLVEMENTS,
  LOCATION_PRECISION_LABELS,
  LOCATION_PRECISIONS,
  SENSITIVITIES,
} from "../../components/evidence/vocabulary.ts";
import { Checker } from "../../components/forms/checks.ts";
import { CheckGroup, SelectField, TextArea, TextField } from "../../components/forms/field.tsx";
import { FormFrame } from "../../components/forms/form-frame.tsx";
import { type FormSpec, useRecordForm, type Values } from "../../components/forms/use-record-form.ts";
import { optionsFor, str, tick, ticked } from "./form-helpers.ts";

const FORM = "event-form";

const LABELS: Record<string, string> = {
  title: "Title",
  description: "Description",
  dateStart: "Start date",
  dateEnd: "End date",
  datePrecision: "Date precision",
  "place.country": "Country code",
  "place.admin1": "Province or state",
  "place.admin2": "District",
  "place.name": "Place name",
  "place.latitude": "Latitude",
  "place.longitude": "Longitude",
  "place.precision": "Location precision",
  place: "Place",
  acts: "Acts",
  actsExtra: "Other act types",
  perpetrators: "Perpetrators",
  targetedGroupIds: "Targeted groups",
  situationIds: "Situations",
  fatalities: "Deaths",
  "fatalities.low": "Deaths, low estimate",
  "fatalities.best": "Deaths, best estimate",
  "fatalities.high": "Deaths, high estimate",
  sensitivity: "Sensitivity",
  reason: "Reason",
};

const spec: FormSpec<EventRecord> = {
  plural: "events",
  read: (answer) => (answer as EventDetail).event,
  toValues(e, preset) {
    if (!e)
      return {
        datePrecision: "day",
        "place.precision": "unknown",
        "place.country": preset.get("country") ?? "",
        sensitivity: "internal",
        ...tick("situation", preset.getAll("situation")),
      };
    const core = e.acts.filter((a) => (ACT_TYPES as readonly string[]).includes(a.type)).map((a) => a.type);
    return {
      title: e.title,
      description: str(e.description),
      dateStart: e.dateStart,
      dateEnd: str(e.dateEnd),
      datePrecision: e.datePrecision,
      ...Object.fromEntries(
        (["country", "admin1", "admin2", "name", "latitude", "longitude", "precision"] as const).map((k) => [
          `place.${k}`,
          str(e.place[k]),
        ]),
      ),
      ...tick("act", core),
      actsExtra: e.acts
        .filter((a) => !core.includes(a.type))
        .map((a) => a.type)
        .join(", "),
      ...Object.fromEntries(e.perpetrators.map((p) => [`perp.${p.actorId}`, p.involvement])),
      ...tick("group", e.targetedGroupIds),
      ...tick("situation", e.situationIds),
      "fatalities.low": str(e.fatalities.low),
      "fatalities.best": str(e.fatalities.best),
      "fatalities.high": str(e.fatalities.high),
      sensitivity: e.sensitivity,
    };
  },
  toBody(v, base) {
    const c = new Checker();
    const title = c.text("title", v.title);
    const dateStart = c.date("dateStart", v.dateStart, true);
    const dateEnd = c.date("dateEnd", v.dateEnd);
    if (dateStart && dateEnd && dateEnd < dateStart) c.add("dateEnd", "must not be before the start date");
    const place = {
      country: c.iso3("place.country", v["place.country"]),
      admin1: c.optional(v["place.admin1"]),
      admin2: c.optional(v["place.admin2"]),
      name: c.optional(v["place.name"]),
      latitude: c.number("place.latitude", v["place.latitude"], -90, 90),
      longitude: c.number("place.longitude", v["place.longitude"], -180, 180),
      precision: v["place.precision"] || "unknown",
    };
    if ((place.latitude === null) !== (place.longitude === null))
      c.add(
        place.latitude === null ? "place.latitude" : "place.longitude",
        "give both coordinates or neither",
      );
    const types = [
      ...ticked(
        v,
        "act",
        (base?.acts ?? []).map((a) => a.type),
      ),
      ...(v.actsExtra ?? "")
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ];
    const acts = [...new Set(types)].map((type) => ({
      type,
      description: base?.acts.find((a) => a.type === type)?.description ?? null,
    }));
    const perpetrators = ticked(
      Object.fromEntries(Object.entries(v).filter(([k]) => k.startsWith("perp."))),
      "perp",
      (base?.perpetrators ?? []).map((p) => p.actorId),
    ).map((actorId) => ({ actorId, involvement: v[`perp.${actorId}`] as string }));
    const body = {
      title,
      description: c.optional(v.description),
      dateStart,
      dateEnd,
      datePrecision: v.datePrecision || "day",
      place,
      acts,
      perpetrators,
      targetedGroupIds: ticked(v, "group", base?.targetedGroupIds),
      situationIds: ticked(v, "situation", base?.situationIds),
      fatalities: c.toll("fatalities", v),
      sensitivity: v.sensitivity || "internal",
    };
    return { body, problems: c.problems };
  },
};

/** New event (/evidence/events/new) or edit (/evidence/events/:id/edit). */
export function EventFormPage() {
  const { params } = useRoute();
  const { query, route } = useLocation();
  const id = params.id ?? null;
  const f = useRecordForm(spec, id, new URLSearchParams(query as Record<string, string>), (saved) => {
    forget("events", saved.id);
    route(`/evidence/events/${saved.id}?saved=${saved.version}`);
  });
  const actors = useList<Named>("actors");
  const groups = useList<Named>("groups");
  const situations = useList<Named>("situations");
  const title = id ? `Edit event${f.base ? `: ${f.base.title}` : ""}` : "New event";
  if (f.status.state === "loading") return <p class="muted">Loading the event…</p>;
  if (f.status.state === "missing")
    return (
      <p class="error" role="alert">
        Could not load the event: {f.status.message}
      </p>
    );
  const common = { form: FORM, onValue: f.set };
  const field = (name: string) => ({
    ...common,
    name,
    label: LABELS[name] ?? name,
    value: f.values[name] ?? "",
    error: f.errorFor(name),
  });
  const v: Values = f.values;
  const perpIds = Object.keys(v)
    .filter((k) => k.startsWith("perp."))
    .map((k) => k.slice(5));
  return (
    <section>
      <EvidenceNav />
      <h1>{title}</h1>
      {f.base && (
        <p class="muted">
          Version {f.base.version}. <a href={`/evidence/events/${f.base.id}`}>Back to the event</a>
        </p>
      )}
      <FormFrame
        form={FORM}
        title={title}
        status={f.status}
        problems={f.problems}
        failure={f.failure}
        stale={f.stale}
        editing={!!id}
        reason={f.reason}
        setReason={f.setReason}
        labels={LABELS}
        onSubmit={f.submit}
      >
        <fieldset>
          <legend>What</legend>
          <TextField {...field("title")} required />
          <TextArea {...field("description")} rows={4} />
          <CheckGroup
            form={FORM}
            name="acts"
            legend="Acts"
            options={ACT_TYPES.map((t) => ({ value: t, label: t.replaceAll("-", " ") }))}
            checked={(t) => !!v[`act.${t}`]}
            onToggle={(t, on) => f.set(`act.${t}`, on ? "1" : "")}
            error={f.errorsUnder("acts")}
          >
            <TextField
              {...field("actsExtra")}
              hint="A deployment's own types, each starting with x- (for example x-death-list), separated by commas."
            />
          </CheckGroup>
        </fieldset>
        <fieldset>
          <legend>When</legend>
          <div class="row">
            <TextField {...field("dateStart")} type="date" hint="YYYY-MM-DD" required />
            <TextField {...field("dateEnd")} type="date" hint="YYYY-MM-DD; empty for one day" />
            <SelectField
              {...field("datePrecision")}
              hint="How precisely the date is known: shown as '1918', 'April 1992' or '3 April 1992'."
              options={DATE_PRECISIONS.map((p) => ({ value: p, label: p.replace("-", " ") }))}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Where</legend>
          <div class="row">
            <TextField {...field("place.name")} />
            <TextField {...field("place.admin2")} />
            <TextField {...field("place.admin1")} />
            <TextField {...field("place.country")} hint="ISO 3166-1 alpha-3, e.g. KEN" />
          </div>
          <div class="row">
            <TextField {...field("place.latitude")} inputMode="decimal" hint="-90 to 90" />
            <TextField {...field("place.longitude")} inputMode="decimal" hint="-180 to 180" />
            <SelectField
              {...field("place.precision")}
              options={LOCATION_PRECISIONS.map((p) => ({ value: p, label: LOCATION_PRECISION_LABELS[p] }))}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>Who</legend>
          <CheckGroup
            form={FORM}
            name="perpetrators"
            legend="Perpetrators"
            hint="Tick each actor and say how they were involved."
            options={optionsFor(actors, perpIds)}
            checked={(id) => !!v[`perp.${id}`]}
            onToggle={(id, on) => f.set(`perp.${id}`, on ? "direct" : "")}
            error={f.errorsUnder("perpetrators")}
          >
            {perpIds
              .filter((id) => v[`perp.${id}`])
              .map((id) => (
                <SelectField
                  key={id}
                  {...common}
                  name={`perp.${id}`}
                  label={`Involvement of ${actors?.find((a) => a.id === id)?.name ?? id}`}
                  value={v[`perp.${id}`] ?? "direct"}
                  options={INVOLVEMENTS.map((i) => ({ value: i, label: i }))}
                />
              ))}
          </CheckGroup>
          <CheckGroup
            form={FORM}
            name="targetedGroupIds"
            legend="Targeted groups"
            options={optionsFor(groups, ticked(v, "group"))}
            checked={(id) => !!v[`group.${id}`]}
            onToggle={(id, on) => f.set(`group.${id}`, on ? "1" : "")}
            error={f.errorsUnder("targetedGroupIds")}
          />
          <CheckGroup
            form={FORM}
            name="situationIds"
            legend="Situations"
            options={optionsFor(situations, ticked(v, "situation"))}
            checked={(id) => !!v[`situation.${id}`]}
            onToggle={(id, on) => f.set(`situation.${id}`, on ? "1" : "")}
            error={f.errorsUnder("situationIds")}
          />
        </fieldset>
        <fieldset>
          <legend>Deaths</legend>
          <p class="hint">As a range: low, best and high estimates (leave unknown ones empty).</p>
          <div class="row">
            <TextField {...field("fatalities.low")} inputMode="numeric" />
            <TextField {...field("fatalities.best")} inputMode="numeric" />
            <TextField {...field("fatalities.high")} inputMode="numeric" />
          </div>
        </fieldset>
        <SelectField
          {...field("sensitivity")}
          hint="Who may see the event: public, internal (analysts), confidential."
          options={SENSITIVITIES.map((s) => ({ value: s, label: s }))}
        />
      </FormFrame>
    </section>
  );
}
