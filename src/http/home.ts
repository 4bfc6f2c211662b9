/**
 * What `/` shows when the web app has not been built: what this is, where the API is, how to build the app.
 */
export const HOME_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tocsin</title>
<link rel="alternate" type="application/atom+xml" href="/feed.atom" title="tocsin: published alerts and level changes">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .25rem}</style>
</head>
<body>
<h1>tocsin</h1>
<p>An open, offline-first early-warning system for genocide and mass atrocities: it keeps evidence with
its sources and its chain of custody, and leaves judgement and publishing to people.</p>
<ul>
<li>The REST API is at <a href="/api/v1/health"><code>/api/v1</code></a>.</li>
<li>Its OpenAPI 3.1 description is at <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.</li>
</ul>
<p><strong>Demo content is a fictional training scenario.</strong> Its countries, groups, people and events
are invented, the way UN training uses an imaginary country; none of it describes real events.</p>
<p>The web app has not been built here: run <code>npm run build:web</code> (or start with <code>npm start</code>,
which builds it) and reload.</p>
</body>
</html>
`;
