import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "kysely";
import { disposeStore, freshPostgres, postgresSkip } from "../support/stores.ts";

test("the app's PostgreSQL connections run without JIT (it cost more than it saved on the evidence reads)", {
  skip: postgresSkip(),
}, async () => {
  const store = await freshPostgres();
  try {
    // Every connection of the pool: several at once.
    const rows = await Promise.all(
      [1, 2, 3].map(() =>
        sql<{ jit: string }>`SELECT current_setting('jit') AS jit, pg_sleep(0.05)`.execute(
          store.app.database.db,
        ),
      ),
    );
    assert.deepEqual(
      rows.map((r) => r.rows[0]?.jit),
      ["off", "off", "off"],
    );
  } finally {
    await disposeStore(store);
  }
});
