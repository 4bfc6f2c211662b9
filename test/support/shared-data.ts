import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `../shared/data` beside the project: public datasets for tests and benchmarks only, never committed. */
export const SHARED_DATA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/data");

/**
 * The path of a file in ../shared/data, or a skip reason when it is absent. Use as
 * `test("...", { skip: sharedData("ewp/x.csv").skip }, ...)`: the runner prints the reason.
 */
export function sharedData(relative: string): { path: string; skip: string | false } {
  const path = join(SHARED_DATA, relative);
  return existsSync(path)
    ? { path, skip: false }
    : { path, skip: `../shared/data/${relative} is absent (CI always has it): skipped` };
}
