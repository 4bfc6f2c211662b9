import { lazy } from "preact-iso";

/** The review queue (its own chunk, loaded when first visited). */
const ReviewPage = lazy(() => import("./review-page.tsx").then((m) => m.ReviewPage));

export const REVIEW_ROUTES: { path: string; component: preact.AnyComponent }[] = [
  { path: "/review", component: ReviewPage },
];
