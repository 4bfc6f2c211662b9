/**
 * Where the EWP-format files are: `--data PATH` or env TOCSIN_EWP_DATA for the predictors file; the
 * published coefficients file from `--coefficients`, env TOCSIN_EWP_COEFFICIENTS, or the one file named
 * `*coefficients*.csv` beside the predictors file.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

export class MissingDataError extends Error {
  override name = "MissingDataError";
}

export function resolvePredictorsFile(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const path = flag ?? env.TOCSIN_EWP_DATA;
  if (!path) {
    throw new MissingDataError(
      "no EWP predictors file: pass --data PATH or set TOCSIN_EWP_DATA (reading forecasts data from the store is not wired yet)",
    );
  }
  if (!existsSync(path)) throw new MissingDataError(`${path}: no such file`);
  return path;
}

export function resolveCoefficientsFile(
  flag: string | undefined,
  predictorsFile: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const path = flag ?? env.TOCSIN_EWP_COEFFICIENTS;
  if (path) return path;
  const dir = dirname(predictorsFile);
  const found = readdirSync(dir).filter((f) => /coefficients.*\.csv$/i.test(f));
  return found.length === 1 ? join(dir, found[0] as string) : undefined;
}
