import type { AlertContent } from "../../api/alerts.ts";

/** What changed from one version's content to the next, in words, section by section. */
export function contentChanges(before: AlertContent, after: AlertContent): string[] {
  const out: string[] = [];
  if (before.title !== after.title) out.push(`title: “${before.title}” → “${after.title}”`);
  if (before.level.value !== after.level.value)
    out.push(`level: ${before.level.value} → ${after.level.value}`);
  if (before.summary !== after.summary) out.push("summary rewritten");
  if (before.background.text !== after.background.text) out.push("background text rewritten");
  out.push(
    ...listChange("background episode", ids(before.background.episodes), ids(after.background.episodes)),
  );
  if (before.currentSituation.text !== after.currentSituation.text) out.push("current situation rewritten");
  out.push(
    ...listChange("current event", ids(before.currentSituation.events), ids(after.currentSituation.events)),
  );
  if (before.determination.text !== after.determination.text) out.push("determination rewritten");
  const stages = (c: AlertContent) => c.determination.stages.map((s) => `${s.stage}:${s.level}`).join(",");
  if (stages(before) !== stages(after)) out.push("stages found changed (assessment refreshed)");
  out.push(...recommendationChanges(before, after));
  return out;
}

const ids = (list: { eventId: string }[]) => list.map((e) => e.eventId);

function listChange(what: string, a: string[], b: string[]): string[] {
  const added = b.filter((x) => !a.includes(x)).length;
  const removed = a.filter((x) => !b.includes(x)).length;
  const out: string[] = [];
  if (added) out.push(`${added} ${what}${added === 1 ? "" : "s"} added`);
  if (removed) out.push(`${removed} ${what}${removed === 1 ? "" : "s"} removed`);
  const kept = b.filter((x) => a.includes(x));
  if (!added && !removed && kept.join() !== a.filter((x) => b.includes(x)).join())
    out.push(`${what}s reordered`);
  return out;
}

function recommendationChanges(before: AlertContent, after: AlertContent): string[] {
  const key = (r: { addressee: string; text: string }) => `${r.addressee}\u0000${r.text}`;
  const a = before.recommendations.map(key);
  const b = after.recommendations.map(key);
  if (a.join("\u0001") === b.join("\u0001")) return [];
  const added = b.filter((x) => !a.includes(x)).length;
  const removed = a.filter((x) => !b.includes(x)).length;
  const out: string[] = [];
  if (added) out.push(`${added} recommendation${added === 1 ? "" : "s"} added or reworded`);
  if (removed) out.push(`${removed} recommendation${removed === 1 ? "" : "s"} removed or reworded`);
  if (!added && !removed) out.push("recommendations reordered");
  return out;
}
