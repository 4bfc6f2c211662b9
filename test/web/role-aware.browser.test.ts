import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { browserHarness, browserSkip, logIn, settlesTo, TEST_PASSWORD } from "../support/browser.ts";

const PASSWORD = TEST_PASSWORD;

describe("role-aware pages: who is signed in, write buttons by role, a restricted record (Chromium)", {
  skip: browserSkip(),
}, () => {
  const h = browserHarness();
  let eventId = "";
  before(async () => {
    const { auth, access, store } = h().store.app;
    await auth.accounts.addUser({
      name: "vera",
      password: PASSWORD,
      role: "viewer",
      clearance: "confidential",
    });
    await auth.accounts.addUser({
      name: "anil",
      password: PASSWORD,
      role: "analyst",
      clearance: "confidential",
    });
    const events = await store.listEvents({ clearance: "confidential", limit: 1 });
    eventId = (events.items[0] as { id: string }).id;
    const admin = { actor: "user:test-admin", clearance: "confidential" } as const;
    await access.addGroup({ name: "north-team" }, admin);
    await access.addMember("north-team", "vera", admin);
    await access.grant(eventId, { kind: "group", name: "north-team" }, "read", admin);
    await access.grant(eventId, { kind: "user", name: "anil" }, "write", admin);
  });

  test("a viewer sees no write button; an analyst does; the header says who and signs out", async () => {
    const viewer = await h().page();
    viewer.setDefaultTimeout(90_000);
    await logIn(viewer, "vera");
    assert.match((await viewer.getByTestId("signed-in").textContent()) ?? "", /Signed in as vera \(viewer\)/);
    await viewer.goto(`/evidence/events/${eventId}`);
    await viewer.getByRole("heading", { level: 1 }).waitFor();
    // The access line shows once its request answers: then every request of the page has been made.
    await viewer.getByTestId("record-access").waitFor();
    // The server's answer (the nav's review queue shows once it is known) and the session (the header) are in.
    await viewer.getByRole("link", { name: "Review queue" }).waitFor();
    await viewer.getByTestId("signed-in").waitFor();
    assert.match(
      (await viewer.getByTestId("record-access").textContent()) ?? "",
      /Restricted: group north-team \(read\), user anil \(write\)/,
    );
    await settlesTo(
      async () => viewer.getByRole("link", { name: "Edit" }).count(),
      0,
      "no Edit link for a viewer",
    );
    await viewer.goto("/evidence/sources");
    await viewer.getByRole("heading", { level: 1 }).waitFor();
    await viewer.getByRole("link", { name: "Review queue" }).waitFor();
    await viewer.getByTestId("signed-in").waitFor();
    await settlesTo(
      async () => viewer.getByRole("link", { name: /New source/i }).count(),
      0,
      "no New source for a viewer",
    );

    const analyst = await h().page();
    analyst.setDefaultTimeout(90_000);
    await logIn(analyst, "anil");
    await analyst.goto(`/evidence/events/${eventId}`);
    await analyst.getByRole("link", { name: "Edit" }).first().waitFor();
    await analyst.goto("/evidence/sources");
    await analyst
      .getByRole("link", { name: /New source/i })
      .first()
      .waitFor();

    await viewer.getByRole("button", { name: "Sign out" }).click();
    await settlesTo(async () => new URL(viewer.url()).pathname, "/login", "signed out, on the login page");
    await settlesTo(
      async () => (await viewer.context().cookies()).some((c) => c.name === "tocsin_session"),
      false,
      "the session cookie is cleared",
    );
  });
});
