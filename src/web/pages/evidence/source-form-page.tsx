import { useLocation, useRoute } from "preact-iso";
import { useWithheld } from "../../components/evidence/confidential.tsx";
import { EvidenceNav } from "../../components/evidence/evidence-nav.tsx";
import { forget } from "../../components/evidence/lookups.ts";
import type { SourceRecord } from "../../components/evidence/types.ts";
import { RELIABILITY_LABELS, SENSITIVITIES, SOURCE_KINDS } from "../../components/evidence/vocabulary.ts";
import { Checker } from "../../components/forms/checks.ts";
import { SelectField, TextArea, TextField } from "../../components/forms/field.tsx";
import { FormFrame } from "../../components/forms/form-frame.tsx";
import { type FormSpec, useRecordForm } from "../../components/forms/use-record-form.ts";
import { str } from "./form-helpers.ts";

const FORM = "source-form";

const LABELS: Record<string, string> = {
  kind: "Kind",
  name: "Name",
  reliability: "Reliability",
  reliabilityReason: "Why this reliability grade",
  url: "Web address",
  contact: "Contact (confidential)",
  licence: "Licence",
  attribution: "Attribution",
  datasetVersion: "Dataset version",
  accessedAt: "Accessed on",
  sensitivity: "Sensitivity",
  reason: "Reason",
};

const TEXT = [
  "name",
  "reliabilityReason",
  "url",
  "contact",
  "licence",
  "attribution",
  "datasetVersion",
  "accessedAt",
] as const;

function specFor(withheld: boolean): FormSpec<SourceRecord> {
  return {
    plural: "sources",
    toValues(s) {
      if (!s) return { kind: "organisation", reliability: "F", sensitivity: "internal" };
      return {
        kind: s.kind,
        reliability: s.reliability,
        sensitivity: s.sensitivity,
        ...Object.fromEntries(TEXT.map((k) => [k, str(s[k])])),
      };
    },
    toBody(v) {
      const c = new Checker();
      const url = c.optional(v.url);
      if (url && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(url))
        c.add("url", "expected a full address such as https://example.org/");
      const body: Record<string, unknown> = {
        kind: v.kind,
        name: c.text("name", v.name),
        reliability: v.reliability,
        reliabilityReason: c.optional(v.reliabilityReason),
        url,
        licence: c.optional(v.licence),
        attribution: c.optional(v.attribution),
        datasetVersion: c.optional(v.datasetVersion),
        accessedAt: c.date("accessedAt", v.accessedAt),
        sensitivity: v.sensitivity,
      };
      // A contact withheld from this caller is neither shown nor sent: the stored one stays.
      if (!withheld) body.contact = c.optional(v.contact);
      return { body, problems: c.problems };
    },
  };
}

/** New source (/evidence/sources/new) or edit (/evidence/sources/:id/edit). */
export function SourceFormPage() {
  const { params } = useRoute();
  const { query, route } = useLocation();
  const id = params.id ?? null;
  const withheld = useWithheld();
  const f = useRecordForm(
    specFor(withheld),
    id,
    new URLSearchParams(query as Record<string, string>),
    (saved) => {
      forget("sources", saved.id);
      route(`/evidence/sources/${saved.id}?saved=${saved.version}`);
    },
  );
  if (f.status.state === "loading") return <p class="muted">Loading the source…</p>;
  if (f.status.state === "missing")
    return (
      <p class="error" role="alert">
        Could not load the source: {f.status.message}
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
  const title = id ? `Edit source${f.base ? `: ${f.base.name}` : ""}` : "New source";
  return (
    <section>
      <EvidenceNav />
      <h1>{title}</h1>
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
        <TextField {...field("name")} required />
        <SelectField {...field("kind")} options={SOURCE_KINDS.map((k) => ({ value: k, label: k }))} />
        <SelectField
          {...field("reliability")}
          hint="The source's track record, graded apart from any one report's credibility."
          options={Object.entries(RELIABILITY_LABELS).map(([g, l]) => ({ value: g, label: `${g}: ${l}` }))}
        />
        <TextArea {...field("reliabilityReason")} />
        <TextField {...field("url")} type="url" />
        {withheld ? (
          <p class="field">
            <span class="label">{LABELS.contact}</span> <span class="withheld">withheld (confidential)</span>:
            not shown at your clearance, and left as stored.
          </p>
        ) : (
          <TextArea
            {...field("contact")}
            hint="Confidential: shown only to confidential clearance, never published."
          />
        )}
        <TextField {...field("licence")} />
        <TextArea {...field("attribution")} hint="The credit the licence requires in published outputs." />
        <div class="row">
          <TextField {...field("datasetVersion")} />
          <TextField {...field("accessedAt")} type="date" />
        </div>
        <SelectField {...field("sensitivity")} options={SENSITIVITIES.map((s) => ({ value: s, label: s }))} />
      </FormFrame>
    </section>
  );
}
