// Management review (§9.3): a meeting of top management with its inputs gathered from live data (§9.3.2), frozen
// at the meeting as canonical JSON with a SHA-256, and its decisions and actions (§9.3.3), approved by a lead.
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, patchSchema, TenantEntitySchema, textString } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { stampFields } from '../common/stamps.ts';

const isoDate = CalendarDateSchema;
const userId = z.string().min(1).max(64);

/** planned → frozen (inputs fixed at the meeting) → approved (minutes signed off by a lead). */
export const REVIEW_STATUSES = ['planned', 'frozen', 'approved'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

/** A decision of the review (§9.3.3): on improvement opportunities or changes to the AIMS; actions become tasks. */
export const ReviewDecisionSchema = z.object({
  id: z.string(),
  text: z.string(),
  /** The task created for the action, when the decision calls for one. */
  taskId: z.string().nullable(),
  ownerId: z.string().nullable(),
  dueDate: z.string().nullable(),
  decidedAt: z.string().datetime(),
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** A management review as the API returns it; `inputs` are present once frozen. */
export const ManagementReviewSchema = TenantEntitySchema.extend({
  title: z.string(),
  plannedDate: z.string(),
  chairId: z.string().nullable(),
  attendeeIds: z.array(z.string()),
  /** Free minutes of the discussion (the meeting's record beside the frozen inputs). */
  notes: z.string(),
  status: ReviewStatusSchema,
  decisions: z.array(ReviewDecisionSchema),
  previousReviewId: z.string().nullable(),
  ...stampFields('frozen'),
  /** SHA-256 (hex) of the canonical JSON of the frozen inputs. */
  inputsSha256: z.string().nullable(),
  ...stampFields('approved'),
});
export type ManagementReview = z.infer<typeof ManagementReviewSchema>;

/** A new review: planned for a date, chaired by a member, with its attendees. */
/** A review's details as a person plans them. */
const reviewFields = {
  title: nameString(300),
  plannedDate: isoDate,
  chairId: userId.nullable(),
  attendeeIds: z.array(userId).max(100),
  notes: textString(50_000),
};

export const CreateManagementReviewSchema = createBodySchema(reviewFields, {
  chairId: null,
  attendeeIds: [],
  notes: '',
});
export type CreateManagementReviewInput = z.input<typeof CreateManagementReviewSchema>;

/** A change to a review's details (the fields without their defaults, which partial() would apply). */
export const UpdateManagementReviewSchema = patchSchema(reviewFields);
export type UpdateManagementReviewInput = z.input<typeof UpdateManagementReviewSchema>;

/** Decisions to add; each with `action: true` (the default when an owner or due date is given) becomes a task. */
export const AddReviewDecisionsSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            text: nameString(2_000),
            action: z.boolean().optional(),
            ownerId: userId.nullable().default(null),
            dueDate: isoDate.nullable().default(null),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();
export type AddReviewDecisionsInput = z.input<typeof AddReviewDecisionsSchema>;

export const REVIEW_SORTS = ['plannedDate', 'createdAt', 'title'] as const;
export const ManagementReviewListQuerySchema = ListQuerySchema.extend({
  status: ReviewStatusSchema.optional(),
});

// ----- §9.3.2 inputs -----

/** The most items an input lists by name; counts always cover everything. */
export const REVIEW_LIST_CAP = 50;

const ref = z.object({ id: z.string(), title: z.string() });
const counts = z.record(z.string(), z.number().int());

/** The reporting period: since the previous review's freeze (null for a first review) up to this one. */
export const ReviewPeriodSchema = z.object({
  from: z.string().datetime().nullable(),
  to: z.string().datetime(),
});
export type ReviewPeriod = z.infer<typeof ReviewPeriodSchema>;

/** §9.3.2 a: actions from previous reviews. */
export const PreviousActionsInputSchema = z.object({
  total: z.number().int(),
  byStatus: counts,
  overdue: z.number().int(),
  items: z.array(
    ref.extend({
      reviewId: z.string(),
      status: z.string(),
      ownerId: z.string().nullable(),
      dueDate: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
});

const contextRef = ref.extend({ kind: z.string() });
/** §9.3.2 b: changes in external and internal issues and in interested parties' needs. */
export const ContextChangesInputSchema = z.object({
  added: z.array(contextRef),
  changed: z.array(contextRef),
  archived: z.array(contextRef),
  /** Per kind (`internal_issue`, `external_issue`, `interested_party`): `{added, changed, archived, current}`. */
  byKind: z.record(z.string(), counts),
  rolesChanged: z.boolean(),
});

/** §9.3.2 c 1: nonconformities and corrective actions, with incidents (A.8.4). */
export const NonconformityTrendsInputSchema = z.object({
  open: z.number().int(),
  byStatus: counts,
  openBySeverity: counts,
  openedInPeriod: z.number().int(),
  closedInPeriod: z.number().int(),
  correctiveActions: z.object({
    byStatus: counts,
    overdue: z.number().int(),
    effectiveInPeriod: z.number().int(),
    ineffectiveInPeriod: z.number().int(),
  }),
  incidents: z.object({
    openedInPeriod: z.number().int(),
    open: z.number().int(),
    serious: z.number().int(),
  }),
});

const kpiResult = z.object({
  objectiveId: z.string(),
  objectiveTitle: z.string(),
  kpiId: z.string(),
  name: z.string(),
  unit: z.string(),
  target: z.number(),
  value: z.number().nullable(),
  measuredAt: z.string().nullable(),
  status: z.string(),
});
/** §9.3.2 c 2: monitoring and measurement results. */
export const MonitoringInputSchema = z.object({
  /** Where the results come from: objectives' KPI measurements, and metric alerts once monitoring exists. */
  sources: z.array(z.string()),
  kpis: z.array(kpiResult),
  kpiStatus: counts,
  measurementsInPeriod: z.number().int(),
  alerts: z.object({ raisedInPeriod: z.number().int(), open: z.number().int() }).nullable(),
});

/** §9.3.2 c 3: audit results. `available` is false on a server without internal-audit records. */
export const AuditResultsInputSchema = z.object({
  available: z.boolean(),
  completedInPeriod: z.array(ref.extend({ completedAt: z.string().nullable() })),
  findingsByKind: counts,
  openFindings: z.number().int(),
});

/** §9.3.2 c 4: fulfilment of the AI objectives. */
export const ObjectivesInputSchema = z.object({
  byStatus: counts,
  items: z.array(
    ref.extend({
      status: z.string(),
      targetDate: z.string().nullable(),
      kpisOnTrack: z.number().int(),
      kpisTotal: z.number().int(),
      pastTarget: z.boolean(),
    }),
  ),
});

/** §9.3.2 d: changes in risks and opportunities. */
export const RiskChangesInputSchema = z.object({
  openByLevel: counts,
  newInPeriod: z.array(ref.extend({ level: z.string() })),
  levelChanged: z.array(ref.extend({ from: z.string().nullable(), to: z.string().nullable() })),
  acceptedInPeriod: z.array(ref.extend({ level: z.string().nullable() })),
});

/** §9.3.2 e: opportunities for continual improvement. */
export const ImprovementOpportunitiesInputSchema = z.object({
  total: z.number().int(),
  items: z.array(ref.extend({ source: z.string() })),
});

/** Every §9.3.2 input, as frozen. `format` names this shape so a later change can be told apart. */
export const ReviewInputsSchema = z.object({
  format: z.literal('openaims.management-review-inputs/1'),
  reviewId: z.string(),
  previousReviewId: z.string().nullable(),
  period: ReviewPeriodSchema,
  previousActions: PreviousActionsInputSchema,
  contextChanges: ContextChangesInputSchema,
  nonconformities: NonconformityTrendsInputSchema,
  monitoring: MonitoringInputSchema,
  audits: AuditResultsInputSchema,
  objectives: ObjectivesInputSchema,
  risks: RiskChangesInputSchema,
  opportunities: ImprovementOpportunitiesInputSchema,
});
export type ReviewInputs = z.infer<typeof ReviewInputsSchema>;

/** `GET …/{id}/inputs`: the frozen inputs, or a live preview while the review is planned. */
export const ReviewInputsResponseSchema = z.object({
  frozen: z.boolean(),
  inputs: ReviewInputsSchema,
  sha256: z.string(),
});
export type ReviewInputsResponse = z.infer<typeof ReviewInputsResponseSchema>;

/** `POST …/{id}/freeze` (DESIGN §4 contract): the frozen inputs and the SHA-256 of their canonical JSON. */
export const FreezeResultSchema = z.object({ inputs: ReviewInputsSchema, sha256: z.string() });
export type FreezeResult = z.infer<typeof FreezeResultSchema>;

/** One number that moved between the previous review's frozen inputs and this one's. */
export const ReviewDiffEntrySchema = z.object({
  path: z.string(),
  previous: z.number().nullable(),
  current: z.number().nullable(),
  change: z.number().nullable(),
});
export type ReviewDiffEntry = z.infer<typeof ReviewDiffEntrySchema>;

/** `GET …/{id}/diff`: the counts that changed against the previous review. */
export const ReviewDiffSchema = z.object({
  reviewId: z.string(),
  previousReviewId: z.string().nullable(),
  /** Whether the comparison uses this review's frozen inputs (false: its live preview). */
  frozen: z.boolean(),
  entries: z.array(ReviewDiffEntrySchema),
});
export type ReviewDiff = z.infer<typeof ReviewDiffSchema>;
