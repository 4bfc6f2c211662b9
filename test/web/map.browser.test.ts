import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

describe("the world map in Chromium", { skip: browserSkip() }, () => {
  const h = browserHarness();

  test("the fictional country is drawn and labelled with its level; the legend names every level", async () => {
    const page = await h().page();
    await page.goto("/");
    await page.locator('.world-map[data-ready="true"]').waitFor();
    const xft = page.locator('.world-map path[data-iso3="XFT"]');
    await xft.waitFor();
    // Filled with the Emergency pattern (colour and hatching), and labelled in words.
    assert.equal(await xft.getAttribute("fill"), "url(#pattern-emergency)");
    assert.match((await xft.getAttribute("aria-label")) ?? "", /Genocide Emergency, 4 situation/);
    assert.match((await xft.getAttribute("aria-label")) ?? "", /approximate outline/);
    assert.equal(await xft.getAttribute("stroke-dasharray"), "5 4", "an approximate outline is dashed");
    assert.match(
      (await page.locator(".map-label").first().textContent()) ?? "",
      /Feltravia \(fictional training scenario\) · 3 Emergency \(approx\.\)/,
    );
    const legend = (await page.locator(".legend").textContent()) ?? "";
    for (const name of [
      "No alert",
      "Genocide Watch",
      "Genocide Warning",
      "Genocide Emergency",
      "approximate outline",
    ])
      assert.ok(legend.includes(name), name);
    // Every level in the legend has a distinct pattern swatch beside its name.
    assert.equal(await page.locator('.legend rect[fill^="url(#pattern-"]').count(), 3);
    await h().screenshot(page, "map");
    assert.deepEqual(h().pageErrors, []);
  });

  test("each country with situations is a named path on the map, drawn once the page starts its data early", async () => {
    const page = await h().page();
    const asked: string[] = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto("/");
    await page.locator('.world-map[data-ready="true"]').waitFor();
    // Started as the app starts (before the first render), and taken by the page: asked for once.
    assert.equal(asked.filter((p) => p === "/api/v1/overview").length, 1, asked.join(" "));
    assert.equal(asked.filter((p) => /countries-110m-.*\.json$/.test(p)).length, 1, asked.join(" "));
    const overview = (await (await fetch(`${h().url}/api/v1/overview`)).json()) as {
      countries: { iso3: string; shape: { kind: string } }[];
    };
    const named = await page
      .locator(".world-map path[data-iso3]")
      .evaluateAll((ps) =>
        ps.map((p) => `${p.getAttribute("data-iso3")}|${p.getAttribute("aria-label") ?? ""}`),
      );
    assert.deepEqual(
      [...new Set(named.map((n) => n.split("|")[0]))].sort(),
      overview.countries
        .filter((c) => c.shape.kind !== "none")
        .map((c) => c.iso3)
        .sort(),
      "every country with situations is an SVG path of its own, and only those",
    );
    for (const n of named) assert.match(n, /\|.+situation/, `${n}: named with its level for screen readers`);
  });

  test("the table view shows the same data, and the view has its own link", async () => {
    const page = await h().page();
    await page.goto("/");
    await page.getByRole("button", { name: "Table" }).click();
    const row = page.locator('tr[data-iso3="XFT"]');
    await row.waitFor();
    assert.match(page.url(), /\?view=table$/);
    await settlesTo(
      () => page.getByRole("button", { name: "Table" }).getAttribute("aria-pressed"),
      "true",
      "the Table button is pressed",
    );
    const text = (await row.textContent()) ?? "";
    assert.match(text, /Genocide Emergency/);
    for (const s of ["Sarrowites", "Oskeri", "Dellovar", "Taldren"]) assert.match(text, new RegExp(s));
    assert.match(text, /Rule emergency-extermination/);
    assert.match(text, /approximate outline on the map/);
    await h().screenshot(page, "map-table");
    // The deep link opens the table directly.
    const again = await h().page();
    await again.goto("/?view=table");
    await again.locator('tr[data-iso3="XFT"]').waitFor();
  });

  test("keyboard only: Tab to the country on the map, Enter, Tab to a situation, Enter opens it", async () => {
    const page = await h().page();
    await page.goto("/");
    await page.locator('.world-map[data-ready="true"]').waitFor();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(() => document.activeElement?.getAttribute("data-iso3") === "XFT");
    }
    assert.ok(found, "the country is reachable with Tab");
    await page.keyboard.press("Enter");
    const heading = page.locator("#country-panel-title");
    await heading.waitFor();
    assert.ok(await heading.evaluate((el) => el === document.activeElement), "focus moves to the panel");
    assert.match(page.url(), /country=XFT/);
    await page.keyboard.press("Tab");
    const link = await page.evaluate(() => document.activeElement?.textContent ?? "");
    assert.match(link, /fictional/);
    await page.keyboard.press("Enter");
    await page.locator("#stages-title").waitFor();
    assert.match(page.url(), /\/situations\/[0-9a-f-]{36}$/);
  });

  test("every control on the map page has a name", async () => {
    const page = await h().page();
    await page.goto("/");
    await page.locator('.world-map[data-ready="true"]').waitFor();
    const unnamed = await page.evaluate(() =>
      Array.from(document.querySelectorAll("button, input, select, textarea, a[href], [tabindex]"))
        .filter((el) => {
          const label =
            el.getAttribute("aria-label") ||
            el.textContent?.trim() ||
            (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
            el.closest("label")?.textContent?.trim() ||
            el.getAttribute("title");
          return !label;
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    assert.deepEqual(unnamed, []);
  });
});
