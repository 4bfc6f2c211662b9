import assert from "node:assert/strict";
import { test } from "node:test";
import { ConflictError } from "../../src/domain/errors.ts";
import type { Caller } from "../../src/domain/evidence/sensitivity.ts";
import type { Page } from "../../src/ports/evidence-store.ts";
import { onEachEngine } from "../support/stores.ts";

const analyst: Caller = { actor: "analyst:test", clearance: "confidential" };

onEachEngine("paging and array references", (store) => {
  const svc = () => store().app.evidence;

  test("paging by cursor visits every source and claim once (created_at kept to the microsecond)", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const s = await svc().create(
        "source",
        { kind: "person", name: `Pager ${i}`, reliability: "C" },
        analyst,
      );
      ids.push(s.id);
      await svc().create(
        "claim",
        { sourceId: s.id, indicator: "paging", statement: "s", credibility: 2 },
        analyst,
      );
    }
    for (const kind of ["source", "claim"] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<{ id: string }> = await store().app.store.list(kind, {
          clearance: "confidential",
          limit: 2,
          cursor,
        });
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor && seen.length < 100);
      assert.equal(new Set(seen).size, seen.length, `${kind}: no record twice`);
      assert.ok(seen.length >= 5, kind);
    }
  });

  test("actors, groups and situations named in events or situations cannot be deleted", async () => {
    const actor = await svc().create("actor", { name: "Fictional Brigade", kind: "militia" }, analyst);
    const group = await svc().create("group", { name: "Fictional Valley People", kind: "ethnic" }, analyst);
    const situation = await svc().create(
      "situation",
      { name: "Fictional Valley", country: "ATA", targetedGroupIds: [group.id], perpetratorIds: [actor.id] },
      analyst,
    );
    const event = await svc().create(
      "event",
      { title: "Fictional raid", dateStart: "2025-01-02", situationIds: [situation.id] },
      analyst,
    );
    await assert.rejects(svc().remove("actor", actor.id, analyst), ConflictError);
    await assert.rejects(svc().remove("group", group.id, analyst), ConflictError);
    await assert.rejects(svc().remove("situation", situation.id, analyst), /still referenced by an event/);
    await svc().remove("event", event.id, analyst);
    await svc().remove("situation", situation.id, analyst);
    await svc().remove("actor", actor.id, analyst);
    await svc().remove("group", group.id, analyst);
    assert.equal(await store().app.store.get("actor", actor.id, "confidential"), null);
  });
});
