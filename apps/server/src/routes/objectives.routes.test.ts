import { MeasurementSchema, ObjectiveSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('objectives routes', () => {
  it('creates an objective, records a measurement and reports the KPI status the server computed', async () => {
    const url = `/api/v1/orgs/${f.a.org.id}/objectives`;
    const res = await t.call('POST', url, {
      token: f.tokens.contributor,
      json: {
        title: 'Fair hiring',
        kpis: [{ name: 'Selection-rate ratio', direction: 'increase', target: 0.8 }],
      },
    });
    expect(res.status).toBe(201);
    const o = ObjectiveSchema.parse(await res.json());
    const kpiId = o.kpis[0]!.id;
    expect(
      (
        await t.call('POST', `${url}/${o.id}/measurements`, {
          token: f.tokens.viewer,
          json: { kpiId, value: 0.7, measuredAt: '2026-11-01' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.call('POST', `${url}/${o.id}/measurements`, {
          token: f.tokens.contributor,
          json: { kpiId, value: 'high', measuredAt: '2026-11-01' },
        })
      ).status,
    ).toBe(400);
    const m = await t.call('POST', `${url}/${o.id}/measurements`, {
      token: f.tokens.contributor,
      json: { kpiId, value: 0.7, measuredAt: '2026-11-01' },
    });
    expect(m.status).toBe(201);
    MeasurementSchema.parse(await m.json());
    const got = ObjectiveSchema.parse(
      await (await t.call('GET', `${url}/${o.id}`, { token: f.tokens.auditor })).json(),
    );
    expect(got.progress[0]).toMatchObject({ status: 'off_track', latest: { value: 0.7 } });
    const list = await (
      await t.call('GET', `${url}/${o.id}/measurements?kpiId=${kpiId}`, { token: f.tokens.viewer })
    ).json();
    expect(list.items).toHaveLength(1);
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/objectives/${o.id}/measurements`, { token: f.ownerB }))
        .status,
    ).toBe(404);
  });

  it('answers 422 when activating an objective nobody owns', async () => {
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/objectives`, {
      token: f.tokens.manager,
      json: { title: 'Orphan', status: 'active', kpis: [{ name: 'k', direction: 'decrease', target: 1 }] },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors.map((e: { path: string }) => e.path)).toEqual(['ownerId']);
  });
});
