import {
  FreezeResultSchema,
  ManagementReviewSchema,
  ReviewDiffSchema,
  ReviewInputsResponseSchema,
} from '@openaims/core';
import { pdfText } from '@openaims/services/testing/pdf-text';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('management review routes', () => {
  it('plans, previews, freezes, decides, approves and exports a review over HTTP', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    const ownerId = f.a.owner.id;
    await t.call('POST', `${base}/nonconformities`, {
      token: f.tokens.contributor,
      json: { title: 'Missing log review', source: 'other', severity: 'minor', detectedOn: '2026-11-01' },
    });
    expect(
      (
        await t.call('POST', `${base}/management-reviews`, {
          token: f.tokens.contributor,
          json: { title: 'x', plannedDate: '2026-12-02' },
        })
      ).status,
    ).toBe(403);
    const res = await t.call('POST', `${base}/management-reviews`, {
      token: f.tokens.manager,
      json: { title: 'Annual review', plannedDate: '2026-12-02', chairId: ownerId, attendeeIds: [ownerId] },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toMatch(/\/management-reviews\/mrv_/);
    const review = ManagementReviewSchema.parse(await res.json());
    const url = `${base}/management-reviews/${review.id}`;

    const preview = ReviewInputsResponseSchema.parse(
      await (await t.call('GET', `${url}/inputs`, { token: f.tokens.viewer })).json(),
    );
    expect(preview).toMatchObject({ frozen: false, inputs: { nonconformities: { open: 1 } } });

    const early = await t.call('POST', `${url}/approve`, { token: f.tokens.manager });
    expect(early.status).toBe(422);
    expect((await t.call('POST', `${url}/freeze`, { token: f.tokens.viewer })).status).toBe(403);

    const frozenRes = await t.call('POST', `${url}/freeze`, { token: f.tokens.manager });
    expect(frozenRes.status).toBe(200);
    const frozen = FreezeResultSchema.parse(await frozenRes.json());
    expect(frozen.inputs.nonconformities.openedInPeriod).toBe(1);
    expect(frozen.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.call('POST', `${url}/freeze`, { token: f.tokens.manager })).status).toBe(422);

    // Later records leave the frozen inputs and their hash as they were.
    await t.call('POST', `${base}/nonconformities`, {
      token: f.tokens.contributor,
      json: { title: 'Another', source: 'other', severity: 'major', detectedOn: '2026-12-01' },
    });
    const after = ReviewInputsResponseSchema.parse(
      await (await t.call('GET', `${url}/inputs`, { token: f.tokens.viewer })).json(),
    );
    expect(after).toMatchObject({ frozen: true, sha256: frozen.sha256 });
    expect(after.inputs).toEqual(frozen.inputs);

    const decided = await t.call('POST', `${url}/decisions`, {
      token: f.tokens.manager,
      json: { items: [{ text: 'Automate log review', ownerId, dueDate: '2027-02-01' }] },
    });
    expect(decided.status).toBe(200);
    const taskId = ManagementReviewSchema.parse(await decided.json()).decisions[0]!.taskId;
    const task = await (await t.call('GET', `${base}/tasks/${taskId}`, { token: f.tokens.viewer })).json();
    expect(task).toMatchObject({
      kind: 'review',
      source: { entityType: 'management_review', entityId: review.id },
    });

    expect((await t.call('POST', `${url}/approve`, { token: f.tokens.contributor })).status).toBe(403);
    const approved = await t.call('POST', `${url}/approve`, { token: f.tokens.manager });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ status: 'approved' });

    const diff = ReviewDiffSchema.parse(
      await (await t.call('GET', `${url}/diff`, { token: f.tokens.auditor })).json(),
    );
    expect(diff).toMatchObject({ previousReviewId: null, frozen: true });
    expect(diff.entries).toContainEqual({
      path: 'nonconformities.openedInPeriod',
      previous: null,
      current: 1,
      change: null,
    });

    const pdf = await t.call('GET', `${base}/exports/management-review.pdf?reviewId=${review.id}`, {
      token: f.tokens.viewer,
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /filename="org-a_management-review-minutes-[a-z0-9-]+_\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Management review minutes');
    expect(text).toContain('Page 1 of ');
    expect(text).toContain('Automate log review');
    expect(text).toContain(frozen.sha256);
    expect(
      (await t.call('GET', `${base}/exports/management-review.pdf`, { token: f.tokens.viewer })).status,
    ).toBe(400);

    const readiness = await (await t.call('GET', `${base}/readiness`, { token: f.tokens.viewer })).json();
    expect(readiness.items.find((i: { key: string }) => i.key === 'management_review_results').status).toBe(
      'approved',
    );
  });

  it("answers 404 for another organization's review", async () => {
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/management-reviews`, {
      token: f.tokens.owner,
      json: { title: 'A only', plannedDate: '2026-12-02' },
    });
    const { id } = await res.json();
    const other = `/api/v1/orgs/${f.b.org.id}/management-reviews/${id}`;
    expect((await t.call('GET', other, { token: f.ownerB })).status).toBe(404);
    expect((await t.call('POST', `${other}/freeze`, { token: f.ownerB })).status).toBe(404);
  });
});
