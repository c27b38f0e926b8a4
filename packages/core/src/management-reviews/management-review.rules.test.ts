import { describe, expect, it } from 'vitest';
import {
  assertReviewStep,
  countBy,
  diffReviewInputs,
  inPeriod,
  nextReviewDue,
  summarizeContextChanges,
  summarizeNonconformities,
  summarizeRisks,
} from './management-review.rules.ts';
import type { ReviewInputs } from './management-review.schema.ts';

const period = { from: '2026-01-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

describe('management review rules (§9.3)', () => {
  it('counts an instant after the previous review up to this one', () => {
    expect(inPeriod('2026-01-01T00:00:00.000Z', period)).toBe(false);
    expect(inPeriod('2026-12-01T00:00:00.000Z', period)).toBe(true);
    expect(inPeriod('2025-06-01T00:00:00.000Z', { from: null, to: period.to })).toBe(true);
    expect(inPeriod(null, period)).toBe(false);
  });

  it('zero-fills known keys so two reviews compare key by key', () => {
    expect(countBy([{ s: 'open' }], (r) => r.s, ['open', 'closed'])).toEqual({ open: 1, closed: 0 });
  });

  it('allows planned → frozen → approved and nothing else', () => {
    expect(() => assertReviewStep('planned', 'approve')).toThrow(/Freeze/);
    expect(() => assertReviewStep('planned', 'freeze')).not.toThrow();
    expect(() => assertReviewStep('frozen', 'freeze')).toThrow();
    expect(() => assertReviewStep('frozen', 'decide')).not.toThrow();
    expect(() => assertReviewStep('approved', 'decide')).toThrow();
    expect(() => assertReviewStep('frozen', 'approve')).not.toThrow();
  });

  it('puts the next review a year after the last unless one is planned', () => {
    expect(nextReviewDue('2026-02-28', null)).toBe('2027-02-28');
    expect(nextReviewDue('2026-02-28', '2026-09-01')).toBe('2026-09-01');
    expect(nextReviewDue(null, null)).toBeNull();
  });

  it('counts nonconformity trends in the period and as they stood at its end', () => {
    const t = summarizeNonconformities(
      [
        { status: 'open', severity: 'major', createdAt: '2026-03-01T00:00:00.000Z', closedAt: null },
        {
          status: 'closed',
          severity: 'minor',
          createdAt: '2025-03-01T00:00:00.000Z',
          closedAt: '2026-02-01T00:00:00.000Z',
        },
        { status: 'open', severity: 'minor', createdAt: '2026-12-02T00:00:00.000Z', closedAt: null },
      ],
      [{ status: 'open', dueDate: '2026-11-01', effective: null, checkedAt: null }],
      [],
      period,
    );
    expect(t).toMatchObject({
      open: 1,
      openBySeverity: { major: 1, minor: 0 },
      openedInPeriod: 1,
      closedInPeriod: 1,
      correctiveActions: { overdue: 1 },
    });
  });

  it('tells added, changed and archived context items apart', () => {
    /** A context item by id and kind, created, last changed and perhaps archived on the given days. */
    const item = (id: string, kind: string, created: string, updated: string, archived?: string) => ({
      id,
      kind,
      title: id.toUpperCase(),
      createdAt: `${created}T00:00:00.000Z`,
      updatedAt: `${updated}T00:00:00.000Z`,
      archivedAt: archived ? `${archived}T00:00:00.000Z` : null,
    });
    const c = summarizeContextChanges(
      [
        item('a', 'external_issue', '2026-02-01', '2026-02-01'),
        item('b', 'internal_issue', '2025-02-01', '2026-05-01'),
        item('c', 'interested_party', '2025-02-01', '2026-05-01', '2026-05-01'),
        item('d', 'interested_party', '2025-02-01', '2025-02-01'),
      ],
      period,
      null,
    );
    expect(c.added.map((x) => x.id)).toEqual(['a']);
    expect(c.changed.map((x) => x.id)).toEqual(['b']);
    expect(c.archived.map((x) => x.id)).toEqual(['c']);
    expect(c.byKind.interested_party).toEqual({ added: 0, changed: 0, archived: 1, current: 1 });
  });

  it('reports a risk level move once, from the first level to the last in the period', () => {
    const r = summarizeRisks(
      [
        {
          id: 'r1',
          title: 'Drift',
          status: 'open',
          inherentLevel: 'high',
          residualLevel: null,
          createdAt: '2025-01-01T00:00:00.000Z',
          acceptedAt: null,
        },
      ],
      [
        { riskId: 'r1', at: '2026-03-01T00:00:00.000Z', from: 'low', to: 'medium' },
        { riskId: 'r1', at: '2026-04-01T00:00:00.000Z', from: 'medium', to: 'high' },
      ],
      period,
    );
    expect(r.levelChanged).toEqual([{ id: 'r1', title: 'Drift', from: 'low', to: 'high' }]);
    expect(r.openByLevel).toEqual({ high: 1 });
  });

  it('diffs two reviews number by number, lists by their length', () => {
    const base = {
      format: 'openaims.management-review-inputs/1',
      reviewId: 'mrv_2',
      previousReviewId: 'mrv_1',
      period,
      opportunities: { total: 2, items: [{ id: 'x', title: 'X', source: 'context' }] },
    } as unknown as ReviewInputs;
    const prev = {
      ...base,
      reviewId: 'mrv_1',
      opportunities: { total: 1, items: [] },
    } as unknown as ReviewInputs;
    expect(diffReviewInputs(prev, base)).toEqual([
      { path: 'opportunities.items.count', previous: 0, current: 1, change: 1 },
      { path: 'opportunities.total', previous: 1, current: 2, change: 1 },
    ]);
  });
});
