// The demo organization fills every module through the services: each collection has rows, the ledger holds,
// and search finds a demo system only from inside the demo organization.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { count, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../dashboard/dashboard.service.ts';
import { diskBlobStore } from '../evidence/blob-store.ts';
import { verifyLedger } from '../ledger/ledger.service.ts';
import { search } from '../search/search.service.ts';
import { buildContext, buildUser } from '../testing/factories.ts';
import { buildDemoOrganization, DEMO_ORG_NAME, DEMO_SYSTEM_NAMES } from './demo.builder.ts';

let database: Database;
let blobRoot: string;
let orgId: string;
let ownerId: string;
beforeAll(async () => {
  database = await testDatabase();
  blobRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-demo-'));
  ownerId = (await buildUser(database.db, { name: 'Demo Owner' })).id;
  orgId = (
    await buildDemoOrganization(database.db, { ownerId, blobs: diskBlobStore(blobRoot), today: '2026-12-02' })
  ).orgId;
}, 120_000);
afterAll(async () => {
  await database?.close();
  fs.rmSync(blobRoot, { recursive: true, force: true });
});

const t = tables;
const COLLECTIONS: Record<string, PgTable & { organizationId: PgColumn }> = {
  aiSystems: t.aiSystems,
  models: t.models,
  datasets: t.datasets,
  suppliers: t.suppliers,
  risks: t.risks,
  tasks: t.tasks,
  impactAssessments: t.impactAssessments,
  soaVersions: t.soaVersions,
  documents: t.documents,
  objectives: t.objectives,
  objectiveMeasurements: t.objectiveMeasurements,
  metrics: t.metrics,
  metricMeasurements: t.metricMeasurements,
  competences: t.competences,
  trainings: t.trainings,
  nonconformities: t.nonconformities,
  incidents: t.incidents,
  evidence: t.evidence,
  auditProgrammes: t.auditProgrammes,
  audits: t.audits,
  managementReviews: t.managementReviews,
};

describe('demo organization', () => {
  it('fills every listed collection', async () => {
    const empty: string[] = [];
    for (const [name, table] of Object.entries(COLLECTIONS)) {
      const [row] = await database.db
        .select({ n: count() })
        .from(table)
        .where(eq(table.organizationId, orgId));
      if (!row || row.n === 0) empty.push(name);
    }
    expect(empty).toEqual([]);
    const [org] = await database.db.select().from(t.organizations).where(eq(t.organizations.id, orgId));
    expect(org?.name).toBe(DEMO_ORG_NAME);
  });

  it('has AI systems across EU AI Act classes, an approved SoA with every control decided, an accepted risk', async () => {
    const classes = await database.db
      .select({ c: t.aiSystems.riskClass })
      .from(t.aiSystems)
      .where(eq(t.aiSystems.organizationId, orgId));
    expect(new Set(classes.map((r) => r.c))).toEqual(new Set(['high', 'limited', 'minimal']));
    const [soa] = await database.db
      .select()
      .from(t.soaVersions)
      .where(eq(t.soaVersions.organizationId, orgId));
    expect(soa?.status).toBe('approved');
    const risks = await database.db.select().from(t.risks).where(eq(t.risks.organizationId, orgId));
    expect(risks.some((r) => r.status === 'accepted')).toBe(true);
    const [file] = await database.db.select().from(t.evidence).where(eq(t.evidence.kind, 'file'));
    expect(file?.organizationId).toBe(orgId);
  });

  it('keeps a valid ledger', async () => {
    const v = await verifyLedger(database.db, orgId);
    expect(v.ok).toBe(true);
    expect(v.count).toBeGreaterThan(80);
  });

  it('is found by search from inside, never from another organization', async () => {
    const ctx = {
      db: database.db,
      orgId,
      role: 'viewer' as const,
      actor: { type: 'system' as const, id: null },
    };
    const hits = await search(ctx, 'triage assistant');
    expect(hits.items.some((i) => i.type === 'ai_system' && i.title === DEMO_SYSTEM_NAMES.triage)).toBe(true);
    const other = await buildContext(database.db, { role: 'owner' });
    expect((await search(other, DEMO_SYSTEM_NAMES.triage)).items).toEqual([]);
  });

  it('gives the dashboard something to show: overdue and upcoming work, a gate gap, my tasks', async () => {
    const ctx = {
      db: database.db,
      orgId,
      role: 'owner' as const,
      actor: { type: 'user' as const, id: ownerId, userId: ownerId },
    };
    const d = await getDashboard(ctx, new Date('2026-12-02T12:00:00Z'));
    expect(d.aiSystems.total).toBe(4);
    expect(d.aiSystems.gateGaps.map((g) => g.name)).toEqual([DEMO_SYSTEM_NAMES.screening]);
    expect(d.overdue.length).toBeGreaterThan(0);
    expect(d.upcoming.map((u) => u.kind)).toEqual(
      expect.arrayContaining(['audit_upcoming', 'incident_report']),
    );
    expect(d.myTasks.count).toBeGreaterThan(0);
    expect(d.readiness.score).toBeGreaterThan(45);
  });
});
