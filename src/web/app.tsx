import { ErrorBoundary, LocationProvider, Route, Router } from "preact-iso";
import { ServerInfoProvider } from "./api/server-info.tsx";
import { LOGIN_PATH, SessionGate } from "./api/session.tsx";
import { Layout } from "./components/layout.tsx";
import { ALERT_ROUTES } from "./pages/alerts/routes.ts";
import { EVIDENCE_ROUTES } from "./pages/evidence/routes.ts";
import { IMPORT_ROUTES } from "./pages/imports/routes.ts";
import { LoginPage } from "./pages/login/login-page.tsx";
import { MapPage } from "./pages/map-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { REVIEW_ROUTES } from "./pages/review/routes.ts";
import { SituationPage } from "./pages/situation-page.tsx";

/**
 * The links the app routes itself: paths without a file extension, outside /api and /assets. Others (an
 * alert's .html/.md/.json/.pdf, /feed.atom, /api/openapi.json) are left to the browser, which asks the server.
 */
const APP_LINKS = /^\/(?!api\/|assets\/)[^.?#]*(?:[?#].*)?$/;

/**
 * The routes of the web app. Every page has its own URL (deep links), and the server answers any of them with
 * the app's index.html. Pages load their own data from /api/v1.
 */
export function App() {
  return (
    <ServerInfoProvider>
      <LocationProvider scope={APP_LINKS}>
        <SessionGate />
        <Layout>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={MapPage} />
              <Route path={LOGIN_PATH} component={LoginPage} />
              <Route path="/situations/:id" component={SituationPage} />
              {EVIDENCE_ROUTES.map((r) => (
                <Route key={r.path} path={r.path} component={r.component} />
              ))}
              {[...ALERT_ROUTES, ...REVIEW_ROUTES, ...IMPORT_ROUTES].map((r) => (
                <Route key={r.path} path={r.path} component={r.component} />
              ))}
              <Route default component={NotFoundPage} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </LocationProvider>
    </ServerInfoProvider>
  );
}
