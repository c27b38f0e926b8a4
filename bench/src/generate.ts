// `npm run bench:generate -- --size small|large` (issue 17): creates the benchmark dataset once — an
// organization with its owner and a viewer API token through the services, then AI systems, risks with control
// links and a valid ledger chain in bulk (bench/src/scale/bulk.ts), impact assessments, evidence metadata, audits
// with findings and management reviews (bench/src/scale/bulk-records.ts). Re-running replaces the dataset.
// Storage: PGlite in bench/data/<size>/, or the database aims_bench_<size> when DATABASE_URL is set.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, tables } from '@openaims/db';
import {
  diskBlobStore,
  insertToken,
  type OrgContext,
  SYSTEM_ACTOR,
  scanReminders,
  setup,
} from '@openaims/services';
import { and, eq, notLike, sql } from 'drizzle-orm';
import { type DatasetInfo, datasetLocation, SIZES, type Size } from './dataset.ts';
import { recreateDatabase } from './postgres-db.ts';
import { bulkAiSystems, bulkLedger, bulkRisks } from './scale/bulk.ts';
import {
  bulkAudits,
  bulkEvidence,
  bulkImpactAssessments,
  bulkManagementReviews,
  type FirstRecords,
} from './scale/bulk-records.ts';

const USAGE = `usage: npm run bench:generate -- --size small|large
  small: ${JSON.stringify(SIZES.small)}
  large: ${JSON.stringify(SIZES.large)} (takes minutes)
Set DATABASE_URL=postgres://… to generate into the PostgreSQL database aims_bench_<size> (replaced).`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { size: { type: 'string' }, help: { type: 'boolean', default: false } },
});
if (values.help || !values.size || !(values.size in SIZES)) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}
const size = values.size as Size;
const counts = SIZES[size];
const adminUrl = process.env.DATABASE_URL || undefined;
const where = datasetLocation(size, adminUrl);
const started = performance.now();
const step = (what: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${what}`);

if (where.pgUrl && adminUrl) await recreateDatabase(adminUrl, where.database);
else fs.rmSync(where.dataDir, { recursive: true, force: true });
fs.rmSync(where.infoFile, { force: true });
const database = where.pgUrl
  ? await openDatabase({ engine: 'postgres', url: where.pgUrl })
  : await openDatabase({ engine: 'pglite', dataDir: where.dataDir });
try {
  step(`migrating ${where.pgUrl ? `PostgreSQL database ${where.database}` : `PGlite in ${where.dataDir}`}`);
  await database.migrate();
  const { db } = database;
  const { organizationId: orgId, userId } = await setup(db, {
    organizationName: `Bench Org (${size})`,
    name: 'Bench Owner',
    email: 'bench@example.com',
    password: 'bench-password-not-secret',
  });
  const ctx: OrgContext = { db, actor: SYSTEM_ACTOR, orgId, role: 'owner' };
  step(`${counts.aiSystems} AI systems`);
  const aiSystemId = await bulkAiSystems(ctx, counts.aiSystems);
  step(`${counts.risks} risks × ${counts.linksPerRisk} control links`);
  await bulkRisks(ctx, counts.risks, counts.linksPerRisk);
  // The one risk made through the services; every other id is `risk_bulk…`.
  const { risks } = tables;
  const [firstRisk] = await db
    .select({ id: risks.id })
    .from(risks)
    .where(and(eq(risks.organizationId, orgId), notLike(risks.id, 'risk\\_bulk%')))
    .limit(1);
  const first: FirstRecords = { aiSystemId, riskId: firstRisk!.id };
  step(`${counts.impactAssessments} impact assessments`);
  await bulkImpactAssessments(ctx, first, counts.impactAssessments, counts);
  step(`${counts.evidence} evidence records`);
  // Where the server keeps evidence files for this dataset (AIMS_DATA_DIR/evidence, as configuredBlobStore).
  const blobs = diskBlobStore(path.join(where.dataDir, 'evidence'));
  await bulkEvidence(ctx, blobs, first, counts.evidence, counts);
  step(`${counts.audits} audits × ${counts.findingsPerAudit} findings`);
  await bulkAudits(ctx, userId, counts.audits, counts.findingsPerAudit, counts.evidence);
  step(`${counts.managementReviews} management reviews`);
  await bulkManagementReviews(ctx, userId, counts.managementReviews);
  // What a running server would have done by now (its first scan at start otherwise does it during a benchmark):
  // remind of what fell due, opening review tasks with their ledger entries.
  step('reminder scan');
  const scan = await scanReminders(db, { mailEnabled: false });
  step(`${scan.reminders} reminders, ${scan.tasks} review tasks; ${counts.ledgerEntries} ledger entries`);
  await bulkLedger(db, orgId, counts.ledgerEntries);
  const { token } = await db.transaction((tx) =>
    insertToken(tx, orgId, { name: 'bench', role: 'viewer' }, SYSTEM_ACTOR),
  );
  if (where.pgUrl) await db.execute(sql`analyze`);
  const info: DatasetInfo = {
    size,
    engine: where.engine,
    orgId,
    token,
    generatedAt: new Date().toISOString(),
    generateSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    counts,
  };
  fs.mkdirSync(path.dirname(where.infoFile), { recursive: true });
  fs.writeFileSync(where.infoFile, `${JSON.stringify(info, null, 2)}\n`);
  step(`done: ${path.relative(process.cwd(), where.infoFile)}`);
} finally {
  await database.close();
}
