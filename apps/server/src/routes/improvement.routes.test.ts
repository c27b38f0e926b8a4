import { CorrectiveActionSchema, IncidentSchema, NonconformitySchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { createdOf } from '../testing/answers.ts';
import { verifyAndCloseNc } from '../testing/nonconformity-steps.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('improvement routes', () => {
  it('takes a nonconformity to closed over HTTP, refusing a contributor the close and an early close with 422', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    const nc = await createdOf(t, NonconformitySchema, `${base}/nonconformities`, f.tokens.contributor, {
      title: 'Impact assessment skipped',
      source: 'audit',
      severity: 'major',
      detectedOn: '2026-11-01',
      requirementRefs: ['8.4'],
    });
    expect(
      (await t.call('POST', `${base}/nonconformities/${nc.id}/close`, { token: f.tokens.contributor }))
        .status,
    ).toBe(403);
    const blockers = (await (await t.call('GET', `${base}/readiness`, { token: f.tokens.viewer })).json())
      .blockers;
    expect(blockers.find((b: { key: string }) => b.key === 'major_nc_open')?.count).toBe(1);
    const early = await t.call('POST', `${base}/nonconformities/${nc.id}/close`, { token: f.tokens.manager });
    expect(early.status).toBe(422);
    const ca = CorrectiveActionSchema.parse(
      await (
        await t.call('POST', `${base}/corrective-actions`, {
          token: f.tokens.contributor,
          json: { nonconformityId: nc.id, description: 'Gate deployment on an approved assessment' },
        })
      ).json(),
    );
    await t.call('PATCH', `${base}/nonconformities/${nc.id}`, {
      token: f.tokens.contributor,
      json: { correction: 'Assessment done after the fact', rootCause: 'No deployment gate' },
    });
    expect(
      (
        await t.call('PATCH', `${base}/corrective-actions/${ca.id}`, {
          token: f.tokens.contributor,
          headers: { 'If-Match': '"1"' },
          json: { status: 'done' },
        })
      ).status,
    ).toBe(200);
    await verifyAndCloseNc(
      t,
      base,
      f.tokens.manager,
      { nc: nc.id, ca: ca.id },
      'Gate blocked one release since',
    );
    const after = await (await t.call('GET', `${base}/readiness`, { token: f.tokens.viewer })).json();
    expect(after.items.find((i: { key: string }) => i.key === 'nonconformity_records').status).toBe(
      'approved',
    );
    expect(after.blockers.find((b: { key: string }) => b.key === 'major_nc_open')).toBeUndefined();
    const actions = await (
      await t.call('GET', `${base}/corrective-actions?nonconformityId=${nc.id}`, { token: f.tokens.auditor })
    ).json();
    expect(actions.items[0]).toMatchObject({ status: 'done', effective: true });
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/nonconformities/${nc.id}`, { token: f.ownerB }))
        .status,
    ).toBe(404);
  });

  it('computes an incident’s Art. 73 deadline and refuses impossible dates with 422', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}/incidents`;
    const bad = await t.call('POST', base, {
      token: f.tokens.contributor,
      json: { title: 'x', occurredAt: '2026-11-05', awareOn: '2026-11-01', severity: 'low' },
    });
    expect(bad.status).toBe(422);
    const gridFailure = {
      title: 'Grid balancing model failed',
      occurredAt: '2026-11-01',
      awareOn: '2026-11-01',
      severity: 'critical',
      seriousCategories: ['critical_infrastructure'],
    };
    // The deadline is the server's to compute: a client-sent one is refused.
    const res = await t.call('POST', base, {
      token: f.tokens.contributor,
      json: { ...gridFailure, reportingDeadline: '2030-01-01' },
    });
    expect(res.status).toBe(400);
    const ok = await t.call('POST', base, { token: f.tokens.contributor, json: gridFailure });
    expect(IncidentSchema.parse(await ok.json())).toMatchObject({
      serious: true,
      reportingDeadline: '2026-11-03',
    });
  });
});
