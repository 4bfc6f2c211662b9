/**
 * A small well-formedness check for XML that tocsin writes (the Atom feed): one root, every tag closed in
 * order, attributes quoted, only the five predefined entities or numeric references, CDATA, comments and
 * the declaration handled. Returns the problems found (empty when well-formed), and the element paths seen.
 */
export function checkXml(xml: string): { problems: string[]; paths: string[] } {
  const problems: string[] = [];
  const paths: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const re =
    /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(re)) {
    if (m[0].startsWith("<![CDATA[") || m[0].startsWith("<!--")) continue;
    if (m[6]) {
      problems.push(`stray "<" at ${m.index}: ${body.slice(m.index, (m.index ?? 0) + 40)}`);
      continue;
    }
    if (m[5] !== undefined) {
      if (stack.length === 0 && m[5].trim()) problems.push("text outside the root element");
      for (const ent of m[5].matchAll(/&([^;\s]*);?/g))
        if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(ent[1] ?? "") || !ent[0].endsWith(";"))
          problems.push(`bad entity ${ent[0]}`);
      continue;
    }
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else {
      if (stack.length === 0) roots++;
      paths.push([...stack, name].join("/"));
      if (!selfClosing) stack.push(name as string);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(", ")}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return { problems, paths };
}
