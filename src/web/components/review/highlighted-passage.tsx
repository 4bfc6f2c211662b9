import "./review.css";

export interface Highlight {
  /** Offsets in the document's text (UTF-16, end exclusive), like the passage's own. */
  from: number;
  to: number;
  /** What the words were read as: "date", "place", "toll", "dehumanisation" ... */
  label: string;
  /** A screener's flag (hate speech, denial) rather than a field read from the text. */
  flag?: boolean;
}

/**
 * The passage a suggestion came from, with the words each field was read from marked. A mark carries its
 * label in text (for screen readers and for print), not only as a colour.
 */
export function HighlightedPassage(props: { passage: string; start: number; highlights: Highlight[] }) {
  const { passage, start } = props;
  const marks = props.highlights
    .map((h) => ({ ...h, from: h.from - start, to: h.to - start }))
    .filter((h) => h.from >= 0 && h.to <= passage.length && h.to > h.from)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.from < at) continue; // overlapping marks: the first (longest) wins
    if (m.from > at) parts.push(passage.slice(at, m.from));
    parts.push(
      <mark key={`${m.from}-${m.label}`} class={m.flag ? "hl hl-flag" : "hl"} title={m.label}>
        {passage.slice(m.from, m.to)}
        <span class="hl-label"> [{m.label}]</span>
      </mark>,
    );
    at = m.to;
  }
  if (at < passage.length) parts.push(passage.slice(at));
  return <blockquote class="passage">{parts}</blockquote>;
}
