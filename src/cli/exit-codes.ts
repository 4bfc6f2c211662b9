/** The exit codes of every verb, stable for scripts (also listed in `tocsin --help`). */
export const EXIT = {
  /** Done; for verify and doctor: everything holds. */
  ok: 0,
  /** The verb ran and found problems (verify, doctor), or could not do its work (a refused restore ...). */
  failed: 1,
  /** Bad usage: an unknown verb or option, a bad value, an invalid environment variable. */
  usage: 2,
  /** The store cannot be opened: the data folder is held by another process, damaged, or the database unreachable. */
  unavailable: 3,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0  done (verify, doctor: everything holds)
  1  problems found (verify, doctor) or the work could not be done
  2  bad usage or configuration
  3  the store cannot be opened (data folder in use or damaged, database unreachable)`;
