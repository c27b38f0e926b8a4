// PGlite allows one process per data directory (DESIGN §3): a lock file guards it.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@openaims/core';

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data directory's lock or throws UNAVAILABLE saying which process holds it and what to do. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'aims.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          'UNAVAILABLE',
          `The data directory ${dataDir} is in use by process ${holder} (embedded PGlite allows one process). ` +
            "Stop the server first, run the command through the running server's API, or use PostgreSQL (DATABASE_URL) for several processes.",
        );
      }
      fs.unlinkSync(file); // stale lock from a process that died
    }
  }
  throw new AppError('UNAVAILABLE', `Could not lock the data directory ${dataDir}.`);
}
