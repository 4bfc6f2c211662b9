import { lazy } from "preact-iso";

/**
 * The alerts pages and their URLs. Each is its own chunk, loaded when first visited, so the editor adds
 * nothing to the app's initial JavaScript.
 */
const AlertsPage = lazy(() => import("./alerts-page.tsx").then((m) => m.AlertsPage));
const AlertPage = lazy(() => import("./alert-page.tsx").then((m) => m.AlertPage));

export const ALERT_ROUTES: { path: string; component: preact.AnyComponent }[] = [
  { path: "/alerts", component: AlertsPage },
  // Reached only by links inside the app: the server answers a deep link to /alerts/{id} itself (alertHref).
  { path: "/alerts/:id", component: AlertPage },
  { path: "/alerts/:id/versions/:n", component: AlertPage },
];
