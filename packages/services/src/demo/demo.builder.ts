// The demo organization (issue 16): a coherent AI management system built through the services, so every
// record has its ledger entry and every rule holds. Names are fixed; dates count from `today`, so the demo shows
// overdue and upcoming work whenever it is loaded.
import { ANNEX_A_CONTROL_REFS, addDaysIso, type MandatoryKey, todayUtc } from '@openaims/core';
import type { Db } from '@openaims/db';
import { classifyAiSystem, createAiSystem } from '../ai-systems/ai-system.service.ts';
import { createAudit, createAuditProgramme } from '../audits/audit.service.ts';
import type { OrgContext } from '../context.ts';
import { createDocument } from '../documents/document.service.ts';
import { approveDocumentVersion, submitDocumentVersion } from '../documents/document-version.service.ts';
import type { BlobStore } from '../evidence/blob-store.ts';
import { createLinkEvidence, uploadEvidence } from '../evidence/evidence.service.ts';
import {
  approveImpactAssessment,
  createImpactAssessment,
  submitImpactAssessment,
  updateImpactAssessment,
} from '../impacts/impact.service.ts';
import { createIncident } from '../improvement/incident.service.ts';
import { createNonconformity } from '../improvement/nonconformity.service.ts';
import { createDataset } from '../inventory/dataset.service.ts';
import { createModel } from '../inventory/model.service.ts';
import { createSupplier } from '../inventory/supplier.service.ts';
import { createManagementReview } from '../management-reviews/management-review.service.ts';
import { recordMeasurements } from '../monitoring/measurement.service.ts';
import { createMetric } from '../monitoring/metric.service.ts';
import { addMeasurement, createObjective } from '../objectives/objective.service.ts';
import { updateOrgSetup } from '../org-setup/org-setup.service.ts';
import { createOrganization } from '../orgs/org.service.ts';
import { createCompetence, recordTraining } from '../people/people.service.ts';
import { acceptRisk, createRisk } from '../risks/risk.service.ts';
import { approveTreatment } from '../risks/risk-treatment.service.ts';
import { updateSoaEntry } from '../soa/soa-entry.service.ts';
import { approveSoaVersion, submitSoa } from '../soa/soa-version.service.ts';
import { createTask } from '../tasks/task.service.ts';

/** Name of the demo organization unless another is given. */
export const DEMO_ORG_NAME = 'Northwind Health Analytics (demo)';

/** The demo AI systems' names, for tests and the journey. */
export const DEMO_SYSTEM_NAMES = {
  triage: 'Patient triage assistant',
  screening: 'CV screening ranker',
  chatbot: 'Member service chatbot',
  forecast: 'Bed occupancy forecaster',
} as const;

/** Options of the demo: who owns it, what it is called, and the blob store for its evidence file (optional). */
export interface DemoOptions {
  name?: string;
  ownerId: string;
  blobs?: BlobStore;
  /** The day the demo's dates count from (YYYY-MM-DD); today by default. */
  today?: string;
}

const employmentAnswers = { annexIIIAreas: ['employment' as const], profilesNaturalPersons: true };

/** Creates the demo organization owned by `ownerId` and fills every module; returns its id. */
export async function buildDemoOrganization(db: Db, opts: DemoOptions): Promise<{ orgId: string }> {
  const today = opts.today ?? todayUtc();
  const day = (n: number) => addDaysIso(today, n);
  const actor = { type: 'user' as const, id: opts.ownerId, userId: opts.ownerId };
  const org = await createOrganization(db, { name: opts.name ?? DEMO_ORG_NAME }, opts.ownerId, actor);
  const ctx: OrgContext = { db, orgId: org.id, role: 'owner', actor };
  const me = opts.ownerId;

  // Inventory (§4.1, A.4, A.7, A.10).
  const vendor = await createSupplier(ctx, {
    name: 'Aurora Models GmbH',
    url: 'https://aurora-models.example',
    description: 'Provides the foundation model behind the member service chatbot.',
  });
  const labeler = await createSupplier(ctx, {
    name: 'ClearLabel Data Services',
    description: 'Annotates triage notes under a data processing agreement.',
  });
  const llm = await createModel(ctx, {
    name: 'Aurora Chat 3',
    modelVersion: '3.1',
    modelType: 'large language model',
    provider: 'Aurora Models GmbH',
    supplierId: vendor.id,
  });
  const triageModel = await createModel(ctx, {
    name: 'Triage gradient-boosted classifier',
    modelVersion: '2026.10',
    modelType: 'gradient-boosted trees',
    provider: 'in-house',
  });
  const triageData = await createDataset(ctx, {
    name: 'Emergency triage notes 2019–2025',
    datasetVersion: 'v4',
    provenance: 'Hospital partners under data sharing agreements',
    containsPersonalData: true,
    knownBias: 'Under-represents patients over 85 and rural clinics.',
    supplierId: labeler.id,
  });
  const cvData = await createDataset(ctx, {
    name: 'Historic hiring decisions',
    datasetVersion: '2025-Q4',
    containsPersonalData: true,
    knownBias: 'Past decisions favoured applicants from three universities.',
  });

  const triage = await createAiSystem(ctx, {
    name: DEMO_SYSTEM_NAMES.triage,
    purpose: 'Suggests an urgency level for emergency department arrivals; a nurse decides.',
    lifecycleStage: 'verification_validation',
    ownerId: me,
    operatorRole: 'provider',
    humanOversight: 'A triage nurse confirms or overrides every suggestion.',
    modelIds: [triageModel.id],
    datasetIds: [triageData.id],
  });
  // Annex III 5(d): emergency patient triage is high-risk.
  await classifyAiSystem(ctx, triage.id, {
    answers: { annexIIIAreas: ['essential_services'], profilesNaturalPersons: true },
  });
  const screening = await createAiSystem(ctx, {
    name: DEMO_SYSTEM_NAMES.screening,
    purpose: 'Ranks applications for recruiters.',
    lifecycleStage: 'design_development',
    ownerId: me,
    operatorRole: 'deployer',
    datasetIds: [cvData.id],
  });
  await classifyAiSystem(ctx, screening.id, { answers: employmentAnswers });
  const chatbot = await createAiSystem(ctx, {
    name: DEMO_SYSTEM_NAMES.chatbot,
    purpose: 'Answers members’ questions about their plan and discloses that it is an AI.',
    lifecycleStage: 'inception',
    ownerId: me,
    operatorRole: 'deployer',
    modelIds: [llm.id],
    supplierIds: [vendor.id],
  });
  await classifyAiSystem(ctx, chatbot.id, { answers: { transparencyCases: ['interacts_with_people'] } });
  const forecast = await createAiSystem(ctx, {
    name: DEMO_SYSTEM_NAMES.forecast,
    purpose: 'Forecasts bed occupancy for the next 14 days for capacity planning.',
    lifecycleStage: 'inception',
    ownerId: me,
    operatorRole: 'provider',
  });
  await classifyAiSystem(ctx, forecast.id, { answers: {} });

  // Impact assessment (§6.1.4, §8.4): approved for the triage assistant.
  const ia = await createImpactAssessment(ctx, {
    aiSystemId: triage.id,
    title: 'Triage assistant impact assessment',
    nextReviewDate: day(200),
  });
  await updateImpactAssessment(
    ctx,
    ia.id,
    {
      content: {
        scope: 'Urgency suggestions for adult emergency arrivals at two hospitals',
        system: { purpose: 'Suggest triage urgency', intendedUses: ['triage support'] },
        deployment: { humanOversight: 'Nurse confirms every suggestion', geography: ['EU'] },
        affectedParties: [{ category: 'Patients', vulnerable: true }],
        impacts: [
          {
            area: 'economy' as const,
            description: 'Under-triage delays care for elderly patients',
            kind: 'harm' as const,
            severity: 3,
            likelihood: 2,
            reversibility: 'reversible' as const,
            scale: 2,
          },
        ],
        measures: [{ description: 'Age-stratified validation before each release' }],
        residualImpact: 'Low with nurse oversight',
        decision: 'proceed' as const,
      },
    },
    1,
  );
  await submitImpactAssessment(ctx, ia.id);
  await approveImpactAssessment(ctx, ia.id);
  await createImpactAssessment(ctx, { aiSystemId: screening.id, title: 'CV screening impact assessment' });

  // Risks (§6.1.2, §6.1.3): one accepted after treatment, one in treatment, one open.
  const bias = await createRisk(ctx, {
    title: 'Under-triage of elderly patients',
    description: 'The classifier was trained on data with few patients over 85.',
    aiSystemId: triage.id,
    ownerId: me,
    likelihood: 3,
    consequence: 4,
    treatmentOption: 'mitigate',
    controlRefs: ['A.7.4', 'A.6.2.4'],
    residualLikelihood: 1,
    residualConsequence: 3,
    reviewDate: day(30),
  });
  await approveTreatment(ctx, bias.id, { note: 'Validation per age band before release.' });
  await acceptRisk(ctx, bias.id, { note: 'Residual risk within appetite with nurse oversight.' });
  const hiring = await createRisk(ctx, {
    title: 'Discriminatory ranking of applicants',
    aiSystemId: screening.id,
    ownerId: me,
    likelihood: 4,
    consequence: 4,
    treatmentOption: 'mitigate',
    controlRefs: ['A.7.3'],
    reviewDate: day(-5),
  });
  await createTask(ctx, {
    title: 'Run a disparate-impact test on the ranking',
    ownerId: me,
    dueDate: day(-3),
    kind: 'treatment',
    source: { entityType: 'risk', entityId: hiring.id },
  });
  await createRisk(ctx, {
    title: 'Chatbot gives wrong coverage answers',
    aiSystemId: chatbot.id,
    likelihood: 3,
    consequence: 2,
  });
  await createRisk(ctx, {
    title: 'Supplier changes the foundation model silently',
    likelihood: 2,
    consequence: 3,
  });

  // Policy (§5.2) and the Statement of Applicability (§6.1.3 d): all 38 controls decided, then approved.
  const documents: [string, 'policy' | 'scope' | 'procedure', MandatoryKey, string][] = [
    [
      'AI policy',
      'policy',
      'ai_policy',
      'Northwind uses AI to support, never replace, clinical and hiring decisions. Every AI system is inventoried, classified, risk-assessed and overseen by a named owner.',
    ],
    [
      'AIMS scope',
      'scope',
      'aims_scope',
      'The AIMS covers the AI systems Northwind develops or uses for patient triage, capacity planning, member service and recruitment, at the head office and both partner hospitals.',
    ],
    [
      'AI risk treatment procedure',
      'procedure',
      'risk_treatment_process',
      'Risk owners choose a treatment option, name Annex A controls or treatment tasks, have the plan approved by the AI risk lead and rate the residual risk against the appetite.',
    ],
    [
      'AI system impact assessment procedure',
      'procedure',
      'impact_assessment_process',
      'Every high-risk system and every system affecting patients or applicants is assessed with the ISO/IEC 42005 template before deployment and reviewed yearly.',
    ],
  ];
  for (const [title, type, mandatoryKey, text] of documents) {
    const doc = await createDocument(ctx, {
      title,
      type,
      mandatoryKey,
      ownerId: me,
      content: `# ${title}\n\n${text}`,
    });
    await submitDocumentVersion(ctx, doc.id, '1');
    await approveDocumentVersion(ctx, doc.id, '1');
  }
  const notApplicable = new Set(['A.10.4']);
  for (const ref of ANNEX_A_CONTROL_REFS) {
    await updateSoaEntry(
      ctx,
      ref,
      notApplicable.has(ref)
        ? { applicable: false, justification: 'We do not provide AI systems to customers as a product.' }
        : {
            applicable: true,
            justification: `Needed to treat the risks of our clinical and HR AI systems (${ref}).`,
            implementationStatus: ref.startsWith('A.6') || ref.startsWith('A.2') ? 'implemented' : 'partial',
            ownerId: me,
          },
    );
  }
  const soa = await submitSoa(ctx, { note: 'Demo SoA, first version.' });
  await approveSoaVersion(ctx, soa.id);

  // Objectives with a measurement history (§6.2, §9.1).
  const objective = await createObjective(ctx, {
    title: 'Fair triage across age groups',
    ownerId: me,
    status: 'active',
    targetDate: day(180),
    kpis: [{ name: 'Under-triage rate, patients over 85 (%)', direction: 'decrease', target: 2 }],
  });
  const kpiId = objective.kpis[0]!.id;
  for (const [offset, value] of [
    [-90, 6.1],
    [-60, 4.8],
    [-30, 3.5],
    [-1, 2.6],
  ] as const)
    await addMeasurement(ctx, objective.id, { kpiId, value, measuredAt: day(offset) });

  // Monitoring (§9.1, A.6.2.6): a metric with measurements.
  const metric = await createMetric(ctx, {
    name: 'Triage suggestion override rate',
    aiSystemId: triage.id,
    unit: '%',
    direction: 'lower_is_better',
    warningThreshold: 15,
    breachThreshold: 25,
  });
  await recordMeasurements(ctx, metric.id, {
    items: [12, 11, 13, 10].map((value, i) => ({
      id: `demo-${i}`,
      at: `${day(i - 4)}T08:00:00.000Z`,
      value,
    })),
  });

  // Competence (§7.2, A.4.6) and a training.
  const literacy = await createCompetence(ctx, {
    role: 'Triage nurse',
    title: 'AI literacy for clinical decision support',
    aiLiteracy: true,
    renewalMonths: 12,
  });
  await recordTraining(ctx, {
    competenceId: literacy.id,
    userId: me,
    activity: 'AI literacy workshop',
    completedOn: day(-340),
  });

  // Improvement (§10.2, A.8.4, Art. 73): a nonconformity and a serious incident with its reporting deadline.
  await createNonconformity(ctx, {
    title: 'Model retrained without re-running the age-band validation',
    source: 'review',
    severity: 'minor',
    requirementRefs: ['8.1'],
    detectedOn: day(-10),
    ownerId: me,
  });
  await createIncident(ctx, {
    title: 'Triage assistant under-triaged a stroke patient',
    aiSystemId: triage.id,
    occurredAt: day(-3),
    awareOn: day(-2),
    severity: 'high',
    seriousCategories: ['serious_health_harm'],
  });

  // Evidence (§7.5.3): a stored file when a blob store is at hand, and a link.
  const links = [{ targetType: 'control' as const, targetId: 'A.6.2.4' }];
  if (opts.blobs) {
    const text = 'Age-band validation report, release 2026.10: under-triage rate over 85 is 2.6 %.\n';
    await uploadEvidence(
      ctx,
      opts.blobs,
      {
        bytes: new TextEncoder().encode(text),
        fileName: 'validation-report-2026-10.txt',
        mediaType: 'text/plain',
      },
      { title: 'Validation report, release 2026.10', evidenceDate: day(-14), validUntil: day(20), links },
    );
  }
  await createLinkEvidence(ctx, {
    url: 'https://intranet.northwind.example/ai/oversight-procedure',
    title: 'Human oversight procedure for triage',
    evidenceDate: day(-60),
    links,
  });

  // Check (§9.2, §9.3): an internal audit and a management review.
  const programme = await createAuditProgramme(ctx, {
    title: 'AIMS internal audit programme',
    startYear: Number(today.slice(0, 4)),
  });
  await createAudit(ctx, {
    programmeId: programme.id,
    title: 'Internal audit: clinical AI systems',
    plannedStart: day(10),
    plannedEnd: day(12),
    leadId: me,
  });
  await createManagementReview(ctx, {
    title: 'Management review (demo)',
    plannedDate: day(25),
    chairId: me,
  });
  // The demo is a finished set-up to look around in, not a guide to walk: the set-up card is put away.
  await updateOrgSetup(ctx, { action: 'dismiss' });
  return { orgId: org.id };
}
