// AI system impact assessment contract (§6.1.4, §8.4, A.5; ISO/IEC 42005 clause 6; EU AI Act Art. 27 FRIA).
import { z } from 'zod';
import { nameString, patchSchema, TenantEntitySchema } from '../common/entity.ts';
import { byAtFields } from '../common/stamps.ts';
import { DateSchema } from '../risks/risk.schema.ts';

/** Templates: the ISO/IEC 42005 assessment, or the EU AI Act Art. 27 fundamental rights impact assessment. */
export const IMPACT_TEMPLATES = ['iso42005', 'eu_fria'] as const;
export const ImpactTemplateSchema = z.enum(IMPACT_TEMPLATES);
export type ImpactTemplate = z.infer<typeof ImpactTemplateSchema>;

/** Impact areas (42005 6.8; A.5.4 individuals and groups, A.5.5 society). */
export const IMPACT_AREAS = [
  'fairness',
  'privacy',
  'safety',
  'human_rights',
  'environment',
  'economy',
] as const;
export const ImpactAreaSchema = z.enum(IMPACT_AREAS);

/** Review workflow: draft → submitted → approved; a newer approved version supersedes the older one. */
export const IMPACT_STATUSES = ['draft', 'submitted', 'approved', 'superseded'] as const;
export const ImpactStatusSchema = z.enum(IMPACT_STATUSES);
export type ImpactStatus = z.infer<typeof ImpactStatusSchema>;

/** The assessment's conclusion (42005 5.9). */
export const IMPACT_DECISIONS = ['proceed', 'modify', 'stop'] as const;

/** Human labels for the areas. */
export const IMPACT_AREA_LABEL: Record<(typeof IMPACT_AREAS)[number], string> = {
  fairness: 'Fairness',
  privacy: 'Privacy',
  safety: 'Safety',
  human_rights: 'Human rights',
  environment: 'Environment',
  economy: 'Economy',
};

/** Whether an impact helps or harms. */
export const IMPACT_KINDS = ['benefit', 'harm'] as const;
/** Human labels for the kinds. */
export const IMPACT_KIND_LABEL: Record<(typeof IMPACT_KINDS)[number], string> = {
  benefit: 'Benefit',
  harm: 'Harm',
};

/** How far an impact can be undone (42005 severity factors). */
export const IMPACT_REVERSIBILITIES = ['reversible', 'partly_reversible', 'irreversible'] as const;
/** Human labels for reversibility. */
export const IMPACT_REVERSIBILITY_LABEL: Record<(typeof IMPACT_REVERSIBILITIES)[number], string> = {
  reversible: 'Reversible',
  partly_reversible: 'Partly reversible',
  irreversible: 'Irreversible',
};

/** Human labels for the workflow states. */
export const IMPACT_STATUS_LABEL: Record<ImpactStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  superseded: 'Superseded',
};

/** Human labels for the decisions. */
export const IMPACT_DECISION_LABEL: Record<(typeof IMPACT_DECISIONS)[number], string> = {
  proceed: 'Proceed',
  modify: 'Proceed with changes',
  stop: 'Stop',
};

const text = (max = 5000) => z.string().max(max).default('');
const list = (max = 50) => z.array(z.string().trim().min(1).max(500)).max(max).default([]);
const scale = z.number().int().min(1).max(5);

/** An affected party; vulnerable groups (children, elderly, workers, persons with disabilities…) are flagged. */
export const AffectedPartySchema = z
  .object({
    category: z.string().trim().min(1).max(200),
    description: text(2000),
    vulnerable: z.boolean().default(false),
  })
  .strict();

/** One actual or reasonably foreseeable impact (42005 6.8). Severity, likelihood and scale run 1–5. */
export const ImpactItemSchema = z
  .object({
    area: ImpactAreaSchema,
    description: z.string().trim().min(1).max(2000),
    kind: z.enum(IMPACT_KINDS),
    severity: scale,
    likelihood: scale,
    reversibility: z.enum(IMPACT_REVERSIBILITIES),
    scale,
  })
  .strict();

/** A measure addressing harms or benefits (42005 6.9). */
export const ImpactMeasureSchema = z
  .object({
    description: z.string().trim().min(1).max(2000),
    ownerId: z.string().max(64).nullable().default(null),
    status: z.enum(['planned', 'done']).default('planned'),
  })
  .strict();

/** EU AI Act Art. 27(1)(a)–(f): the elements a deployer's FRIA must describe. */
export const FriaSchema = z
  .object({
    deployerProcesses: text(),
    periodAndFrequency: text(),
    affectedCategories: text(),
    specificHarms: text(),
    humanOversightMeasures: text(),
    measuresIfRisksMaterialise: text(),
    complaintMechanism: text(),
    authorityNotifiedOn: DateSchema.nullable().default(null),
  })
  .strict();

/** The content of an assessment, following the 42005 documentation structure (clause 6). */
export const ImpactContentSchema = z
  .object({
    scope: text(),
    trigger: text(2000),
    system: z
      .object({
        description: text(),
        capabilities: text(),
        purpose: text(),
        intendedUses: list(),
        unintendedUses: list(),
      })
      .strict()
      .prefault({}),
    data: z.object({ sources: list(), qualityNotes: text(), provenance: text() }).strict().prefault({}),
    model: z
      .object({ type: text(500), limitations: text() })
      .strict()
      .prefault({}),
    deployment: z
      .object({ geography: list(), languages: list(), constraints: text(), humanOversight: text() })
      .strict()
      .prefault({}),
    affectedParties: z.array(AffectedPartySchema).max(100).default([]),
    impacts: z.array(ImpactItemSchema).max(200).default([]),
    measures: z.array(ImpactMeasureSchema).max(200).default([]),
    residualImpact: text(),
    decision: z.enum(IMPACT_DECISIONS).nullable().default(null),
    sensitiveUse: z.boolean().default(false),
    restrictedUse: z.boolean().default(false),
    fria: FriaSchema.nullable().default(null),
  })
  .strict();
export type ImpactContent = z.output<typeof ImpactContentSchema>;
export type ImpactContentInput = z.input<typeof ImpactContentSchema>;

/** One impact assessment version of one AI system. */
export const ImpactAssessmentSchema = TenantEntitySchema.extend({
  aiSystemId: z.string(),
  aiSystemVersion: z.number().int(),
  title: z.string(),
  template: ImpactTemplateSchema,
  number: z.number().int().min(1),
  status: ImpactStatusSchema,
  content: ImpactContentSchema,
  nextReviewDate: z.string().nullable(),
  ...byAtFields('submitted'),
  ...byAtFields('approved'),
  riskIds: z.array(z.string()),
});
export type ImpactAssessment = z.infer<typeof ImpactAssessmentSchema>;

export const CreateImpactAssessmentSchema = z
  .object({
    aiSystemId: z.string().min(1).max(64),
    title: nameString(300),
    template: ImpactTemplateSchema.default('iso42005'),
    content: ImpactContentSchema.prefault({}),
    nextReviewDate: DateSchema.nullable().default(null),
  })
  .strict();
export type CreateImpactAssessmentInput = z.input<typeof CreateImpactAssessmentSchema>;

/** Changes to a draft (autosaved by the wizard); `riskIds` links findings to existing risks. */
export const UpdateImpactAssessmentSchema = patchSchema({
  title: nameString(300),
  content: ImpactContentSchema,
  nextReviewDate: DateSchema.nullable(),
  riskIds: z.array(z.string().regex(/^risk_[0-9a-z]{26}$/, 'not a risk id')).max(200),
});
export type UpdateImpactAssessmentInput = z.input<typeof UpdateImpactAssessmentSchema>;

export const ImpactFilterSchema = z.object({
  aiSystemId: z.string().max(64).optional(),
  status: ImpactStatusSchema.optional(),
  reviewDue: z.enum(['true']).optional(),
});

/** The deployment gate's answer: whether an approved assessment exists, and what is missing otherwise. */
export const ImpactGateSchema = z.object({ ok: z.boolean(), missing: z.array(z.string()) });
export type ImpactGate = z.infer<typeof ImpactGateSchema>;
