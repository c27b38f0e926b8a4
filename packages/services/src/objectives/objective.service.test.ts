import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import {
  addMeasurement,
  archiveObjective,
  createObjective,
  getObjective,
  listMeasurements,
  listObjectives,
  updateObjective,
} from './objective.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const accuracy = { name: 'Hiring model accuracy', unit: '%', direction: 'increase' as const, target: 90 };

describe('objectives (§6.2) and measurements (§9.1)', () => {
  it('activates only a measurable, owned objective, then tracks its KPI from measurements', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    await expect(createObjective(ctx, { title: 'Fair hiring', status: 'active' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'kpis' }, { path: 'ownerId' }],
    });
    const o = await createObjective(ctx, {
      title: 'Fair hiring',
      status: 'active',
      ownerId: ctx.actor.userId!,
      kpis: [accuracy],
    });
    expect(o.kpis[0]!.id).toMatch(/^kpi_/);
    expect(o.progress).toEqual([{ kpiId: o.kpis[0]!.id, latest: null, status: 'no_data' }]);

    await addMeasurement(ctx, o.id, { kpiId: o.kpis[0]!.id, value: 87, measuredAt: '2026-10-01' });
    await addMeasurement(ctx, o.id, { kpiId: o.kpis[0]!.id, value: 92, measuredAt: '2026-11-01' });
    // An older measurement entered later does not become the latest.
    await addMeasurement(ctx, o.id, { kpiId: o.kpis[0]!.id, value: 80, measuredAt: '2026-09-01' });
    const got = await getObjective(ctx, o.id);
    expect(got.progress[0]).toMatchObject({
      latest: { value: 92, measuredAt: '2026-11-01' },
      status: 'on_track',
    });
    expect((await listObjectives(ctx, { limit: 50 })).items[0]!.progress[0]!.status).toBe('on_track');
    expect((await listMeasurements(ctx, o.id)).items.map((m) => m.value)).toEqual([92, 87, 80]);
    await expectLatestLedgerEntry(ctx, {
      action: 'objective.measured',
      entityId: o.id,
    });
  });

  it('refuses measurements for unknown KPIs or future dates, and removing a measured KPI', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const o = await createObjective(ctx, {
      title: 'Fewer incidents',
      kpis: [
        { name: 'Incidents', direction: 'decrease', target: 2 },
        { name: 'Drift alerts', direction: 'decrease', target: 5 },
      ],
    });
    await expect(
      addMeasurement(ctx, o.id, { kpiId: 'kpi_nope', value: 1, measuredAt: '2026-11-01' }),
    ).rejects.toMatchObject({ errors: [{ path: 'kpiId' }] });
    await expect(
      addMeasurement(ctx, o.id, { kpiId: o.kpis[0]!.id, value: 1, measuredAt: '2999-01-01' }),
    ).rejects.toMatchObject({ errors: [{ path: 'measuredAt' }] });
    await addMeasurement(ctx, o.id, { kpiId: o.kpis[0]!.id, value: 3, measuredAt: '2026-11-01' });
    expect((await getObjective(ctx, o.id)).progress.map((p) => p.status)).toEqual(['off_track', 'no_data']);
    await expect(updateObjective(ctx, o.id, { kpis: [o.kpis[1]!] })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'kpis' }],
    });
    const kept = await updateObjective(ctx, o.id, { kpis: [{ ...o.kpis[0]!, target: 4 }] }, 1);
    expect(kept).toMatchObject({ version: 2, progress: [{ status: 'on_track' }] });
    await expect(updateObjective(ctx, o.id, { title: 'x' }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
  });

  it('hides other organizations and refuses viewers; archived objectives leave the list', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const o = await createObjective(ctx, { title: 'Transparent models' });
    const other = await buildContext(database.db, { role: 'owner' });
    await expect(getObjective(other, o.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listMeasurements(other, o.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const viewer = await buildContext(database.db, { role: 'viewer', orgId: ctx.orgId });
    await expect(createObjective(viewer, { title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await archiveObjective(ctx, o.id);
    expect((await listObjectives(ctx, { limit: 50 })).items).toEqual([]);
  });
});
