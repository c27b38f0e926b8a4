// The organization dashboard (issue 16): "how are we doing and what needs me", as counts the database computes.
import { z } from 'zod';
import { LIFECYCLE_STAGES } from '../ai-systems/ai-system.schema.ts';
import { RISK_CLASSES } from '../eu-ai-act/eu-ai-act.terms.ts';
import { REMINDER_KINDS } from '../notifications/reminder.rules.ts';
import { READINESS_STATUSES } from '../readiness/readiness.schema.ts';
import { RiskSummarySchema } from '../risks/risk-summary.schema.ts';

/** One day's readiness score: the last reading of that day. */
export const ReadinessTrendPointSchema = z.object({
  date: z.string(),
  score: z.number().int().min(0).max(100),
});
export type ReadinessTrendPoint = z.infer<typeof ReadinessTrendPointSchema>;

/** Readiness in brief: the score, how many items stand at each status, the blockers (§4–§10), and the trend. */
export const DashboardReadinessSchema = z.object({
  score: z.number().int().min(0).max(100),
  byStatus: z.array(z.object({ status: z.enum(READINESS_STATUSES), count: z.number().int() })),
  blockers: z.array(z.object({ key: z.string(), title: z.string(), count: z.number().int() })),
  /** The score on each day it was read in the last 90 days, oldest first; today's reading included. */
  trend: z.array(ReadinessTrendPointSchema),
});

/** A live AI system that lacks an item the deployment gate asks for (A.6.2.5, §8.4). */
export const GateGapSchema = z.object({
  id: z.string(),
  name: z.string(),
  riskClass: z.enum(RISK_CLASSES),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  missing: z.array(z.object({ key: z.string(), message: z.string() })),
  url: z.string(),
});
export type GateGap = z.infer<typeof GateGapSchema>;

/** Something that falls due (a review, an audit, evidence expiry, an Art. 73 report deadline …). */
export const DueEntrySchema = z.object({
  kind: z.enum(REMINDER_KINDS),
  title: z.string(),
  dueDate: z.string(),
  url: z.string(),
});
export type DueEntry = z.infer<typeof DueEntrySchema>;

/** One recent ledger entry, with the actor's name. */
export const RecentChangeSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorName: z.string(),
  url: z.string().nullable(),
});
export type RecentChange = z.infer<typeof RecentChangeSchema>;

/** The answer of `GET /orgs/{orgId}/dashboard`. */
export const DashboardSchema = z.object({
  today: z.string(),
  readiness: DashboardReadinessSchema,
  risks: RiskSummarySchema,
  aiSystems: z.object({
    total: z.number().int(),
    byClass: z.array(z.object({ riskClass: z.enum(RISK_CLASSES), count: z.number().int() })),
    byStage: z.array(z.object({ lifecycleStage: z.enum(LIFECYCLE_STAGES), count: z.number().int() })),
    /** High-risk systems and systems in or past deployment that miss a gate item; at most 20. */
    gateGaps: z.array(GateGapSchema),
  }),
  myTasks: z.object({
    count: z.number().int(),
    overdue: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        dueDate: z.string().nullable(),
        url: z.string().nullable(),
      }),
    ),
  }),
  overdue: z.array(DueEntrySchema),
  upcoming: z.array(DueEntrySchema),
  recentChanges: z.array(RecentChangeSchema),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** Stages where a system is in use, so a gate gap there is a live gap rather than a plan. */
export const LIVE_STAGES = ['deployment', 'operation_monitoring', 're_evaluation'] as const;

const ENTITY_PATHS: Record<string, string> = {
  ai_system: 'ai-systems',
  model: 'models',
  dataset: 'datasets',
  supplier: 'suppliers',
  risk: 'risks',
  document: 'documents',
  evidence: 'evidence',
  objective: 'objectives',
  metric: 'monitoring/metrics',
  nonconformity: 'nonconformities',
  audit: 'audits',
  management_review: 'management-reviews',
};
const MODULE_PATHS: Record<string, string> = {
  soa_entry: 'soa',
  soa_version: 'soa',
  impact_assessment: 'impacts',
  incident: 'improvement',
  training: 'people',
  competence: 'people',
  risk_criteria: 'risks/criteria',
  context_item: 'context',
};

/** The web page of a ledger entity: its own page, its module's list, or null when it has none. */
export function entityUrl(orgId: string, entityType: string, entityId: string): string | null {
  const org = `/orgs/${encodeURIComponent(orgId)}`;
  const own = ENTITY_PATHS[entityType];
  if (own) return `${org}/${own}/${encodeURIComponent(entityId)}`;
  const list = MODULE_PATHS[entityType];
  return list ? `${org}/${list}` : null;
}
