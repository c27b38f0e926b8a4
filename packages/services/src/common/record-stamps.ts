// The bookkeeping fields every versioned, archivable record returns, written once so each Row → API mapper
// spells only its own columns.
import { iso } from './time.ts';

/** The columns behind {@link recordStamps}. */
export interface StampedRow {
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** A row's archive, creation and change times as ISO strings, plus its version (the API's trailing fields). */
export function recordStamps(r: StampedRow): {
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
} {
  return {
    archivedAt: iso(r.archivedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
