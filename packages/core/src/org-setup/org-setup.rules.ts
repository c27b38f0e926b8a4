// Which set-up steps are done, read from the organization's records, and where the guide resumes.
import type { FieldError } from '../errors.ts';
import {
  type OrgSetup,
  SETUP_STEPS,
  type SetupStep,
  type SetupStepKey,
  type SetupStepStatus,
} from './org-setup.schema.ts';

/** Title and clause of each step (our own short wording). */
export const SETUP_STEP_INFO: Record<SetupStepKey, { title: string; clause: string }> = {
  // §4.1: the roles the organization holds toward AI systems decide which obligations apply.
  profile: { title: 'Organization profile and AI roles', clause: '4.1' },
  // §4.3: the boundaries and applicability of the AIMS, kept as a controlled document.
  scope: { title: 'Scope of the AIMS', clause: '4.3' },
  // §6.1.1, §6.1.2: criteria that make risk assessments comparable and say what is acceptable.
  risk_criteria: { title: 'Risk criteria', clause: '6.1.2' },
  // §4.1, A.4.2: the AI systems the AIMS covers, starting with one.
  ai_system: { title: 'First AI system', clause: '4.1, A.4.2' },
  // §6.1.3 d: a decision on every Annex A control, with a justification for each exclusion.
  soa: { title: 'Statement of Applicability', clause: '6.1.3' },
  // §5.3, §7.4: responsibilities are assigned to people, who need access to play them.
  invite: { title: 'Invite colleagues', clause: '5.3, 7.4' },
};

/** What the records show, gathered by the service. */
export interface SetupFacts {
  /** ISO/IEC 22989 or EU AI Act roles recorded in the context profile. */
  aiRoleCount: number;
  /** A controlled document marked as the AIMS scope exists (any status). */
  hasScopeDocument: boolean;
  /** Number of the current risk-criteria version; 1 is the default every organization starts with. */
  riskCriteriaVersion: number;
  /** AI systems in the inventory, archived ones not counted. */
  aiSystemCount: number;
  /** Annex A controls without a decision (see `isSoaEntryDecided`). */
  undecidedControls: number;
  members: number;
  /** Invitations sent and not revoked (open or accepted). */
  invitations: number;
}

/** What a person chose, stored per organization. */
export interface SetupChoices {
  skipped: readonly string[];
  completedAt: Date | null;
  dismissedAt: Date | null;
  version: number;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whether each step is satisfied by the records, with a short account of why. */
export function setupStepFacts(f: SetupFacts): Record<SetupStepKey, { done: boolean; detail: string }> {
  return {
    profile: {
      done: f.aiRoleCount > 0,
      detail: f.aiRoleCount > 0 ? `${plural(f.aiRoleCount, 'AI role')} recorded` : 'No AI role recorded yet',
    },
    scope: {
      done: f.hasScopeDocument,
      detail: f.hasScopeDocument ? 'Scope document recorded' : 'No scope document yet',
    },
    // Version 1 is the default the organization was given; a later version was set (or adopted) by a person.
    risk_criteria: {
      done: f.riskCriteriaVersion >= 2,
      detail:
        f.riskCriteriaVersion >= 2
          ? `Criteria version ${f.riskCriteriaVersion} in force`
          : 'The default criteria have not been confirmed yet',
    },
    ai_system: {
      done: f.aiSystemCount > 0,
      detail:
        f.aiSystemCount > 0 ? `${plural(f.aiSystemCount, 'AI system')} in the inventory` : 'No AI system yet',
    },
    soa: {
      done: f.undecidedControls === 0,
      detail:
        f.undecidedControls === 0
          ? 'Every control has a decision'
          : `${plural(f.undecidedControls, 'control')} without a decision`,
    },
    invite: {
      done: f.members >= 2 || f.invitations > 0,
      detail:
        f.members >= 2 || f.invitations > 0
          ? `${plural(f.members, 'member')}, ${plural(f.invitations, 'invitation')}`
          : 'Only you so far',
    },
  };
}

/** The guide's state: each step's status (records first, then the person's skip), progress and resume point. */
export function orgSetupStatus(f: SetupFacts, c: SetupChoices): OrgSetup {
  const facts = setupStepFacts(f);
  const steps: SetupStep[] = SETUP_STEPS.map((key) => {
    const { done, detail } = facts[key];
    const status: SetupStepStatus = done ? 'done' : c.skipped.includes(key) ? 'skipped' : 'todo';
    return { key, ...SETUP_STEP_INFO[key], status, done, detail };
  });
  const completedAt = c.completedAt?.toISOString() ?? null;
  const dismissedAt = c.dismissedAt?.toISOString() ?? null;
  return {
    steps,
    doneCount: steps.filter((s) => s.done).length,
    total: steps.length,
    currentStep: steps.find((s) => s.status === 'todo')?.key ?? null,
    completedAt,
    dismissedAt,
    isOpen: !completedAt && !dismissedAt,
    version: c.version,
  };
}

/** Why the guide cannot be finished yet: the steps neither done nor skipped. Empty when it can. */
export function setupFinishProblems(s: Pick<OrgSetup, 'steps'>): FieldError[] {
  return s.steps
    .filter((x) => x.status === 'todo')
    .map((x) => ({ path: `steps.${x.key}`, message: `${x.title}: do it or skip it first (${x.detail}).` }));
}
