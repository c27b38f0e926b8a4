import { describe, expect, it } from 'vitest';
import {
  closeProblems,
  incidentDeadline,
  incidentProblems,
  isSeriousIncident,
  ncStatusFromActions,
} from './improvement.rules.ts';

describe('Art. 73 reporting clock', () => {
  it('is 15 days in general, 10 for a death, 2 for widespread or critical infrastructure', () => {
    expect(
      incidentDeadline({
        awareOn: '2026-11-01',
        seriousCategories: ['fundamental_rights'],
        widespread: false,
      }),
    ).toBe('2026-11-16');
    expect(
      incidentDeadline({
        awareOn: '2026-11-01',
        seriousCategories: ['death', 'serious_health_harm'],
        widespread: false,
      }),
    ).toBe('2026-11-11');
    expect(
      incidentDeadline({
        awareOn: '2026-11-30',
        seriousCategories: ['critical_infrastructure', 'death'],
        widespread: false,
      }),
    ).toBe('2026-12-02');
    expect(incidentDeadline({ awareOn: '2026-11-01', seriousCategories: [], widespread: true })).toBe(
      '2026-11-03',
    );
    expect(incidentDeadline({ awareOn: '2026-11-01', seriousCategories: [], widespread: false })).toBeNull();
    expect(isSeriousIncident({ seriousCategories: [], widespread: false })).toBe(false);
  });

  it('refuses impossible dates', () => {
    expect(incidentProblems({ occurredAt: '2026-11-02', awareOn: '2026-11-01' }).map((e) => e.path)).toEqual([
      'awareOn',
    ]);
    expect(
      incidentProblems({ occurredAt: '2026-11-01', awareOn: '2026-11-02', reportedOn: '2026-11-01' }).map(
        (e) => e.path,
      ),
    ).toEqual(['reportedOn']);
  });
});

describe('closing a nonconformity (§10.2)', () => {
  const nc = { correction: 'Rolled back the model', rootCause: 'No bias test in the release checklist' };
  it('needs correction, root cause, finished actions and a positive effectiveness check', () => {
    expect(closeProblems({ correction: '', rootCause: '' }, []).map((e) => e.path)).toEqual([
      'correction',
      'rootCause',
      'actions',
    ]);
    expect(closeProblems(nc, [{ status: 'open', effective: null }]).map((e) => e.message)).toContain(
      'finish or cancel every corrective action first',
    );
    expect(closeProblems(nc, [{ status: 'done', effective: null }])[0]!.message).toContain('effective');
    expect(
      closeProblems(nc, [
        { status: 'done', effective: true },
        { status: 'cancelled', effective: null },
      ]),
    ).toEqual([]);
    expect(
      closeProblems(nc, [
        { status: 'done', effective: true },
        { status: 'done', effective: false },
      ]).map((e) => e.message),
    ).toEqual(['an action found ineffective needs a follow-up action']);
  });

  it('derives the working status from the actions', () => {
    expect(ncStatusFromActions([])).toBe('open');
    expect(ncStatusFromActions([{ status: 'open', effective: null }])).toBe('action_planned');
    expect(
      ncStatusFromActions([
        { status: 'done', effective: null },
        { status: 'cancelled', effective: null },
      ]),
    ).toBe('verifying');
  });
});
