import type { Explanation } from "./explanation.ts";

const LEVEL_NAMES = { none: "None", watch: "Watch", warning: "Warning", emergency: "Emergency" } as const;

/** The explanation as plain text, for the CLI and for reports. */
export function explanationText(x: Explanation): string {
  const out: string[] = [];
  const level = LEVEL_NAMES[x.level];
  out.push(
    `Level: ${level} as of ${x.asOf} (rules ${x.method.rules}, reading ${x.method.reading}; ${x.method.catalogue})`,
  );
  if (x.levelOverride) {
    out.push(
      `  Analyst override by ${x.levelOverride.actor} on ${x.levelOverride.at.slice(0, 10)}: "${x.levelOverride.reason}" (computed: ${LEVEL_NAMES[x.computedLevel]})`,
    );
  }
  out.push("Rules that fired:");
  if (x.rulesFired.length === 0) out.push("  none");
  for (const r of x.rulesFired)
    out.push(`  ${r.id} -> ${LEVEL_NAMES[r.level]}${r.concern ? " (concern)" : ""}: ${r.because}`);
  for (const c of x.concerns) out.push(`CONCERN ${c.id}: ${c.because}`);
  out.push("Stages:");
  if (x.stages.length === 0) out.push("  no evidence");
  for (const s of x.stages) {
    const over = s.override
      ? ` [override: ${s.override.value}, computed ${s.computedLevel}: "${s.override.reason}"]`
      : "";
    const cap = s.cappedBy ? ` (held down: ${s.cappedBy})` : "";
    out.push(`  ${s.stage} ${s.name}: ${s.level}, score ${r3(s.score)}${cap}${over}`);
    for (const i of s.indicators) {
      const contested = i.contestedItems ? `, ${i.contestedItems} contested` : "";
      out.push(
        `    ${i.id}: ${i.level}, mass ${r3(i.mass)} from ${i.items} item(s)${contested} - ${i.title}`,
      );
      for (const e of i.evidence) {
        const toll = e.toll ? ` toll ${e.toll.low ?? "?"}/${e.toll.best ?? "?"}/${e.toll.high ?? "?"}` : "";
        out.push(
          `      ${e.kind} ${e.date} "${e.title}": +${e.mass} (grade ${e.grade} x recency ${e.decay} x severity ${e.severity})${e.contested ? " CONTESTED" : ""}${toll}`,
        );
        for (const c of e.claims) {
          const src = c.source
            ? `${c.source.name} [${c.source.reliability}${c.credibility}]`
            : `unknown source [?${c.credibility}]`;
          const doc = c.document
            ? ` in "${c.document.title}"${c.document.locator ? ` at ${c.document.locator}` : ""}`
            : "";
          out.push(`        claim by ${src}${doc}`);
        }
        if (e.claims.length === 0 && e.kind === "event")
          out.push("        no claim: unattributed (graded F6)");
      }
      if (i.items > i.evidence.length) out.push(`      ... and ${i.items - i.evidence.length} more item(s)`);
    }
  }
  const n = x.nextChange;
  if (n) {
    out.push(
      `What would change the level: ${n.id} -> ${LEVEL_NAMES[n.level]} (${n.distance} unit(s) of evidence away)`,
    );
    for (const s of n.shortfalls) {
      const what = s.gate ? `the gate "${s.gate}" to be met` : `${s.massNeeded} more unit(s) of evidence`;
      out.push(`  needs ${s.target} at ${s.needs} (now ${s.now}, score ${r3(s.score)}): ${what}`);
    }
  } else {
    out.push("What would change the level: no rule above the current level");
  }
  return out.join("\n");
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
