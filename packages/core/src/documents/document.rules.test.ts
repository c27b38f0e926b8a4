import { describe, expect, it } from 'vitest';
import {
  addMonths,
  documentApprovalProblems,
  documentStatus,
  isReviewOverdue,
  isVersionFrozen,
  isVersionOpen,
  nextReviewDate,
  nextVersionStatus,
} from './document.rules.ts';
import { CreateDocumentSchema, UpdateDocumentSchema } from './document.schema.ts';

describe('version workflow', () => {
  it('allows draft → in_review → approved → superseded and in_review → draft on rejection', () => {
    expect(nextVersionStatus('draft', 'submit')).toBe('in_review');
    expect(nextVersionStatus('in_review', 'approve')).toBe('approved');
    expect(nextVersionStatus('in_review', 'reject')).toBe('draft');
    expect(nextVersionStatus('approved', 'supersede')).toBe('superseded');
  });

  it('refuses every other move', () => {
    expect(nextVersionStatus('draft', 'approve')).toBeNull();
    expect(nextVersionStatus('draft', 'reject')).toBeNull();
    expect(nextVersionStatus('approved', 'submit')).toBeNull();
    expect(nextVersionStatus('approved', 'approve')).toBeNull();
    expect(nextVersionStatus('superseded', 'approve')).toBeNull();
    expect(nextVersionStatus('superseded', 'supersede')).toBeNull();
    expect(nextVersionStatus('in_review', 'submit')).toBeNull();
  });

  it('freezes approved and superseded versions; drafts and versions in review are open', () => {
    expect(isVersionFrozen('approved')).toBe(true);
    expect(isVersionFrozen('superseded')).toBe(true);
    expect(isVersionFrozen('draft')).toBe(false);
    expect(isVersionOpen('in_review')).toBe(true);
    expect(isVersionOpen('approved')).toBe(false);
  });

  it('derives the document status: approved while one version is in force, else the newest version', () => {
    expect(documentStatus([])).toBe('draft');
    expect(documentStatus([{ number: 1, status: 'in_review' }])).toBe('in_review');
    expect(
      documentStatus([
        { number: 1, status: 'approved' },
        { number: 2, status: 'in_review' },
      ]),
    ).toBe('approved');
    expect(
      documentStatus([
        { number: 2, status: 'draft' },
        { number: 1, status: 'in_review' },
      ]),
    ).toBe('draft');
  });
});

describe('review dates', () => {
  it('adds months, clamping to the end of shorter months and crossing years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-10', 12)).toBe('2027-03-10');
    expect(addMonths('2026-03-10', 24)).toBe('2028-03-10');
  });

  it('sets the next review to the approval date (UTC) plus the interval', () => {
    expect(nextReviewDate(new Date('2026-05-31T23:30:00Z'), 6)).toBe('2026-11-30');
    expect(nextReviewDate('2026-02-01T00:00:00.000Z', 12)).toBe('2027-02-01');
  });

  it('is overdue only after the review date has passed', () => {
    expect(isReviewOverdue(null, '2030-01-01')).toBe(false);
    expect(isReviewOverdue('2026-06-01', '2026-06-01')).toBe(false);
    expect(isReviewOverdue('2026-06-01', '2026-06-02')).toBe(true);
  });
});

describe('document contract', () => {
  it('accepts a mandatory key from the list and catalogue refs, with defaults', () => {
    const d = CreateDocumentSchema.parse({
      title: 'AI policy',
      type: 'policy',
      mandatoryKey: 'ai_policy',
      requirementRefs: ['5.2', 'A.2.2'],
    });
    expect(d).toMatchObject({ reviewIntervalMonths: 12, description: '', mandatoryKey: 'ai_policy' });
    expect(d.ownerId).toBeUndefined();
  });

  it('refuses an unknown mandatory key, an invented ref and an out-of-range interval, naming the paths', () => {
    const r = CreateDocumentSchema.safeParse({
      title: 'X',
      type: 'policy',
      mandatoryKey: 'coffee_policy',
      requirementRefs: ['A.99.1'],
      reviewIntervalMonths: 0,
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['mandatoryKey', 'requirementRefs.0', 'reviewIntervalMonths']),
    );
  });

  it('refuses an empty change', () => {
    expect(UpdateDocumentSchema.safeParse({}).success).toBe(false);
  });
});

describe('four-eyes approval (§7.5.2, A.3.2)', () => {
  const base = { authoredBy: 'usr_a', submittedBy: 'usr_b', approverId: 'usr_a' };
  it('refuses the author and the submitter only while the option is on', () => {
    expect(documentApprovalProblems({ ...base, fourEyes: false })).toEqual([]);
    expect(documentApprovalProblems({ ...base, fourEyes: true })[0]?.message).toMatch(/author/);
    expect(documentApprovalProblems({ ...base, approverId: 'usr_b', fourEyes: true })[0]?.message).toMatch(
      /submitted/,
    );
    expect(documentApprovalProblems({ ...base, approverId: 'usr_c', fourEyes: true })).toEqual([]);
  });
});
