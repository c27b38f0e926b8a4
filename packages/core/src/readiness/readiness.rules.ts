// Certification readiness: each item of mandatory documented information (cl. 4–10) evaluated as missing,
// draft, approved or stale from live facts, plus what stands between the organization and a stage 1 audit.
// Pure: the service gathers the facts, the web app and `aims check` show the same result.
import { daysBetween } from '../common/dates.ts';
import { MANDATORY_ITEMS, type MandatoryItem, type MandatoryKey } from './mandatory.ts';
import type {
  Readiness,
  ReadinessBlocker,
  ReadinessFacts,
  ReadinessItem,
  ReadinessSource,
  ReadinessStatus,
} from './readiness.schema.ts';

const RANK: Record<ReadinessStatus, number> = { missing: 0, draft: 1, stale: 2, approved: 3 };
/** Points toward the score: a stale record still exists, a draft is work begun. */
const POINTS: Record<ReadinessStatus, number> = { missing: 0, draft: 0.25, stale: 0.5, approved: 1 };

type Verdict = { status: ReadinessStatus; detail: string; sources: ReadinessSource[] };

const missing = (detail: string): Verdict => ({ status: 'missing', detail, sources: [] });

/** The strongest verdict; on a tie the later one, so a closing fallback can word the all-missing case. */
function best(...vs: Verdict[]): Verdict {
  return vs.reduce((a, b) => (RANK[b.status] >= RANK[a.status] ? b : a));
}

/** A controlled document marked as this item: approved (or stale once its review date has passed), else draft. */
function fromDocuments(f: ReadinessFacts, key: MandatoryKey): Verdict {
  const docs = f.documents.filter((d) => d.mandatoryKey === key);
  const approved = docs.filter((d) => d.status === 'approved');
  const sources = docs.map((d) => ({ type: 'document' as const, id: d.id, label: d.title }));
  if (approved.length > 0) {
    const overdue = approved.filter((d) => d.nextReviewDate !== null && d.nextReviewDate < f.today);
    if (overdue.length === approved.length) {
      return {
        status: 'stale',
        detail: `Approved, but its review was due on ${overdue[0]!.nextReviewDate}.`,
        sources,
      };
    }
    return { status: 'approved', detail: `Approved document: ${approved[0]!.title}.`, sources };
  }
  if (docs.length > 0)
    return { status: 'draft', detail: `A document exists but no version is approved yet.`, sources };
  return missing('No controlled document is marked as this item.');
}

/** Evidence linked to the item's clause: current evidence counts as approved, only expired evidence as stale. */
function fromEvidence(f: ReadinessFacts, clause: string): Verdict {
  const ev = f.evidence.filter((e) => e.clauseRef === clause);
  if (ev.length === 0) return missing('No evidence is linked to this clause.');
  const sources = ev.map((e) => ({ type: 'evidence' as const, id: e.id, label: e.title }));
  const current = ev.filter((e) => e.validUntil === null || e.validUntil >= f.today);
  if (current.length > 0)
    return { status: 'approved', detail: `${current.length} current evidence item(s) linked.`, sources };
  return { status: 'stale', detail: 'All linked evidence has expired.', sources };
}

function soaVerdict(f: ReadinessFacts): Verdict {
  const { soa } = f;
  const sources: ReadinessSource[] = [{ type: 'soa', label: 'Statement of Applicability' }];
  if (soa.approvedAt && !soa.changedSinceApproval)
    return { status: 'approved', detail: `Approved on ${soa.approvedAt.slice(0, 10)}.`, sources };
  if (soa.approvedAt)
    return { status: 'stale', detail: 'Entries changed since the last approved version.', sources };
  if (soa.decided > 0)
    return {
      status: 'draft',
      detail: `${soa.decided} of ${soa.total} controls decided; no version approved.`,
      sources,
    };
  return missing('No Annex A control has been decided yet.');
}

const RISKS: ReadinessSource[] = [{ type: 'risks', label: 'Risk register' }];

function riskResultsVerdict(f: ReadinessFacts): Verdict {
  const r = f.risks;
  if (r.total === 0) return missing('The risk register is empty.');
  const outdated = r.needingReassessment + r.reviewOverdue;
  if (outdated > 0)
    return {
      status: 'stale',
      detail: `${outdated} risk(s) need re-assessment or are past their review date.`,
      sources: RISKS,
    };
  return { status: 'approved', detail: `${r.total} risk(s) assessed against the criteria.`, sources: RISKS };
}

function treatmentPlanVerdict(f: ReadinessFacts): Verdict {
  const r = f.risks;
  if (r.total === 0) return missing('The risk register is empty.');
  if (r.withTreatment === r.total && r.planApproved === r.total && r.accepted === r.total) {
    return {
      status: 'approved',
      detail: 'Every risk has an approved treatment and accepted residual risk.',
      sources: RISKS,
    };
  }
  return {
    status: 'draft',
    detail: `${r.withTreatment}/${r.total} treated, ${r.planApproved} plan(s) approved, ${r.accepted} residual risk(s) accepted.`,
    sources: RISKS,
  };
}

function treatmentResultsVerdict(f: ReadinessFacts): Verdict {
  const r = f.risks;
  if (r.withTreatment === 0)
    return r.total === 0 ? missing('The risk register is empty.') : missing('No risk has a treatment yet.');
  if (r.residualRated >= r.withTreatment)
    return { status: 'approved', detail: 'Residual risk is rated for every treated risk.', sources: RISKS };
  return {
    status: 'draft',
    detail: `Residual risk rated for ${r.residualRated} of ${r.withTreatment} treated risk(s).`,
    sources: RISKS,
  };
}

function impactResultsVerdict(f: ReadinessFacts): Verdict {
  const i = f.impacts;
  const sources: ReadinessSource[] = [{ type: 'impacts', label: 'Impact assessments' }];
  if (i.systems === 0) return missing('The inventory has no active AI system to assess.');
  if (i.systemsWithApproved === i.systems) {
    if (i.reviewOverdue > 0)
      return {
        status: 'stale',
        detail: `${i.reviewOverdue} assessment(s) past their re-assessment date.`,
        sources,
      };
    return {
      status: 'approved',
      detail: `Every active AI system (${i.systems}) has an approved assessment.`,
      sources,
    };
  }
  if (i.systemsWithApproved > 0 || i.drafts > 0) {
    return {
      status: 'draft',
      detail: `${i.systemsWithApproved} of ${i.systems} AI systems have an approved assessment.`,
      sources,
    };
  }
  return missing('No AI system impact assessment has been started.');
}

const OBJECTIVES: ReadinessSource[] = [{ type: 'objectives', label: 'Objectives' }];
/** Measurements older than a quarter no longer show the AIMS is being monitored (§9.1). */
const MONITORING_WINDOW_DAYS = 92;

function objectivesVerdict(f: ReadinessFacts): Verdict {
  const o = f.objectives;
  if (o.active > 0)
    return {
      status: 'approved',
      detail: `${o.active} active objective(s) with KPIs and an owner.`,
      sources: OBJECTIVES,
    };
  if (o.drafts > 0)
    return {
      status: 'draft',
      detail: `${o.drafts} objective(s) drafted; none active yet.`,
      sources: OBJECTIVES,
    };
  return missing('No AI objective has been set.');
}

function measurementsVerdict(f: ReadinessFacts): Verdict {
  const last = f.objectives.latestMeasurement;
  if (!last) return missing('No KPI measurement has been recorded.');
  if (daysBetween(last, f.today) > MONITORING_WINDOW_DAYS) {
    return {
      status: 'stale',
      detail: `The latest KPI measurement is from ${last}, over ${MONITORING_WINDOW_DAYS} days ago.`,
      sources: OBJECTIVES,
    };
  }
  return { status: 'approved', detail: `KPIs measured, latest on ${last}.`, sources: OBJECTIVES };
}

function competenceVerdict(f: ReadinessFacts): Verdict {
  const c = f.competence;
  const sources: ReadinessSource[] = [{ type: 'competence', label: 'Competence & training' }];
  if (c.requirements === 0) return missing('No competence requirement is set.');
  if (c.covered === c.requirements)
    return {
      status: 'approved',
      detail: `Every competence (${c.requirements}) has someone with a valid record.`,
      sources,
    };
  if (c.expiredOnly > 0)
    return {
      status: 'stale',
      detail: `${c.expiredOnly} competence(s) have only expired training records.`,
      sources,
    };
  return {
    status: 'draft',
    detail: `${c.covered} of ${c.requirements} competences have a valid training record.`,
    sources,
  };
}

function nonconformityVerdict(f: ReadinessFacts): Verdict {
  const { total, closed } = f.nonconformities;
  const sources: ReadinessSource[] = [{ type: 'nonconformities', label: 'Nonconformities' }];
  if (total === 0)
    return missing('No nonconformity is recorded yet; internal audits and incidents usually raise some.');
  if (closed > 0)
    return {
      status: 'approved',
      detail: `${closed} of ${total} nonconformities closed with an effective corrective action.`,
      sources,
    };
  return { status: 'draft', detail: `${total} nonconformities recorded, none closed yet.`, sources };
}

/** Reviews older than this no longer show a review at planned intervals (§9.3.1; most plan one a year). */
const REVIEW_WINDOW_DAYS = 15 * 31;

function managementReviewVerdict(f: ReadinessFacts): Verdict {
  const r = f.managementReviews;
  const sources: ReadinessSource[] = [{ type: 'management_reviews', label: 'Management reviews' }];
  if (r?.lastApprovedOn) {
    if (daysBetween(r.lastApprovedOn, f.today) > REVIEW_WINDOW_DAYS)
      return {
        status: 'stale',
        detail: `The last approved review was held on ${r.lastApprovedOn}.`,
        sources,
      };
    return { status: 'approved', detail: `Approved review held on ${r.lastApprovedOn}.`, sources };
  }
  if (r && r.frozen > 0)
    return { status: 'draft', detail: 'A review has frozen inputs but is not approved yet.', sources };
  return missing('No management review has been approved yet.');
}

/** §9.2.2: a completed internal audit in the last 15 months is the programme running; older is stale. */
function auditVerdict(f: ReadinessFacts): Verdict {
  const a = f.audits ?? { planned: 0, completed: 0, lastCompletedAt: null };
  const sources: ReadinessSource[] = [{ type: 'audits', label: 'Internal audits' }];
  if (a.completed > 0 && a.lastCompletedAt) {
    const last = a.lastCompletedAt.slice(0, 10);
    const cutoff = new Date(`${f.today}T00:00:00Z`);
    cutoff.setUTCDate(cutoff.getUTCDate() - 457);
    if (last < cutoff.toISOString().slice(0, 10))
      return { status: 'stale', detail: `The latest internal audit was completed on ${last}.`, sources };
    return {
      status: 'approved',
      detail: `${a.completed} internal audit(s) completed, the latest on ${last}.`,
      sources,
    };
  }
  if (a.planned > 0)
    return {
      status: 'draft',
      detail: `${a.planned} internal audit(s) planned, none completed yet.`,
      sources,
    };
  return missing('No internal audit is planned or completed yet.');
}

/** How each item is evaluated; items not listed are evaluated from documents, and records also from evidence. */
const SPECIAL: Partial<Record<MandatoryKey, (f: ReadinessFacts, item: MandatoryItem) => Verdict>> = {
  statement_of_applicability: (f) => soaVerdict(f),
  risk_assessment_process: (f, item) => {
    const doc = fromDocuments(f, item.key as MandatoryKey);
    if (doc.status === 'missing' && f.criteriaConfigured) {
      return {
        status: 'draft',
        detail: 'Risk criteria are set in the tool; the written process is not yet a controlled document.',
        sources: [],
      };
    }
    return doc;
  },
  risk_treatment_plan: (f, item) => best(fromDocuments(f, item.key as MandatoryKey), treatmentPlanVerdict(f)),
  risk_assessment_results: (f) => riskResultsVerdict(f),
  risk_treatment_results: (f) => treatmentResultsVerdict(f),
  impact_assessment_results: (f) => impactResultsVerdict(f),
  nonconformity_records: (f, item) =>
    best(fromDocuments(f, item.key as MandatoryKey), fromEvidence(f, item.clause), nonconformityVerdict(f)),
  competence_evidence: (f, item) =>
    best(fromDocuments(f, item.key as MandatoryKey), fromEvidence(f, item.clause), competenceVerdict(f)),
  ai_objectives: (f, item) => best(fromDocuments(f, item.key as MandatoryKey), objectivesVerdict(f)),
  management_review_results: (f, item) =>
    best(
      fromDocuments(f, item.key as MandatoryKey),
      fromEvidence(f, item.clause),
      managementReviewVerdict(f),
    ),
  audit_programme_results: (f, item) =>
    best(fromDocuments(f, item.key as MandatoryKey), fromEvidence(f, item.clause), auditVerdict(f)),
  monitoring_results: (f, item) =>
    best(fromDocuments(f, item.key as MandatoryKey), fromEvidence(f, item.clause), measurementsVerdict(f)),
};

function evaluateItem(f: ReadinessFacts, item: MandatoryItem): ReadinessItem {
  const key = item.key as MandatoryKey;
  const special = SPECIAL[key];
  const verdict = special
    ? special(f, item)
    : item.kind === 'document'
      ? fromDocuments(f, key)
      : best(
          fromDocuments(f, key),
          fromEvidence(f, item.clause),
          missing(`No document marked as this item and no evidence linked to clause ${item.clause}.`),
        );
  return { key, clause: item.clause, title: item.title, ...verdict };
}

function blockers(f: ReadinessFacts): ReadinessBlocker[] {
  const out: ReadinessBlocker[] = [];
  const undecided = f.soa.total - f.soa.decided;
  if (undecided > 0)
    out.push({ key: 'soa_undecided', title: 'Annex A controls without a decision', count: undecided });
  if (f.soa.excludedWithoutJustification > 0) {
    out.push({
      key: 'soa_unjustified',
      title: 'Excluded controls without a justification',
      count: f.soa.excludedWithoutJustification,
    });
  }
  if (f.risks.needingReassessment > 0)
    out.push({
      key: 'risks_reassess',
      title: 'Risks flagged for re-assessment',
      count: f.risks.needingReassessment,
    });
  const overdue =
    f.risks.reviewOverdue +
    f.impacts.reviewOverdue +
    f.documents.filter(
      (d) => d.status === 'approved' && d.nextReviewDate !== null && d.nextReviewDate < f.today,
    ).length;
  if (overdue > 0) out.push({ key: 'reviews_overdue', title: 'Reviews past their due date', count: overdue });
  if (f.openMajorNonconformities > 0) {
    out.push({
      key: 'major_nc_open',
      title: 'Open major nonconformities',
      count: f.openMajorNonconformities,
    });
  }
  return out;
}

/** Evaluates the 19 mandatory items and the blockers; `score` is 0–100 (approved 1, stale ½, draft ¼). */
export function evaluateReadiness(f: ReadinessFacts): Readiness {
  const items = MANDATORY_ITEMS.map((item) => evaluateItem(f, item));
  const points = items.reduce((sum, i) => sum + POINTS[i.status], 0);
  return { score: Math.round((100 * points) / items.length), items, blockers: blockers(f) };
}
