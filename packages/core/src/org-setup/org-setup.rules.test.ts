import { describe, expect, it } from 'vitest';
import { orgSetupStatus, type SetupFacts, setupFinishProblems, setupStepFacts } from './org-setup.rules.ts';
import { UpdateOrgSetupSchema } from './org-setup.schema.ts';

const fresh: SetupFacts = {
  aiRoleCount: 0,
  hasScopeDocument: false,
  riskCriteriaVersion: 1,
  aiSystemCount: 0,
  undecidedControls: 38,
  members: 1,
  invitations: 0,
};
const none = { skipped: [], completedAt: null, dismissedAt: null, version: 0 };

describe('guided set-up', () => {
  it('starts a new organization with every step to do, at the first one', () => {
    const s = orgSetupStatus(fresh, none);
    expect(s.steps.map((x) => [x.key, x.status])).toEqual([
      ['profile', 'todo'],
      ['scope', 'todo'],
      ['risk_criteria', 'todo'],
      ['ai_system', 'todo'],
      ['soa', 'todo'],
      ['invite', 'todo'],
    ]);
    expect(s).toMatchObject({ doneCount: 0, total: 6, currentStep: 'profile', isOpen: true });
    expect(s.steps.find((x) => x.key === 'soa')?.detail).toBe('38 controls without a decision');
  });

  it('reads done from the records: §4.3 scope, §6.1.2 criteria past the default, §6.1.3 no undecided control', () => {
    const f = setupStepFacts({
      ...fresh,
      aiRoleCount: 2,
      hasScopeDocument: true,
      riskCriteriaVersion: 2,
      aiSystemCount: 1,
      undecidedControls: 0,
    });
    expect(Object.values(f).map((x) => x.done)).toEqual([true, true, true, true, true, false]);
    // §5.3: a second member or one invitation sent is enough to count as inviting.
    expect(setupStepFacts({ ...fresh, members: 2 }).invite.done).toBe(true);
    expect(setupStepFacts({ ...fresh, invitations: 1 }).invite.done).toBe(true);
    expect(setupStepFacts({ ...fresh, undecidedControls: 1 }).soa.detail).toBe(
      '1 control without a decision',
    );
  });

  it('resumes at the first step neither done nor skipped; a done step stays done even if skipped', () => {
    const s = orgSetupStatus(
      { ...fresh, aiRoleCount: 1 },
      { ...none, skipped: ['profile', 'scope'], version: 2 },
    );
    expect(s.steps.slice(0, 3).map((x) => x.status)).toEqual(['done', 'skipped', 'todo']);
    expect(s.currentStep).toBe('risk_criteria');
    expect(setupFinishProblems(s).map((p) => p.path)).toEqual([
      'steps.risk_criteria',
      'steps.ai_system',
      'steps.soa',
      'steps.invite',
    ]);
  });

  it('is closed once finished or dismissed, with nothing left to finish when all are done or skipped', () => {
    const all = orgSetupStatus(fresh, {
      ...none,
      skipped: ['profile', 'scope', 'risk_criteria', 'ai_system', 'soa', 'invite'],
    });
    expect(all.currentStep).toBeNull();
    expect(setupFinishProblems(all)).toEqual([]);
    const at = new Date('2026-12-02T08:00:00Z');
    expect(orgSetupStatus(fresh, { ...none, dismissedAt: at })).toMatchObject({
      isOpen: false,
      dismissedAt: at.toISOString(),
    });
    expect(orgSetupStatus(fresh, { ...none, completedAt: at }).isOpen).toBe(false);
  });

  it('accepts only known actions and steps', () => {
    expect(UpdateOrgSetupSchema.safeParse({ action: 'skip', step: 'scope' }).success).toBe(true);
    expect(UpdateOrgSetupSchema.safeParse({ action: 'skip', step: 'lunch' }).success).toBe(false);
    expect(UpdateOrgSetupSchema.safeParse({ action: 'finish', step: 'scope' }).success).toBe(false);
    expect(UpdateOrgSetupSchema.safeParse({ action: 'explode' }).success).toBe(false);
  });
});
