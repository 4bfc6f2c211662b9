import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { browserHarness, browserSkip, settlesTo } from "../support/browser.ts";

const PASSWORD = "a long enough passphrase";

describe("login in the web app once accounts exist (Chromium)", { skip: browserSkip() }, () => {
  const h = browserHarness();
  before(async () => {
    await h().store.app.auth.accounts.addUser({
      name: "ana",
      password: PASSWORD,
      role: "analyst",
      clearance: "confidential",
    });
  });

  test("a page sends the reader to /login; a wrong password is said; the right one returns to the page and writes work (CSRF)", async () => {
    const page = await h().page();
    page.setDefaultTimeout(90_000);
    await page.goto("/evidence/sources/new");
    await page.locator("#login-name").waitFor();
    await settlesTo(async () => new URL(page.url()).pathname, "/login", "redirected to the login page");
    await page.getByLabel("Name").fill("ana");
    await page.getByLabel("Password").fill("not the password at all");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("alert").waitFor();
    assert.match((await page.getByRole("alert").textContent()) ?? "", /wrong/);

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await settlesTo(
      async () => new URL(page.url()).pathname,
      "/evidence/sources/new",
      "back on the page asked for",
    );
    await page.getByLabel("Reliability", { exact: true }).waitFor();
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "tocsin_session");
    assert.ok(session?.httpOnly, "HttpOnly session cookie");
    assert.equal(session?.sameSite, "Strict");

    // A write through the app's client: refused without the session's X-CSRF-Token, so this proves it is sent.
    await page.getByLabel("Name").fill("Fictional Login Test Council");
    await page.getByLabel("Reliability", { exact: true }).selectOption("C");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByRole("heading", { level: 1, name: "Fictional Login Test Council" }).waitFor();
    const id = page.url().match(/sources\/([0-9a-f-]{36})/)?.[1] as string;
    const trail = await h().store.app.store.custodyFor("source", id);
    assert.equal(trail[0]?.actor, "user:ana", "the custody log names the account");

    await page.goto("/login");
    await page.getByRole("button", { name: "Log out" }).click();
    await settlesTo(
      async () => (await page.context().cookies()).some((c) => c.name === "tocsin_session"),
      false,
      "the cookie is cleared",
    );
    await page.goto("/evidence");
    await page.locator("#login-name").waitFor();
    assert.match(new URL(page.url()).search, /next=%2Fevidence/);
  });
});
