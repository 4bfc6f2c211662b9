import type { ComponentChildren } from "preact";
import { useLocation } from "preact-iso";

const NAV: { href: string; label: string }[] = [{ href: "/", label: "Map" }];

/** The frame of every page: a skip link, the site header with navigation, the page, the footer. */
export function Layout(props: { children: ComponentChildren }) {
  const { path } = useLocation();
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
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={isCurrent(path, item.href) ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
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
