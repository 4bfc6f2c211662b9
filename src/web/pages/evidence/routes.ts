import { lazy } from "preact-iso";

/**
 * The evidence browser's pages and their URLs. Each page is its own chunk, loaded when first visited, so the
 * evidence pages add nothing to the app's initial JavaScript (the map's Leaflet loads only on the map page).
 */
const page = <T>(load: () => Promise<T>, pick: (m: T) => preact.AnyComponent) =>
  lazy(() => load().then(pick));

export const EVIDENCE_ROUTES: { path: string; component: preact.AnyComponent }[] = [
  {
    path: "/evidence",
    component: page(
      () => import("./events-page.tsx"),
      (m) => m.EventsPage,
    ),
  },
  {
    path: "/evidence/events",
    component: page(
      () => import("./events-page.tsx"),
      (m) => m.EventsPage,
    ),
  },
  {
    path: "/evidence/events/new",
    component: page(
      () => import("./event-form-page.tsx"),
      (m) => m.EventFormPage,
    ),
  },
  {
    path: "/evidence/events/:id",
    component: page(
      () => import("./event-page.tsx"),
      (m) => m.EventPage,
    ),
  },
  {
    path: "/evidence/events/:id/edit",
    component: page(
      () => import("./event-form-page.tsx"),
      (m) => m.EventFormPage,
    ),
  },
  {
    path: "/evidence/map",
    component: page(
      () => import("./event-map-page.tsx"),
      (m) => m.EventMapPage,
    ),
  },
  {
    path: "/evidence/claims",
    component: page(
      () => import("./claims-page.tsx"),
      (m) => m.ClaimsPage,
    ),
  },
  {
    path: "/evidence/claims/new",
    component: page(
      () => import("./claim-form-page.tsx"),
      (m) => m.ClaimFormPage,
    ),
  },
  {
    path: "/evidence/claims/:id",
    component: page(
      () => import("./claim-page.tsx"),
      (m) => m.ClaimPage,
    ),
  },
  {
    path: "/evidence/claims/:id/edit",
    component: page(
      () => import("./claim-form-page.tsx"),
      (m) => m.ClaimFormPage,
    ),
  },
  {
    path: "/evidence/sources",
    component: page(
      () => import("./sources-page.tsx"),
      (m) => m.SourcesPage,
    ),
  },
  {
    path: "/evidence/sources/new",
    component: page(
      () => import("./source-form-page.tsx"),
      (m) => m.SourceFormPage,
    ),
  },
  {
    path: "/evidence/sources/:id",
    component: page(
      () => import("./source-page.tsx"),
      (m) => m.SourcePage,
    ),
  },
  {
    path: "/evidence/sources/:id/edit",
    component: page(
      () => import("./source-form-page.tsx"),
      (m) => m.SourceFormPage,
    ),
  },
  {
    path: "/evidence/documents",
    component: page(
      () => import("./documents-page.tsx"),
      (m) => m.DocumentsPage,
    ),
  },
  {
    path: "/evidence/documents/new",
    component: page(
      () => import("./document-form-page.tsx"),
      (m) => m.DocumentFormPage,
    ),
  },
  {
    path: "/evidence/documents/:id",
    component: page(
      () => import("./document-page.tsx"),
      (m) => m.DocumentPage,
    ),
  },
];
