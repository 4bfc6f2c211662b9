import type { AppContext } from "../../src/bootstrap.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };

export interface SampleEvidence {
  documentIds: string[];
  eventId: string;
}

/**
 * A small, fictional store touching every table: sources, actors, groups, a situation, events, two claims
 * that disagree (so the event is contested), documents with originals and working copies, a confidential
 * witness field, an update, a delete and document reads (so the custody log holds every kind of entry).
 */
export async function addSampleEvidence(app: AppContext): Promise<SampleEvidence> {
  const svc = app.evidence;
  const source = await svc.create(
    "source",
    {
      kind: "organisation",
      name: "Fictional Monitor",
      reliability: "B",
      contact: "secret",
      sensitivity: "public",
    },
    analyst,
  );
  const paper = await svc.create(
    "source",
    { kind: "publication", name: "Fictional Gazette", reliability: "D", sensitivity: "public" },
    analyst,
  );
  const group = await svc.create(
    "group",
    { name: "Fictional Highlanders", kind: "ethnic", aliases: ["Highlanders"], sensitivity: "public" },
    analyst,
  );
  const actor = await svc.create(
    "actor",
    { name: "Fictional Militia", kind: "militia", sensitivity: "public" },
    analyst,
  );
  const situation = await svc.create(
    "situation",
    {
      name: "Fictional North",
      country: "ATA",
      targetedGroupIds: [group.id],
      perpetratorIds: [actor.id],
      sensitivity: "public",
    },
    analyst,
  );
  const event = await svc.create(
    "event",
    {
      title: "Attack on a fictional village",
      description: "Houses burned",
      dateStart: "2025-03-04",
      datePrecision: "day",
      place: { country: "ATA", name: "Example Village", precision: "near", latitude: -75.25, longitude: 0.1 },
      acts: [{ type: "massacre" }],
      perpetrators: [{ actorId: actor.id, involvement: "direct" }],
      targetedGroupIds: [group.id],
      situationIds: [situation.id],
      fatalities: { low: 10, best: 12, high: 20 },
      sensitivity: "public",
    },
    analyst,
  );
  const documentIds: string[] = [];
  for (const [i, text] of ["first fictional report", "second fictional report", ""].entries()) {
    const bytes = new TextEncoder().encode(text);
    const doc = await svc.addDocument(
      bytes,
      {
        title: `Report ${i}`,
        mediaType: "text/plain",
        sourceId: source.id,
        collectedBy: "Investigator X",
        sensitivity: "internal",
      },
      analyst,
      text || null,
    );
    documentIds.push(doc.id);
  }
  for (const [sourceId, best, witness] of [
    [source.id, 12, "Witness A"],
    [paper.id, 40, null],
  ] as const) {
    await svc.create(
      "claim",
      {
        sourceId,
        eventId: event.id,
        documentId: documentIds[0],
        statement: `about ${best} killed`,
        assertion: { fatalities: { best } },
        credibility: 2,
        witness,
        sensitivity: "internal",
      },
      analyst,
    );
  }
  const extra = await svc.create(
    "actor",
    { name: "Fictional Police", kind: "state-forces", sensitivity: "internal" },
    analyst,
  );
  await svc.update("actor", extra.id, { description: "renamed" }, extra.version, analyst, "typo");
  const gone = await svc.create(
    "group",
    { name: "Duplicate", kind: "ethnic", sensitivity: "public" },
    analyst,
  );
  await svc.remove("group", gone.id, analyst, "duplicate");
  await svc.readOriginal(documentIds[0] as string, analyst, "review");
  return { documentIds, eventId: event.id };
}
