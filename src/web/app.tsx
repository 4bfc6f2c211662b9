import { ErrorBoundary, LocationProvider, Route, Router } from "preact-iso";
import { ServerInfoProvider } from "./api/server-info.tsx";
import { Layout } from "./components/layout.tsx";
import { MapPage } from "./pages/map-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { SituationPage } from "./pages/situation-page.tsx";

/**
 * The routes of the web app. Every page has its own URL (deep links), and the server answers any of them with
 * the app's index.html. Pages load their own data from /api/v1.
 */
export function App() {
  return (
    <ServerInfoProvider>
      <LocationProvider>
        <Layout>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={MapPage} />
              <Route path="/situations/:id" component={SituationPage} />
              <Route default component={NotFoundPage} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </LocationProvider>
    </ServerInfoProvider>
  );
}
