// The readiness contract: `GET …/readiness` → {score, items: [{key, clause, title, status}], blockers} (DESIGN §4),
// and the facts the service gathers for the pure evaluation.
import { z } from 'zod';
import { MANDATORY_KEYS } from './mandatory.ts';

export const READINESS_STATUSES = ['missing', 'draft', 'approved', 'stale'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

/** Where an item's status comes from, for the web app to link to. */
export const ReadinessSourceSchema = z.object({
  type: z.enum([
    'document',
    'evidence',
    'soa',
    'risks',
    'impacts',
    'objectives',
    'competence',
    'nonconformities',
    'management_reviews',
    'audits',
  ]),
  id: z.string().optional(),
  label: z.string(),
});
export type ReadinessSource = z.infer<typeof ReadinessSourceSchema>;

export const ReadinessItemSchema = z.object({
  key: z.enum(MANDATORY_KEYS),
  clause: z.string(),
  title: z.string(),
  status: z.enum(READINESS_STATUSES),
  /** One sentence on why the item has this status. */
  detail: z.string(),
  sources: z.array(ReadinessSourceSchema),
});
export type ReadinessItem = z.infer<typeof ReadinessItemSchema>;

export const ReadinessBlockerSchema = z.object({
  key: z.string(),
  title: z.string(),
  count: z.number().int(),
});
export type ReadinessBlocker = z.infer<typeof ReadinessBlockerSchema>;

export const ReadinessSchema = z.object({
  /** 0–100. */
  score: z.number().int().min(0).max(100),
  items: z.array(ReadinessItemSchema),
  blockers: z.array(ReadinessBlockerSchema),
});
export type Readiness = z.infer<typeof ReadinessSchema>;

/** What the readiness rules read, gathered by the service from live data. Dates are YYYY-MM-DD. */
export interface ReadinessFacts {
  today: string;
  documents: {
    id: string;
    title: string;
    mandatoryKey: string | null;
    status: 'draft' | 'in_review' | 'approved' | 'superseded';
    nextReviewDate: string | null;
  }[];
  evidence: { id: string; title: string; clauseRef: string; validUntil: string | null }[];
  soa: {
    total: number;
    decided: number;
    excludedWithoutJustification: number;
    approvedAt: string | null;
    changedSinceApproval: boolean;
  };
  criteriaConfigured: boolean;
  risks: {
    total: number;
    needingReassessment: number;
    reviewOverdue: number;
    withTreatment: number;
    planApproved: number;
    accepted: number;
    residualRated: number;
  };
  impacts: { systems: number; systemsWithApproved: number; drafts: number; reviewOverdue: number };
  /** §6.2 objectives in the tool, and the date of the latest KPI measurement (§9.1). */
  objectives: { active: number; drafts: number; latestMeasurement: string | null };
  /** §7.2: active competence requirements, how many have someone with a valid record, how many only expired ones. */
  competence: { requirements: number; covered: number; expiredOnly: number };
  /** §10.2 records: nonconformities recorded and closed (closing requires an effective action). */
  nonconformities: { total: number; closed: number };
  openMajorNonconformities: number;
  /** §9.3: management reviews approved and frozen, and the planned date of the latest approved one. */
  managementReviews?: { approved: number; frozen: number; lastApprovedOn: string | null };
  /** §9.2: audits planned or running, audits completed and the date of the latest completion (absent: none). */
  audits?: { planned: number; completed: number; lastCompletedAt: string | null };
}
