import { useLocation, useRoute } from "preact-iso";
import { useWithheld } from "../../components/evidence/confidential.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { forget, useList } from "../../components/evidence/lookups.ts";
import type { ClaimRecord, Named } from "../../components/evidence/types.ts";
import { CREDIBILITY_LABELS, SENSITIVITIES } from "../../components/evidence/vocabulary.ts";
import { Checker } from "../../components/forms/checks.ts";
import { SelectField, TextArea, TextField } from "../../components/forms/field.tsx";
import { FormFrame } from "../../components/forms/form-frame.tsx";
import { type FormSpec, useRecordForm, type Values } from "../../components/forms/use-record-form.ts";
import { optionsFor, str } from "./form-helpers.ts";

const FORM = "claim-form";

const LABELS: Record<string, string> = {
  sourceId: "Source",
  eventId: "Event id",
  situationId: "Situation",
  indicator: "Indicator",
  documentId: "Document id",
  locator: "Where in the document",
  statement: "Statement",
  credibility: "Credibility",
  credibilityReason: "Why this credibility grade",
  howKnown: "How the source knows",
  witness: "Witness (confidential)",
  statedAt: "Stated on",
  "assertion.fatalities.low": "Asserted deaths, low",
  "assertion.fatalities.best": "Asserted deaths, best",
  "assertion.fatalities.high": "Asserted deaths, high",
  "assertion.dateStart": "Asserted start date",
  "assertion.dateEnd": "Asserted end date",
  sensitivity: "Sensitivity",
  reason: "Reason",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEXT = [
  "sourceId",
  "eventId",
  "situationId",
  "indicator",
  "documentId",
  "locator",
  "statement",
  "credibilityReason",
  "howKnown",
  "witness",
  "statedAt",
] as const;

function specFor(withheld: boolean): FormSpec<ClaimRecord> {
  return {
    plural: "claims",
    toValues(c, preset): Values {
      if (!c)
        return {
          eventId: preset.get("event") ?? "",
          situationId: preset.get("situation") ?? "",
          sourceId: preset.get("source") ?? "",
          credibility: "6",
          sensitivity: "internal",
        };
      const t = c.assertion.fatalities;
      const text: Values = Object.fromEntries(TEXT.map((k) => [k, str(c[k])]));
      return {
        ...text,
        credibility: String(c.credibility),
        sensitivity: c.sensitivity,
        "assertion.fatalities.low": str(t?.low),
        "assertion.fatalities.best": str(t?.best),
        "assertion.fatalities.high": str(t?.high),
        "assertion.dateStart": str(c.assertion.dateStart),
        "assertion.dateEnd": str(c.assertion.dateEnd),
      };
    },
    toBody(v, base) {
      const c = new Checker();
      const id = (name: string, required = false) => {
        const raw = c.optional(v[name]);
        if (!raw && required) c.add(name, "required");
        if (raw && !UUID.test(raw)) c.add(name, "expected a record id (a UUID)");
        return raw;
      };
      const sourceId = id("sourceId", true);
      const eventId = id("eventId");
      const situationId = id("situationId");
      const indicator = c.optional(v.indicator);
      if (!eventId && !situationId && !indicator)
        c.add("eventId", "a claim must be about an event, a situation or an indicator");
      const toll = c.toll("assertion.fatalities", v);
      const assertion: Record<string, unknown> = { ...(base?.assertion ?? {}) };
      delete assertion.fatalities;
      delete assertion.dateStart;
      delete assertion.dateEnd;
      if (toll.low !== null || toll.best !== null || toll.high !== null) assertion.fatalities = toll;
      const dateStart = c.date("assertion.dateStart", v["assertion.dateStart"]);
      const dateEnd = c.date("assertion.dateEnd", v["assertion.dateEnd"]);
      if (dateStart) assertion.dateStart = dateStart;
      if (dateEnd) assertion.dateEnd = dateEnd;
      const body: Record<string, unknown> = {
        sourceId,
        eventId,
        situationId,
        indicator,
        documentId: id("documentId"),
        locator: c.optional(v.locator),
        statement: c.text("statement", v.statement),
        assertion,
        credibility: Number(v.credibility),
        credibilityReason: c.optional(v.credibilityReason),
        howKnown: c.optional(v.howKnown),
        statedAt: c.date("statedAt", v.statedAt),
        sensitivity: v.sensitivity,
      };
      // A witness withheld from this caller is neither shown nor sent: the stored one stays.
      if (!withheld) body.witness = c.optional(v.witness);
      return { body, problems: c.problems };
    },
  };
}

/** New claim (/evidence/claims/new?event=<id>) or edit (/evidence/claims/:id/edit). */
export function ClaimFormPage() {
  const { params } = useRoute();
  const { query, route } = useLocation();
  const id = params.id ?? null;
  const withheld = useWithheld();
  const sources = useList<Named>("sources");
  const situations = useList<Named>("situations");
  const f = useRecordForm(
    specFor(withheld),
    id,
    new URLSearchParams(query as Record<string, string>),
    (saved) => {
      forget("claims", saved.id);
      if (saved.eventId) forget("events", saved.eventId);
      route(
        saved.eventId
          ? `/evidence/events/${saved.eventId}?saved=${saved.version}`
          : `/evidence/claims?source=${saved.sourceId}`,
      );
    },
  );
  if (f.status.state === "loading") return <p class="muted">Loading the claim…</p>;
  if (f.status.state === "missing")
    return (
      <p class="error" role="alert">
        Could not load the claim: {f.status.message}
      </p>
    );
  const field = (name: string) => ({
    form: FORM,
    onValue: f.set,
    name,
    label: LABELS[name] ?? name,
    value: f.values[name] ?? "",
    error: f.errorFor(name),
  });
  const title = id ? "Edit claim" : "New claim";
  const eventId = f.values.eventId;
  return (
    <section>
      <EvidenceNav />
      <h1>{title}</h1>
      {eventId && UUID.test(eventId) && (
        <p class="muted">
          About <a href={`/evidence/events/${eventId}`}>this event</a>.
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
        <SelectField
          {...field("sourceId")}
          required
          options={[
            { value: "", label: "choose a source" },
            ...optionsFor(sources, f.values.sourceId ? [f.values.sourceId] : []),
          ]}
        />
        <TextArea
          {...field("statement")}
          required
          rows={4}
          hint="What the source says, in its words where possible."
        />
        <fieldset>
          <legend>About</legend>
          <p class="hint">An event, a situation or an indicator: at least one.</p>
          <TextField {...field("eventId")} />
          <SelectField
            {...field("situationId")}
            options={[
              { value: "", label: "none" },
              ...optionsFor(situations, f.values.situationId ? [f.values.situationId] : []),
            ]}
          />
          <TextField
            {...field("indicator")}
            hint="An indicator code, e.g. stage5.militia (lower case, digits, dots, dashes)"
          />
        </fieldset>
        <fieldset>
          <legend>What it asserts about the event</legend>
          <div class="row">
            <TextField {...field("assertion.fatalities.low")} inputMode="numeric" />
            <TextField {...field("assertion.fatalities.best")} inputMode="numeric" />
            <TextField {...field("assertion.fatalities.high")} inputMode="numeric" />
          </div>
          <div class="row">
            <TextField {...field("assertion.dateStart")} type="date" />
            <TextField {...field("assertion.dateEnd")} type="date" />
          </div>
        </fieldset>
        <SelectField
          {...field("credibility")}
          hint="This report's credibility, graded apart from the source's reliability."
          options={Object.entries(CREDIBILITY_LABELS).map(([g, l]) => ({ value: g, label: `${g}: ${l}` }))}
        />
        <TextArea {...field("credibilityReason")} />
        <TextArea {...field("howKnown")} />
        {withheld ? (
          <p class="field">
            <span class="label">{LABELS.witness}</span> <span class="withheld">withheld (confidential)</span>:
            not shown at your clearance, and left as stored.
          </p>
        ) : (
          <TextArea
            {...field("witness")}
            hint="Confidential: shown only to confidential clearance, never published."
          />
        )}
        <div class="row">
          <TextField {...field("documentId")} />
          <TextField {...field("locator")} hint="Page, paragraph or timestamp" />
          <TextField {...field("statedAt")} type="date" />
        </div>
        <SelectField {...field("sensitivity")} options={SENSITIVITIES.map((s) => ({ value: s, label: s }))} />
      </FormFrame>
    </section>
  );
}
