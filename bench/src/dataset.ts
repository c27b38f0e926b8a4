// Where a generated benchmark dataset lives (issue 17): PGlite in `bench/data/<size>/`, or the PostgreSQL
// database `aims_bench_<size>` on the server of DATABASE_URL; and the file naming its organization and token.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** bench/data (git-ignored: `data/` in .gitignore). */
export const DATA_ROOT = path.resolve(here, '../data');

/**
 * Dataset sizes: `small` holds the peer's 1,000-risk register; `large` is a serious organization. `ledgerEntries`
 * counts the bulk entries only: the records made through the services append their own.
 */
export const SIZES = {
  small: {
    aiSystems: 100,
    risks: 1_000,
    linksPerRisk: 2,
    impactAssessments: 100,
    evidence: 10_000,
    audits: 4,
    findingsPerAudit: 5,
    managementReviews: 2,
    ledgerEntries: 10_000,
  },
  large: {
    aiSystems: 2_000,
    risks: 20_000,
    linksPerRisk: 2,
    impactAssessments: 2_000,
    evidence: 200_000,
    audits: 24,
    findingsPerAudit: 10,
    managementReviews: 12,
    ledgerEntries: 1_000_000,
  },
} as const;
/** A dataset size name. */
export type Size = keyof typeof SIZES;

/** What `bench:generate` records for `bench` to find the data. */
export interface DatasetInfo {
  size: Size;
  engine: 'pglite' | 'postgres';
  orgId: string;
  token: string;
  generatedAt: string;
  generateSeconds: number;
  counts: (typeof SIZES)[Size];
}

/** The storage of a dataset: the PGlite folder, or the PostgreSQL database URL. */
export function datasetLocation(size: Size, adminUrl: string | undefined) {
  // BENCH_PG_DATABASE names another database, so that two checkouts sharing one PostgreSQL server do not
  // replace each other's dataset.
  const database = process.env.BENCH_PG_DATABASE || `aims_bench_${size}`;
  const pgUrl = adminUrl
    ? (() => {
        const u = new URL(adminUrl);
        u.pathname = `/${database}`;
        return u.toString();
      })()
    : undefined;
  return {
    engine: adminUrl ? ('postgres' as const) : ('pglite' as const),
    dataDir: path.join(DATA_ROOT, size),
    database,
    pgUrl,
    infoFile: path.join(DATA_ROOT, adminUrl ? `${size}-pg.json` : `${size}.json`),
  };
}

/** Reads the info file written by `bench:generate`, or explains how to create it. */
export function readDatasetInfo(size: Size, adminUrl: string | undefined): DatasetInfo {
  const { infoFile } = datasetLocation(size, adminUrl);
  if (!fs.existsSync(infoFile))
    throw new Error(
      `no ${size} dataset for this engine (${path.relative(process.cwd(), infoFile)} is missing): run npm run bench:generate -- --size ${size}${adminUrl ? ' with the same DATABASE_URL' : ''}`,
    );
  return JSON.parse(fs.readFileSync(infoFile, 'utf8')) as DatasetInfo;
}
