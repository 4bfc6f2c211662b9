import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "kysely";
import {
  MAX_PREPARED_PER_CONNECTION,
  PREPARED_MARK,
  prepared,
  prepareMarkedQueries,
} from "../../src/adapters/db/prepared.ts";
import { onEachEngine } from "../support/stores.ts";

describe("prepared statements: the pg client wrapper", () => {
  test("a marked text goes as a named statement, the same name each time; others pass as they came", () => {
    const calls: unknown[][] = [];
    const client = { query: (...args: never[]) => calls.push(args) };
    prepareMarkedQueries(client);
    const q = client.query as unknown as (...args: unknown[]) => unknown;
    q(`${PREPARED_MARK}SELECT $1::int`, [1]);
    q(`${PREPARED_MARK}SELECT $1::int`, [2]);
    q("SELECT 1", []);
    const [first, second, plain] = calls as [
      [{ name: string; values: unknown[] }],
      [{ name: string }],
      unknown[],
    ];
    assert.match(first[0].name, /^tocsin_[0-9a-f]{24}$/);
    assert.equal(second[0].name, first[0].name);
    assert.deepEqual(first[0].values, [1]);
    assert.deepEqual(plain, ["SELECT 1", [], undefined]);
  });

  test(`a connection names at most ${MAX_PREPARED_PER_CONNECTION} texts; the rest run unnamed`, () => {
    const calls: unknown[][] = [];
    const client = { query: (...args: never[]) => calls.push(args) };
    prepareMarkedQueries(client);
    const q = client.query as unknown as (...args: unknown[]) => unknown;
    for (let i = 0; i <= MAX_PREPARED_PER_CONNECTION; i++) q(`${PREPARED_MARK}SELECT ${i}`, []);
    q(`${PREPARED_MARK}SELECT 0`, []);
    const named = calls.filter((c) => typeof c[0] === "object");
    assert.equal(named.length, MAX_PREPARED_PER_CONNECTION + 1, "the first texts, and one seen before");
    assert.equal(calls.at(-2)?.[0], `${PREPARED_MARK}SELECT ${MAX_PREPARED_PER_CONNECTION}`);
  });
});

onEachEngine("prepared statements", (store) => {
  test("a prepared query answers as the same query unprepared", async () => {
    const db = store().app.database.db;
    const q = db
      .selectFrom("events")
      .select(["id", "title"])
      .where("sensitivity", "in", ["public", "internal"])
      .orderBy("id")
      .limit(5);
    for (let i = 0; i < 7; i++) {
      // Past PostgreSQL's five custom plans, when it may switch to a generic one.
      assert.deepEqual((await prepared(db, q)).rows, await q.execute());
    }
  });

  test("on PostgreSQL it is a named statement of the connection", async (t) => {
    if (store().engine !== "postgres") return t.skip("PGlite runs it unnamed");
    const db = store().app.database.db;
    const q = db.selectFrom("events").select("id").where("title", "=", "nothing such");
    const names = await db.transaction().execute(async (tx) => {
      await prepared(tx, q);
      return (
        await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(tx)
      ).rows.map((r) => r.statement);
    });
    assert.ok(names.includes(`${PREPARED_MARK}${q.compile().sql}`), names.join("\n"));
  });
});
