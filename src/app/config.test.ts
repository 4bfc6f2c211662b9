import assert from "node:assert/strict";
import { test } from "node:test";
import { ConfigError, loadConfig } from "./config.ts";

test("defaults: embedded store in ./var/tocsin, port 8080, internal clearance", () => {
  const c = loadConfig({});
  assert.match(c.dataDir, /var\/tocsin$/);
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.port, 8080);
  assert.equal(c.clearance, "internal");
});

test("a bad value fails with the variable's name", () => {
  assert.throws(
    () => loadConfig({ PORT: "eighty" }),
    (e: unknown) => e instanceof ConfigError && e.message.startsWith("PORT"),
  );
  assert.throws(
    () => loadConfig({ DATABASE_URL: "mysql://x" }),
    (e: unknown) => e instanceof ConfigError && e.message.startsWith("DATABASE_URL"),
  );
  assert.throws(() => loadConfig({ TOCSIN_CLEARANCE: "top-secret" }), /TOCSIN_CLEARANCE/);
});

test("an empty DATABASE_URL means unset", () => {
  assert.equal(loadConfig({ DATABASE_URL: "" }).databaseUrl, undefined);
});

test("flags override the environment", () => {
  assert.equal(loadConfig({ PORT: "9000" }, { port: 9100 }).port, 9100);
  assert.equal(loadConfig({ PORT: "9000" }, { port: undefined }).port, 9000);
});
