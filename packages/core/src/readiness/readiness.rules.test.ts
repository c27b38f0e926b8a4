import { describe, expect, it } from 'vitest';
import { emptyReadinessFacts } from './readiness.fixtures.ts';
import { evaluateReadiness } from './readiness.rules.ts';
import type { ReadinessFacts } from './readiness.schema.ts';

function facts(over: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return emptyReadinessFacts({ today: '2026-11-28', ...over });
}

const status = (f: ReadinessFacts, key: string) =>
  evaluateReadiness(f).items.find((i) => i.key === key)!.status;

describe('evaluateReadiness', () => {
  it('scores an empty organization 0 with every item missing and the undecided SoA as a blocker', () => {
    const r = evaluateReadiness(facts());
    expect(r.score).toBe(0);
    expect(r.items).toHaveLength(19);
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
    expect(r.blockers).toEqual([{ key: 'soa_undecided', title: expect.any(String), count: 38 }]);
  });

  it('takes a document item from draft to approved to stale as its review date passes', () => {
    const doc = { id: 'doc_1', title: 'AI policy', mandatoryKey: 'ai_policy', nextReviewDate: '2027-06-01' };
    expect(status(facts({ documents: [{ ...doc, status: 'in_review' }] }), 'ai_policy')).toBe('draft');
    expect(status(facts({ documents: [{ ...doc, status: 'approved' }] }), 'ai_policy')).toBe('approved');
    const stale = facts({ documents: [{ ...doc, status: 'approved', nextReviewDate: '2026-11-27' }] });
    expect(status(stale, 'ai_policy')).toBe('stale');
    expect(evaluateReadiness(stale).blockers.map((b) => b.key)).toContain('reviews_overdue');
  });

  it('counts current evidence on a record clause, and only expired evidence as stale', () => {
    const ev = { id: 'evd_1', title: 'Audit report', clauseRef: '9.2.2' };
    expect(status(facts({ evidence: [{ ...ev, validUntil: null }] }), 'audit_programme_results')).toBe(
      'approved',
    );
    expect(
      status(facts({ evidence: [{ ...ev, validUntil: '2026-01-01' }] }), 'audit_programme_results'),
    ).toBe('stale');
    // Evidence does not make a document-kind item: the AI policy must be a controlled document (§5.2).
    expect(status(facts({ evidence: [{ ...ev, clauseRef: '5.2', validUntil: null }] }), 'ai_policy')).toBe(
      'missing',
    );
  });

  it('reads the SoA from its approval state', () => {
    const soa = {
      total: 38,
      decided: 38,
      excludedWithoutJustification: 0,
      approvedAt: null,
      changedSinceApproval: false,
    };
    expect(status(facts({ soa }), 'statement_of_applicability')).toBe('draft');
    expect(
      status(facts({ soa: { ...soa, approvedAt: '2026-10-01T00:00:00Z' } }), 'statement_of_applicability'),
    ).toBe('approved');
    expect(
      status(
        facts({ soa: { ...soa, approvedAt: '2026-10-01T00:00:00Z', changedSinceApproval: true } }),
        'statement_of_applicability',
      ),
    ).toBe('stale');
  });

  it('approves the treatment plan only when every risk is treated, its plan approved and residual accepted', () => {
    const risks = {
      total: 3,
      needingReassessment: 0,
      reviewOverdue: 0,
      withTreatment: 3,
      planApproved: 3,
      accepted: 2,
      residualRated: 3,
    };
    expect(status(facts({ risks }), 'risk_treatment_plan')).toBe('draft');
    expect(status(facts({ risks: { ...risks, accepted: 3 } }), 'risk_treatment_plan')).toBe('approved');
    expect(status(facts({ risks }), 'risk_treatment_results')).toBe('approved');
    expect(status(facts({ risks: { ...risks, needingReassessment: 1 } }), 'risk_assessment_results')).toBe(
      'stale',
    );
  });

  it('marks the risk process as begun when criteria are set but no document says how', () => {
    expect(status(facts({ criteriaConfigured: true }), 'risk_assessment_process')).toBe('draft');
  });

  it('needs an approved impact assessment for every active AI system', () => {
    const impacts = { systems: 2, systemsWithApproved: 1, drafts: 1, reviewOverdue: 0 };
    expect(status(facts({ impacts }), 'impact_assessment_results')).toBe('draft');
    expect(
      status(facts({ impacts: { ...impacts, systemsWithApproved: 2 } }), 'impact_assessment_results'),
    ).toBe('approved');
    expect(
      status(
        facts({ impacts: { ...impacts, systemsWithApproved: 2, reviewOverdue: 1 } }),
        'impact_assessment_results',
      ),
    ).toBe('stale');
  });

  it('reads objectives and how recently their KPIs were measured', () => {
    expect(
      status(facts({ objectives: { active: 0, drafts: 1, latestMeasurement: null } }), 'ai_objectives'),
    ).toBe('draft');
    expect(
      status(facts({ objectives: { active: 2, drafts: 0, latestMeasurement: null } }), 'ai_objectives'),
    ).toBe('approved');
    expect(
      status(
        facts({ objectives: { active: 1, drafts: 0, latestMeasurement: '2026-10-01' } }),
        'monitoring_results',
      ),
    ).toBe('approved');
    expect(
      status(
        facts({ objectives: { active: 1, drafts: 0, latestMeasurement: '2026-05-01' } }),
        'monitoring_results',
      ),
    ).toBe('stale');
  });

  it('needs a valid training record for every competence requirement (§7.2)', () => {
    expect(
      status(facts({ competence: { requirements: 2, covered: 1, expiredOnly: 0 } }), 'competence_evidence'),
    ).toBe('draft');
    expect(
      status(facts({ competence: { requirements: 2, covered: 1, expiredOnly: 1 } }), 'competence_evidence'),
    ).toBe('stale');
    expect(
      status(facts({ competence: { requirements: 2, covered: 2, expiredOnly: 0 } }), 'competence_evidence'),
    ).toBe('approved');
  });

  it('reads nonconformity records and blocks on open major ones', () => {
    expect(status(facts({ nonconformities: { total: 2, closed: 0 } }), 'nonconformity_records')).toBe(
      'draft',
    );
    expect(status(facts({ nonconformities: { total: 2, closed: 1 } }), 'nonconformity_records')).toBe(
      'approved',
    );
    expect(evaluateReadiness(facts({ openMajorNonconformities: 1 })).blockers.map((b) => b.key)).toContain(
      'major_nc_open',
    );
  });

  it('weighs approved 1, stale ½, draft ¼ into a 0–100 score', () => {
    const docs = ['aims_scope', 'ai_policy'].map((k, i) => ({
      id: `doc_${i}`,
      title: k,
      mandatoryKey: k,
      status: 'approved' as const,
      nextReviewDate: null,
    }));
    // 2 approved + 1 draft (criteria) = 2.25 / 19
    expect(evaluateReadiness(facts({ documents: docs, criteriaConfigured: true })).score).toBe(
      Math.round((100 * 2.25) / 19),
    );
  });
});
