import { lazy } from "preact-iso";

/** The import jobs (their own chunk, loaded when first visited). */
const ImportsPage = lazy(() => import("./imports-page.tsx").then((m) => m.ImportsPage));
const ImportPage = lazy(() => import("./import-page.tsx").then((m) => m.ImportPage));

export const IMPORT_ROUTES: { path: string; component: preact.AnyComponent }[] = [
  { path: "/imports", component: ImportsPage },
  { path: "/imports/:id", component: ImportPage },
];
