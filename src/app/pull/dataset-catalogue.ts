import { ValidationError } from "../../domain/errors.ts";
import { isCalendarDate } from "../../domain/importers/fields.ts";
import { UCDP_CITATION } from "../../domain/importers/ucdp-attribution.ts";
import { EVENT_FORMATS } from "../import/formats.ts";

/**
 * THE ONE PLACE where tocsin's download URLs live. Every public dataset `tocsin pull` knows, with where its
 * publisher serves each release, what licence and attribution come with it, and which importer reads it.
 *
 * The URL patterns follow the publishers' download pages (UCDP: https://ucdp.uu.se/downloads/; the Early
 * Warning Project's replication repository on GitHub; GDELT 2.0's 15-minute export files). They could not
 * be checked from this machine (no internet): when a publisher renames a file, change it here, or pass
 * `--mirror` to fetch the same file names from another server. None of these publishers prints a SHA-256
 * or a size beside the files, so `published` is empty for all of them and the pull records the hash it
 * computed; an entry that gains a published checksum fills `sha256`/`md5`/`size` and the pull checks it.
 */
export interface PullFile {
  url: string;
  /** The name the download is saved under. */
  fileName: string;
  unpack: "zip" | "gz" | null;
  /** What the publisher states about the file, checked when present. */
  published: { sha256?: string; md5?: string; size?: number };
  /** A multi-file pull (GDELT) skips a slot the publisher never filled (404) rather than failing. */
  optional?: boolean;
}

export interface PullPlan {
  dataset: string;
  title: string;
  /** The release ("25.1"), or the date range for GDELT ("2024-05-01..2024-05-02"). */
  release: string;
  licence: string;
  attribution: string;
  homepage: string;
  /** The `tocsin import` format that reads the unpacked files ("ewp": the EWP importer, not an event format). */
  importFormat: string | null;
  files: PullFile[];
}

export interface PullRequest {
  dataset: string;
  release?: string;
  /** GDELT: the first and last day (UTC), inclusive. */
  from?: string;
  to?: string;
  /** Fetch the same file names from this base URL instead of the publisher's (an offline mirror). */
  mirror?: string;
}

interface CatalogueEntry {
  title: string;
  homepage: string;
  importFormat: string | null;
  licence?: string;
  attribution?: string;
  defaultRelease: string | null;
  releaseHelp: string;
  files(release: string, request: PullRequest): PullFile[];
}

const UCDP = "https://ucdp.uu.se/downloads";
/** "25.1" -> "251", as UCDP spells releases in file names. */
const ucdpRelease = (r: string) => {
  if (!/^\d{2}\.\d$/.test(r)) throw bad("release", `"${r}" is not a UCDP release such as 25.1`);
  return r.replace(".", "");
};
const zipFile = (url: string): PullFile => ({
  url,
  fileName: url.slice(url.lastIndexOf("/") + 1),
  unpack: "zip",
  published: {},
});

const EWP_REPO = "https://raw.githubusercontent.com/EarlyWarningProject";
/**
 * The replication files of each yearly assessment (their names change every year), paths as in the
 * repository. The mass-killing episodes are published only as the "mk_events" sheet of an Excel workbook
 * (the one its build_countryears_mkevents_2025.R reads); the EWP importer reads that sheet from the
 * workbook itself (src/adapters/importers/xlsx).
 */
const EWP_FILES: Record<string, string[]> = {
  "2025": [
    "3.Modeling/prepared2024predictors-2025-09-03.csv",
    "1.Buildcountryyears_and_mk_data/basedata2025_4august2025.csv",
    "1.Buildcountryyears_and_mk_data/EWP mass killing events master list_2025.xlsx",
  ],
};

/** One EWP file: its raw URL (each path segment URL-encoded: the workbook's name has spaces). */
function ewpFile(release: string, path: string): PullFile {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\s+/g, "_");
  return {
    url: `${EWP_REPO}/${release}-Statistical-Risk-Assessment/HEAD/${encoded}`,
    fileName: `ewp${release}_${name}`,
    unpack: null,
    published: {},
  };
}

/** GDELT keeps at most this many days per pull (96 files a day). */
export const GDELT_MAX_DAYS = 31;

export const DATASETS: Record<string, CatalogueEntry> = {
  "ucdp-ged": {
    title: "UCDP Georeferenced Event Dataset (GED), yearly release",
    homepage: `${UCDP}/`,
    importFormat: "ucdp-ged",
    defaultRelease: "25.1",
    releaseHelp: "a UCDP release such as 25.1",
    files: (r) => [zipFile(`${UCDP}/ged/ged${ucdpRelease(r)}-csv.zip`)],
  },
  "ucdp-candidate": {
    title: "UCDP GED Candidate events, monthly release",
    homepage: `${UCDP}/`,
    importFormat: "ucdp-candidate",
    defaultRelease: null,
    releaseHelp:
      "the candidate file's version as in its name, e.g. 25.01.25.06 for GEDEvent_v25_01_25_06.csv",
    files: (r) => {
      if (!/^\d{2}\.\d{2}\.\d{2}\.\d{2}$/.test(r))
        throw bad("release", `"${r}" is not a candidate version such as 25.01.25.06`);
      const name = `GEDEvent_v${r.replaceAll(".", "_")}.csv`;
      return [{ url: `${UCDP}/candidateged/${name}`, fileName: name, unpack: null, published: {} }];
    },
  },
  "ucdp-onesided": {
    title: "UCDP One-sided Violence Dataset",
    homepage: `${UCDP}/`,
    importFormat: "ucdp-onesided",
    defaultRelease: "25.1",
    releaseHelp: "a UCDP release such as 25.1",
    files: (r) => [zipFile(`${UCDP}/nsos/ucdp-onesided-${ucdpRelease(r)}-csv.zip`)],
  },
  "ucdp-brd": {
    title: "UCDP Battle-Related Deaths Dataset (dyadic)",
    homepage: `${UCDP}/`,
    importFormat: "ucdp-brd",
    defaultRelease: "25.1",
    releaseHelp: "a UCDP release such as 25.1",
    files: (r) => [zipFile(`${UCDP}/brd/ucdp-brd-dyadic-${ucdpRelease(r)}-csv.zip`)],
  },
  ewp: {
    title: "Early Warning Project statistical risk assessment: replication files",
    homepage: "https://github.com/EarlyWarningProject",
    importFormat: "ewp",
    licence:
      "published for replication; no licence file: may be downloaded and used, never committed or shipped",
    attribution:
      "Early Warning Project, United States Holocaust Memorial Museum and Dartmouth College: Statistical Risk Assessment replication files.",
    defaultRelease: "2025",
    releaseHelp: `an assessment year tocsin knows: ${Object.keys(EWP_FILES).join(", ")}`,
    files: (r) => {
      const paths = EWP_FILES[r];
      if (!paths)
        throw bad(
          "release",
          `no known replication files for ${r} (known: ${Object.keys(EWP_FILES).join(", ")})`,
        );
      return paths.map((p) => ewpFile(r, p));
    },
  },
  gdelt: {
    title: "GDELT 2.0 event exports (15-minute files)",
    homepage: "https://www.gdeltproject.org/",
    importFormat: "gdelt",
    defaultRelease: null,
    releaseHelp: "give --from and --to (days, UTC, inclusive)",
    files: (_r, q) => gdeltFiles(q.from, q.to),
  },
};

/** The files to fetch for a request, with the dataset's licence and attribution. */
export function planPull(request: PullRequest): PullPlan {
  const entry = DATASETS[request.dataset];
  if (!entry)
    throw bad(
      "dataset",
      `unknown dataset "${request.dataset}": use one of ${Object.keys(DATASETS).join(", ")}`,
    );
  const release =
    request.dataset === "gdelt"
      ? `${request.from}..${request.to}`
      : (request.release ?? entry.defaultRelease ?? missingRelease(entry));
  const format = entry.importFormat ? EVENT_FORMATS[entry.importFormat] : undefined;
  let files = entry.files(release, request);
  if (request.mirror) {
    const base = request.mirror.endsWith("/") ? request.mirror : `${request.mirror}/`;
    files = files.map((f) => ({ ...f, url: `${base}${encodeURIComponent(f.fileName)}` }));
  }
  return {
    dataset: request.dataset,
    title: entry.title,
    release,
    licence: format?.dataset.licence ?? entry.licence ?? "not stated",
    attribution: format?.dataset.attribution ?? entry.attribution ?? UCDP_CITATION,
    homepage: entry.homepage,
    importFormat: entry.importFormat,
    files,
  };
}

function gdeltFiles(from: string | undefined, to: string | undefined): PullFile[] {
  if (!from || !isCalendarDate(from)) throw bad("from", "GDELT needs --from YYYY-MM-DD (UTC)");
  if (!to || !isCalendarDate(to)) throw bad("to", "GDELT needs --to YYYY-MM-DD (UTC)");
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  if (end <= start) throw bad("to", "--to is before --from");
  if (start < Date.parse("2015-02-18T00:00:00Z")) throw bad("from", "GDELT 2.0 exports begin on 2015-02-18");
  if ((end - start) / 86_400_000 > GDELT_MAX_DAYS)
    throw bad("to", `at most ${GDELT_MAX_DAYS} days per pull (96 files a day): split the range`);
  const files: PullFile[] = [];
  for (let t = start; t < end; t += 15 * 60_000) {
    const stamp = new Date(t).toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const name = `${stamp}.export.CSV.zip`;
    files.push({
      url: `http://data.gdeltproject.org/gdeltv2/${name}`,
      fileName: name,
      unpack: "zip",
      published: {},
      optional: true,
    });
  }
  return files;
}

function missingRelease(entry: CatalogueEntry): never {
  throw bad("release", `this dataset needs --release: ${entry.releaseHelp}`);
}

function bad(field: string, message: string): ValidationError {
  return new ValidationError(`${field}: ${message}`, [{ path: field, message }]);
}
