import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { type Browser, chromium, type Page } from "playwright-core";
import type { Sensitivity } from "../../src/domain/evidence/sensitivity.ts";
import { startServer } from "../../src/http/server.ts";
import { WEB_DIST } from "../../src/http/web-app.ts";
import { disposeStore, freshDemoPGlite, type TestStore } from "./stores.ts";

/** Debian's Chromium (installed by .ci/run); TOCSIN_CHROMIUM names another. */
export const CHROMIUM = process.env.TOCSIN_CHROMIUM ?? "/usr/bin/chromium";

/** Flags for a closed network: without them Chromium keeps trying to reach Google's hosts. */
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

/** Where screenshots go: test artifacts, never committed. */
export const SCREENSHOTS = join(process.cwd(), "test-results", "screenshots");

/** Why the browser tests are skipped, or false when they run. In CI they must run. */
export function browserSkip(): string | false {
  const missing = !existsSync(CHROMIUM)
    ? `Chromium is not at ${CHROMIUM} (apt-get install chromium, or set TOCSIN_CHROMIUM)`
    : !existsSync(join(WEB_DIST, "index.html"))
      ? "the web app is not built (npm run build:web; npm test builds it)"
      : null;
  if (!missing) return false;
  if (process.env.CI) throw new Error(`CI must run the browser tests: ${missing}`);
  return `browser tests skipped: ${missing}`;
}

export interface BrowserHarness {
  store: TestStore;
  /** The server's address, e.g. http://127.0.0.1:41234 */
  url: string;
  browser: Browser;
  /** A new page in a fresh context (no shared cookies or storage), failing the test on any page error. */
  page(): Promise<Page>;
  /** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  /** Errors the pages reported (uncaught exceptions, console errors). */
  pageErrors: string[];
}

/**
 * One store with the fictional scenario, one `tocsin serve` on loopback and one Chromium for a whole test
 * file (each costs seconds). Pages are fresh per call.
 */
export function browserHarness(
  options: { publicMode?: boolean; clearance?: Sensitivity } = {},
): () => BrowserHarness {
  let harness: BrowserHarness | undefined;
  let server: { close(): Promise<void> } | undefined;
  before(async () => {
    const store = await freshDemoPGlite();
    const publicMode = options.publicMode ?? false;
    const started = await startServer(store.app, {
      port: 0,
      host: "127.0.0.1",
      clearance: publicMode ? "public" : (options.clearance ?? "confidential"),
      publicMode,
    });
    server = started;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const pageErrors: string[] = [];
    harness = {
      store,
      url: started.url,
      browser,
      pageErrors,
      async page() {
        const context = await browser.newContext({
          baseURL: started.url,
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        page.on("pageerror", (error) => pageErrors.push(`page error: ${error.message}`));
        page.on("console", (message) => {
          if (message.type() === "error") pageErrors.push(`console error: ${message.text()}`);
        });
        return page;
      },
      async screenshot(page, name) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
    };
  });
  after(async () => {
    await harness?.browser.close();
    await server?.close();
    if (harness) await disposeStore(harness.store);
  });
  return () => {
    if (!harness) throw new Error("browser harness not ready");
    return harness;
  };
}

/**
 * Reads until `read()` gives `expected`, then asserts it (the failure names `message` and the last value).
 * A page renders after the event that changed it, so an attribute read at once after a click or a key races
 * the render; this waits for it, as a person looking at the page would, for at most `timeoutMs`.
 */
export async function settlesTo<T>(
  read: () => Promise<T>,
  expected: T,
  message: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  assert.deepStrictEqual(last, expected, message);
}

/** The password the browser tests give the accounts they create. */
export const TEST_PASSWORD = "a long enough passphrase";

/** Logs in on the login page and waits until the header names the account. */
export async function logIn(page: Page, name: string, password: string = TEST_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByTestId("signed-in").waitFor();
}
