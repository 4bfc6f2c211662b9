/**
 * Where the EWP-format data is. The predictors file: `--ewp FILE` or env TOCSIN_EWP_DATA; with neither, the
 * predictors imported into the store (`tocsin import ewp FILE`; see ewp-data.service.ts). `--data` is the
 * data folder, as on every other verb (issue 2); the first forecasting release used `--data FILE` for the
 * predictors file, so a `--data` that names a file (or a `.csv` path) is still read as the predictors file,
 * with a warning. The published coefficients file: `--coefficients`, env TOCSIN_EWP_COEFFICIENTS, or the one
 * file named `*coefficients*.csv` beside the predictors file.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

export class MissingDataError extends Error {
  override name = "MissingDataError";
}

export interface EwpPaths {
  /** The predictors file, or null: read the predictors imported into the store (the data folder). */
  predictors: string | null;
  /** The data folder, when `--data` named one. */
  dataDir: string | undefined;
  /** Set when `--data FILE` was read the old way. */
  warning?: string;
}

function namesFile(path: string): boolean {
  if (existsSync(path)) return statSync(path).isFile();
  return /\.csv$/i.test(path);
}

export function resolveEwpPaths(
  flags: { ewp?: string; data?: string },
  env: NodeJS.ProcessEnv = process.env,
): EwpPaths {
  let warning: string | undefined;
  let predictors = flags.ewp;
  let dataDir = flags.data;
  if (flags.data !== undefined && namesFile(flags.data)) {
    if (flags.ewp !== undefined) {
      throw new MissingDataError(
        `--data ${flags.data} names a file, and --ewp is given too: --data is the data folder (a directory)`,
      );
    }
    predictors = flags.data;
    dataDir = undefined;
    warning = `--data FILE is read as --ewp FILE for compatibility; use --ewp ${flags.data} (--data is the data folder, as on every other verb)`;
  }
  predictors ??= env.TOCSIN_EWP_DATA;
  if (!predictors) return { predictors: null, dataDir, warning };
  if (!existsSync(predictors)) throw new MissingDataError(`${predictors}: no such file`);
  return { predictors, dataDir, warning };
}

export function resolveCoefficientsFile(
  flag: string | undefined,
  /** Null when the predictors come from the store: then only the flag or the environment name the file. */
  predictorsFile: string | null,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const path = flag ?? env.TOCSIN_EWP_COEFFICIENTS;
  if (path) return path;
  if (predictorsFile === null) return undefined;
  const dir = dirname(predictorsFile);
  const found = readdirSync(dir).filter((f) => /coefficients.*\.csv$/i.test(f));
  return found.length === 1 ? join(dir, found[0] as string) : undefined;
}
