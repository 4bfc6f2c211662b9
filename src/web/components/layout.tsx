import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";
import { useServerInfo } from "../api/server-info.tsx";
import { SignedIn } from "./signed-in.tsx";

/** `internal`: hidden in public mode (the server refuses those pages' data there anyway). */
const NAV: { href: string; label: string; internal?: boolean }[] = [
  { href: "/", label: "Map" },
  { href: "/alerts", label: "Alerts" },
  { href: "/evidence", label: "Evidence" },
  { href: "/review", label: "Review queue", internal: true },
  { href: "/imports", label: "Imports", internal: true },
];

/** The frame of every page: a skip link, the site header with navigation, the page, the footer. */
export function Layout(props: { children: ComponentChildren }) {
  const { path } = useLocation();
  const server = useServerInfo();
  const nav = NAV.filter((item) => !item.internal || (server.known && !server.publicMode));
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site">
        <a class="brand" href="/">
          tocsin
        </a>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={isCurrent(path, item.href) ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SignedIn />
        {server.known && server.publicMode && (
          <p class="mode-badge" data-testid="public-mode">
            Public edition: published alerts and public evidence only
          </p>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="site">
        <a href="/feed.atom">Atom feed of published alerts and level changes</a> ·{" "}
        <a href="/api/openapi.json">API</a>
      </footer>
    </>
  );
}

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}
