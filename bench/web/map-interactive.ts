// The world map page measured in headless Chromium on the fictional scenario (issue 7, goal: interactive within
// 1.5 s). "Interactive" is defined as the benchmark checks it, in this order:
//   1. the country layer is drawn: `.world-map[data-ready="true"]` and the `tocsin:map-ready` mark;
//   2. a click on the fictional country (XFT) is answered: the country panel's heading is shown.
// Both times are from navigation start, in a fresh browser context each run (no cache). Beside wall time,
// the page's main-thread CPU time (CDP Performance.getMetrics TaskDuration, ScriptDuration, LayoutDuration)
// and the process's CPU time, since the machine is shared and wall time there is mostly waiting for a core.
//
//   node --import tsx bench/web/map-interactive.ts [--runs=10] [--trace=FILE] [--against=DIR]
// --web=DIR serves that build instead of dist/web (a copy: other people's test runs rebuild dist/web).
// --against=DIR also serves another build of the web app (e.g. the previous commit's dist/web) and alternates
// runs between the two, so that both see the same load on the shared machine.
import { writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Browser, chromium } from "playwright-core";
import { loadDemoScenario } from "../../src/app/demo/load-demo.ts";
import { openApp } from "../../src/bootstrap.ts";
import { startServer } from "../../src/http/server.ts";
import { CHROMIUM } from "../../test/support/browser.ts";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export interface MapRun {
  /** ms from navigation to the drawn country layer (the page's own mark). */
  drawnMs: number;
  /** ms from navigation to the country panel answering a click on XFT. */
  clickAnsweredMs: number;
  /** CPU time of all the browser's processes from navigation to the answered click (ms). */
  browserCpuMs: number;
  /** Main-thread busy time of the page until the click was answered (ms; wall time of its tasks). */
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  parts: Record<string, number>;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN) * 10) / 10;
}
const stats = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: pct(xs, 100), n: xs.length });

/** CPU seconds used so far by each of the browser's processes (renderers, GPU, network, the browser). */
async function browserCpu(browser: Browser): Promise<Map<number, number>> {
  const cdp = await browser.newBrowserCDPSession();
  const info = (await cdp.send("SystemInfo.getProcessInfo")) as {
    processInfo: { id: number; cpuTime: number }[];
  };
  await cdp.detach();
  return new Map(info.processInfo.map((p) => [p.id, p.cpuTime]));
}

async function once(browser: Browser, url: string, trace?: string): Promise<MapRun> {
  const cpuBefore = await browserCpu(browser);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  if (trace) await browser.startTracing(page, { path: trace, screenshots: false });
  await page.goto(url);
  await page.locator('.world-map[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.locator('.world-map [data-iso3="XFT"]').first().click({ force: true });
  await page.locator("#country-panel-title").waitFor();
  const clickAnsweredMs = (await page.evaluate("performance.now()")) as number;
  const metrics = (await cdp.send("Performance.getMetrics")).metrics;
  if (trace) await browser.stopTracing();
  const metric = (name: string) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
  // (A string: tsx would wrap a function's inner helpers in a __name the page does not have.)
  const parts = (await page.evaluate(`(() => {
    const end = (re) => performance.getEntriesByType("resource").find((r) => re.test(r.name))?.responseEnd ?? -1;
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1,
      overviewArrived: end(/\\/api\\/v1\\/overview$/),
      shapesArrived: end(/countries-.*\\.json$/),
      mapCodeArrived: end(/world-map-.*\\.js$/),
      mapReady: performance.getEntriesByName("tocsin:map-ready")[0]?.startTime ?? -1,
    };
  })()`)) as Record<string, number>;
  const cpuAfter = await browserCpu(browser);
  await context.close();
  let cpuMs = 0;
  for (const [id, t] of cpuAfter) cpuMs += (t - (cpuBefore.get(id) ?? 0)) * 1000;
  return {
    browserCpuMs: Math.round(cpuMs),
    drawnMs: parts.mapReady ?? -1,
    clickAnsweredMs,
    taskMs: metric("TaskDuration"),
    scriptMs: metric("ScriptDuration"),
    layoutMs: metric("LayoutDuration") + metric("RecalcStyleDuration"),
    parts,
  };
}

function summary(all: MapRun[], cold: MapRun) {
  const parts = Object.fromEntries(
    Object.keys(all[0]?.parts ?? {}).map((k) => [
      k,
      pct(
        all.map((r) => r.parts[k] ?? -1),
        50,
      ),
    ]),
  );
  return {
    coldFirst: { drawnMs: Math.round(cold.drawnMs), clickAnsweredMs: Math.round(cold.clickAnsweredMs) },
    drawnMs: stats(all.map((r) => r.drawnMs)),
    interactiveMs: stats(all.map((r) => r.clickAnsweredMs)),
    browserCpuMs: stats(all.map((r) => r.browserCpuMs)),
    pageMainThreadTasksMs: stats(all.map((r) => r.taskMs)),
    pageScriptMs: stats(all.map((r) => r.scriptMs)),
    pageLayoutAndStyleMs: stats(all.map((r) => r.layoutMs)),
    medianPartsMs: parts,
  };
}

/**
 * Serves the fictional scenario and opens the map `runs` times (plus one cold run, reported apart); with
 * `against`, the same on a second server with that build of the web app, run for run in turn.
 */
export async function measureMap(
  runs = 10,
  options: { trace?: string; against?: string; webDir?: string } = {},
) {
  const dir = join(tmpdir(), `tocsin-bench-web-demo-${process.pid}`);
  const app = await openApp({ dataDir: dir, databaseUrl: undefined }, { command: "bench web" });
  await loadDemoScenario(app);
  const base = { port: 0, host: "127.0.0.1", clearance: "internal", publicMode: false } as const;
  const server = await startServer(app, { ...base, webDir: options.webDir });
  const other = options.against ? await startServer(app, { ...base, webDir: options.against }) : null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const loadBefore = loadavg().map((x) => Math.round(x * 10) / 10);
  const cpuBefore = process.cpuUsage();
  try {
    const cold = await once(browser, server.url);
    const coldOther = other ? await once(browser, other.url) : null;
    const all: MapRun[] = [];
    const allOther: MapRun[] = [];
    for (let i = 0; i < runs; i++) {
      all.push(await once(browser, server.url, i === 0 ? options.trace : undefined));
      if (other) allOther.push(await once(browser, other.url));
    }
    const cpu = process.cpuUsage(cpuBefore);
    return {
      definition:
        "drawn: the country layer drawn (data-ready, mark tocsin:map-ready); interactive: a click on XFT answered by the country panel; ms from navigation, fresh context each run; browserCpuMs: CPU time of all Chromium processes over that span (CDP SystemInfo.getProcessInfo), pageMainThreadTasksMs: wall time of the page's main-thread tasks (CDP TaskDuration)",
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg().map((x) => Math.round(x * 10) / 10),
      ...summary(all, cold),
      ...(other && coldOther
        ? { against: { webDir: options.against, ...summary(allOther, coldOther) } }
        : {}),
      /** The benchmark process's own CPU (the server answering both builds) over all runs. */
      serverCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    };
  } finally {
    await browser.close();
    await server.close();
    await other?.close();
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    strict: false,
    options: {
      runs: { type: "string" },
      trace: { type: "string" },
      against: { type: "string" },
      web: { type: "string" },
    },
  });
  const r = await measureMap(Number(values.runs ?? 10), {
    trace: values.trace ? String(values.trace) : undefined,
    against: values.against ? String(values.against) : undefined,
    webDir: values.web ? String(values.web) : undefined,
  });
  console.log(JSON.stringify(r, null, 2));
  if (values.trace) writeFileSync(`${values.trace}.summary.json`, JSON.stringify(r, null, 2));
}
