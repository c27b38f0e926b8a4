// Internal audit (§9.2): a multi-year audit programme over the certification cycle, audits with scope, criteria,
// team and a generated checklist, and the findings they record. Tables: audit_programmes, audits,
// audit_checklist_items, findings (management review §9.3.2 reads audits and findings as "audit results").
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, TenantEntitySchema, textString, withDefaults } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { updateBodySchema } from '../common/update-body.ts';

const isoDate = CalendarDateSchema;
const ref = z.string().trim().min(1).max(40);
const idRef = z.string().trim().min(1).max(64);
const year = z.number().int().min(2000).max(2200);

/** Where a year sits in the certification cycle (ISO/IEC 17021-1: stage 1, stage 2, surveillance, recertification). */
export const AUDIT_STAGES = ['stage1', 'stage2', 'surveillance', 'recertification', 'internal'] as const;
export const PROGRAMME_STATUSES = ['active', 'archived'] as const;

/** One year of the programme and the audits planned in it. */
export const ProgrammeYearSchema = z
  .object({
    year,
    stages: z.array(z.enum(AUDIT_STAGES)).min(1).max(5),
    /** How many internal audits are planned that year (§9.2.2: frequency). */
    plannedAudits: z.number().int().min(0).max(52),
    note: textString(2000).default(''),
  })
  .strict();
export type ProgrammeYear = z.infer<typeof ProgrammeYearSchema>;

export const AuditProgrammeSchema = TenantEntitySchema.extend({
  title: z.string(),
  /** §9.2.2: objectives, methods and responsibilities of the programme. */
  objectives: z.string(),
  startYear: z.number().int(),
  years: z.array(ProgrammeYearSchema),
  status: z.enum(PROGRAMME_STATUSES),
});
export type AuditProgramme = z.infer<typeof AuditProgrammeSchema>;

const programmeYears = z.array(ProgrammeYearSchema).max(12);

export const CreateAuditProgrammeSchema = z
  .object({
    title: nameString(300),
    objectives: textString(10_000).default(''),
    startYear: year,
    /** Left out: the usual three-year cycle from `startYear` (see `defaultProgrammeYears`). */
    years: programmeYears.optional(),
  })
  .strict();
export type CreateAuditProgrammeInput = z.input<typeof CreateAuditProgrammeSchema>;

export const UpdateAuditProgrammeSchema = updateBodySchema({
  title: nameString(300),
  objectives: textString(10_000),
  years: programmeYears,
  status: z.enum(PROGRAMME_STATUSES),
});
export type UpdateAuditProgrammeInput = z.input<typeof UpdateAuditProgrammeSchema>;

export const AuditProgrammeListQuerySchema = ListQuerySchema.extend({
  status: z.enum(PROGRAMME_STATUSES).optional(),
});

export const AUDIT_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

/** What an audit covers (§9.2.2 b: criteria and scope of each audit). */
export const AuditScopeSchema = z
  .object({
    /** Clauses 4–10, e.g. "8.2"; a parent such as "6.1" covers its sub-clauses. */
    clauses: z.array(ref).max(100).default([]),
    /** Annex A controls; empty with `allApplicableControls` takes every applicable SoA control. */
    controls: z.array(ref).max(100).default([]),
    allApplicableControls: z.boolean().default(false),
    /** AI systems named in scope; the checklist also samples from them (or from all when none are named). */
    aiSystemIds: z.array(idRef).max(200).default([]),
    /** Controlled documents that describe the processes in scope: their owners own those processes. */
    documentIds: z.array(idRef).max(200).default([]),
    /** Processes in words, for the report. */
    processes: z.array(nameString(200)).max(50).default([]),
  })
  .strict();
export type AuditScope = z.infer<typeof AuditScopeSchema>;

/** A scope that names nothing yet: the default of a planned audit, and the scope of an imported one. */
export const EMPTY_AUDIT_SCOPE: AuditScope = {
  clauses: [],
  controls: [],
  allApplicableControls: false,
  aiSystemIds: [],
  documentIds: [],
  processes: [],
};

export const AuditSchema = TenantEntitySchema.extend({
  programmeId: z.string().nullable(),
  year: z.number().int().nullable(),
  stage: z.enum(AUDIT_STAGES),
  title: z.string(),
  scope: AuditScopeSchema,
  /** §9.2.2 b: the requirements audited against (ISO/IEC 42001, own policies …). */
  criteria: z.string(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  leadId: z.string().nullable(),
  teamIds: z.array(z.string()),
  status: z.enum(AUDIT_STATUSES),
  /** How many AI systems the checklist samples, and the seed that made the sample (reproducible). */
  sampleSize: z.number().int(),
  sampleSeed: z.number().int().nullable(),
  sample: z.array(z.string()),
  conclusion: z.string(),
  startedAt: z.string().datetime().nullable(),
  completedAt: z.string().datetime().nullable(),
});
export type Audit = z.infer<typeof AuditSchema>;

/** What a person plans on an audit. */
const auditFields = {
  programmeId: idRef.nullable(),
  year: year.nullable(),
  stage: z.enum(AUDIT_STAGES),
  title: nameString(300),
  scope: AuditScopeSchema,
  criteria: textString(5000),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  leadId: idRef.nullable(),
  teamIds: z.array(idRef).max(20),
  sampleSize: z.number().int().min(0).max(100),
};

export const CreateAuditSchema = createBodySchema(auditFields, {
  programmeId: null,
  year: null,
  stage: 'internal',
  scope: EMPTY_AUDIT_SCOPE,
  criteria: 'ISO/IEC 42001:2023 clauses 4–10 and the applicable Annex A controls',
  plannedStart: null,
  plannedEnd: null,
  leadId: null,
  teamIds: [],
  sampleSize: 3,
});
export type CreateAuditInput = z.input<typeof CreateAuditSchema>;

/** The fields without their defaults (not `.partial()` of the create schema), so a PATCH never resets omitted ones. */
export const UpdateAuditSchema = updateBodySchema({ ...auditFields, conclusion: textString(20_000) });
export type UpdateAuditInput = z.input<typeof UpdateAuditSchema>;

export const AuditListQuerySchema = ListQuerySchema.extend({
  status: z.enum(AUDIT_STATUSES).optional(),
  programmeId: z.string().max(64).optional(),
});
export const AUDIT_SORTS = ['plannedStart', 'createdAt', 'title'] as const;

/** `POST …/audits/{id}/checklist`: the seed may be given to reproduce a sample; otherwise one is drawn. */
export const GenerateChecklistSchema = z
  .object({ seed: z.number().int().min(0).max(2_147_483_647).optional() })
  .strict();
export type GenerateChecklistInput = z.input<typeof GenerateChecklistSchema>;

export const CHECKLIST_KINDS = ['clause', 'control', 'ai_system'] as const;
export const CHECKLIST_RESULTS = ['conforming', 'nonconforming', 'observation', 'not_applicable'] as const;

export const ChecklistItemSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  auditId: z.string(),
  position: z.number().int(),
  kind: z.enum(CHECKLIST_KINDS),
  /** Clause or control ref, or the AI system's id. */
  ref: z.string(),
  title: z.string(),
  /** Null until answered. */
  result: z.enum(CHECKLIST_RESULTS).nullable(),
  notes: z.string(),
  evidenceIds: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const UpdateChecklistItemSchema = updateBodySchema({
  result: z.enum(CHECKLIST_RESULTS).nullable(),
  notes: textString(10_000),
  evidenceIds: z.array(idRef).max(50),
});
export type UpdateChecklistItemInput = z.input<typeof UpdateChecklistItemSchema>;

export const CompleteAuditSchema = z.object({ conclusion: textString(20_000).optional() }).strict();

export const FINDING_KINDS = ['major_nc', 'minor_nc', 'observation', 'opportunity'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
/** `open` → `nc_raised` (a nonconformity carries it on) or `closed` (observation, opportunity dealt with). */
export const FINDING_STATUSES = ['open', 'nc_raised', 'closed'] as const;
export const FINDING_ORIGINS = ['internal', 'oscal_import'] as const;

export const FindingSchema = TenantEntitySchema.extend({
  auditId: z.string(),
  checklistItemId: z.string().nullable(),
  kind: z.enum(FINDING_KINDS),
  title: z.string(),
  description: z.string(),
  /** Clauses or Annex A controls the finding is against, e.g. "9.2.2", "A.6.2.6". */
  requirementRefs: z.array(z.string()),
  evidenceIds: z.array(z.string()),
  status: z.enum(FINDING_STATUSES),
  nonconformityId: z.string().nullable(),
  origin: z.enum(FINDING_ORIGINS),
  /** The imported OSCAL finding or observation uuid, so a re-import does not duplicate. */
  externalId: z.string().nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What an auditor writes on a finding. */
const findingFields = {
  kind: z.enum(FINDING_KINDS),
  title: nameString(300),
  description: textString(10_000),
  requirementRefs: z.array(ref).max(50),
  evidenceIds: z.array(idRef).max(50),
};

export const CreateFindingSchema = z
  .object({
    auditId: idRef,
    checklistItemId: idRef.nullable().default(null),
    ...withDefaults(findingFields, { description: '', requirementRefs: [], evidenceIds: [] }),
  })
  .strict();
export type CreateFindingInput = z.input<typeof CreateFindingSchema>;

export const UpdateFindingSchema = updateBodySchema({ ...findingFields, status: z.enum(['open', 'closed']) });
export type UpdateFindingInput = z.input<typeof UpdateFindingSchema>;

export const FindingListQuerySchema = ListQuerySchema.extend({
  auditId: z.string().max(64).optional(),
  kind: z.enum(FINDING_KINDS).optional(),
  status: z.enum(FINDING_STATUSES).optional(),
});
export const FINDING_SORTS = ['createdAt', 'title', 'kind'] as const;

/** `POST …/findings/{id}/nonconformity`: optional overrides for the nonconformity raised. */
export const RaiseNonconformitySchema = z
  .object({
    ownerId: idRef.nullable().optional(),
    detectedOn: isoDate.optional(),
  })
  .strict();
export type RaiseNonconformityInput = z.input<typeof RaiseNonconformitySchema>;
