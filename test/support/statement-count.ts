import type { TestStore } from "./stores.ts";

/**
 * Counts the statements run through the store's Kysely instance while `fn` runs (transactions have their
 * own executor and are not counted). For tests that fail when a request starts to run a query per row.
 */
export async function statementsDuring(store: TestStore, fn: () => Promise<unknown>): Promise<number> {
  const executor = store.app.database.db.getExecutor();
  const original = executor.executeQuery;
  let count = 0;
  executor.executeQuery = function (this: typeof executor, ...args: Parameters<typeof original>) {
    count++;
    return original.apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    executor.executeQuery = original;
  }
  return count;
}
