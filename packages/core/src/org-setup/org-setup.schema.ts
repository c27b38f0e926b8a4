// Guided set-up of a new organization (issue 16): the steps that take an empty AIMS to a first usable state, and
// the contract of `GET|PATCH /orgs/{orgId}/setup`. Whether a step is done is read from the records themselves;
// only what a person chose (skip a step, finish, put the guide away) is stored.
import { z } from 'zod';

/** The set-up steps, in the order the guide walks them. */
export const SETUP_STEPS = ['profile', 'scope', 'risk_criteria', 'ai_system', 'soa', 'invite'] as const;
export const SetupStepKeySchema = z.enum(SETUP_STEPS);
export type SetupStepKey = z.infer<typeof SetupStepKeySchema>;

/** Where one step stands: done (from the records), skipped (a person put it off), or still to do. */
export const SETUP_STEP_STATUSES = ['todo', 'done', 'skipped'] as const;
export const SetupStepStatusSchema = z.enum(SETUP_STEP_STATUSES);
export type SetupStepStatus = z.infer<typeof SetupStepStatusSchema>;

/** One step of the guide as the API answers it. */
export const SetupStepSchema = z.object({
  key: SetupStepKeySchema,
  title: z.string(),
  /** The ISO/IEC 42001 clause(s) the step serves. */
  clause: z.string(),
  status: SetupStepStatusSchema,
  /** Whether the records already satisfy the step, skipped or not. */
  done: z.boolean(),
  /** What the records show, in a few words ("36 controls without a decision"). */
  detail: z.string(),
});
export type SetupStep = z.infer<typeof SetupStepSchema>;

/** The organization's set-up: its steps, progress and whether the guide is finished or put away. */
export const OrgSetupSchema = z.object({
  steps: z.array(SetupStepSchema),
  doneCount: z.number().int().min(0),
  total: z.number().int().min(0),
  /** The first step neither done nor skipped: where the guide resumes; null when none is left. */
  currentStep: SetupStepKeySchema.nullable(),
  completedAt: z.string().datetime().nullable(),
  dismissedAt: z.string().datetime().nullable(),
  /** Whether the app should still offer the guide (not finished, not dismissed). */
  isOpen: z.boolean(),
  version: z.number().int().min(0),
});
export type OrgSetup = z.infer<typeof OrgSetupSchema>;

/**
 * Body of `PATCH /orgs/{orgId}/setup`: skip a step or take it up again, finish the guide (every step done or
 * skipped), put it away unfinished, or bring it back.
 */
export const UpdateOrgSetupSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('skip'), step: SetupStepKeySchema }).strict(),
  z.object({ action: z.literal('reopen'), step: SetupStepKeySchema }).strict(),
  z.object({ action: z.literal('finish') }).strict(),
  z.object({ action: z.literal('dismiss') }).strict(),
  z.object({ action: z.literal('resume') }).strict(),
]);
export type UpdateOrgSetupInput = z.infer<typeof UpdateOrgSetupSchema>;
