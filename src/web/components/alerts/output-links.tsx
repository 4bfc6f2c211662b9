import { FEED_HREF, outputLinks } from "../../api/alerts.ts";

/** The published outputs of an alert (HTML, Markdown, JSON, PDF) and the feed they appear in. */
export function OutputLinks(props: { alertId: string; version?: number }) {
  return (
    <ul aria-label="Outputs">
      {outputLinks(props.alertId, props.version).map((o) => (
        <li key={o.href}>
          <a href={o.href} type={o.type}>
            {o.label}
          </a>
        </li>
      ))}
      <li>
        <a href={FEED_HREF} type="application/atom+xml">
          Atom feed of published alerts and level changes
        </a>
      </li>
    </ul>
  );
}
