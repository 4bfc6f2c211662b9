import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** Raised when another live process owns the data folder. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the data folder is in use by process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.since})`,
    );
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

/**
 * One process owns a PGlite data folder at a time (PGlite has a single connection and no shared memory).
 * The lock is a file created with O_EXCL holding the owner's pid; a lock left by a dead process on this host
 * is taken over.
 */
export function lockDataFolder(dir: string, command: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "tocsin.lock");
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      if (holder && (holder.host !== me.host || isAlive(holder.pid)))
        throw new DataFolderLockedError(file, holder);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${file}`);
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
