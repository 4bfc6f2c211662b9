import "./evidence.css";
import { useLocation } from "preact-iso";

const TABS = [
  { href: "/evidence/events", label: "Events" },
  { href: "/evidence/map", label: "Event map" },
  { href: "/evidence/claims", label: "Claims" },
  { href: "/evidence/sources", label: "Sources" },
  { href: "/evidence/documents", label: "Documents" },
];

/** The evidence browser's own navigation, under the site's. */
export function EvidenceNav() {
  const { path } = useLocation();
  return (
    <nav aria-label="Evidence" class="subnav">
      <ul>
        {TABS.map((t) => (
          <li key={t.href}>
            <a
              href={t.href}
              aria-current={path === t.href || path.startsWith(`${t.href}/`) ? "page" : undefined}
            >
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
