// EU AI Act Annex IV technical documentation of one AI system (Art. 11; ISO/IEC 42001 A.6.2.7): gathers what the
// AIMS holds about the system and hands it to core's `buildAnnexIv`, which arranges the nine sections and names
// the gaps. Reading it needs only the read permissions every member has; the exports are in annex-iv.export.ts.
import {
  type AnnexIvDocument,
  type AnnexIvFacts,
  type AnnexIvSource,
  assertCan,
  buildAnnexIv,
  IMPLEMENTATION_STATUS_LABEL,
  LIFECYCLE_STAGE_LABEL,
  type LifecycleStage,
  OPERATOR_ROLE_LABEL,
  type OperatorRole,
  type Page,
  RISK_CLASS_LABEL,
  type RiskClass,
} from '@openaims/core';
import { getAiSystem } from '../ai-systems/ai-system.service.ts';
import { allPages } from '../common/all-pages.ts';
import type { OrgContext } from '../context.ts';
import { listDocuments } from '../documents/document.service.ts';
import { listEvidence } from '../evidence/evidence.service.ts';
import { listImpactAssessments } from '../impacts/impact-query.service.ts';
import { getDataset } from '../inventory/dataset.service.ts';
import { getModel } from '../inventory/model.service.ts';
import { getSupplier } from '../inventory/supplier.service.ts';
import { listLedger } from '../ledger/ledger.service.ts';
import { listMetrics } from '../monitoring/metric.service.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { listRisks } from '../risks/risk.service.ts';
import { listSoaEntries } from '../soa/soa-entry.service.ts';

/** Follows a list's cursor, at most 20 pages of 500 (a system's own records are far fewer). */
const all = <T>(list: (cursor?: string) => Promise<Page<T>>) => allPages(list, 20);

/** The records whose title names what Annex IV point 8 or point 9 asks for (evidence linked to the system, or a document naming it). */
const DECLARATION =
  /declaration of conformity|konformit[äa]tserkl[äa]rung|d[ée]claration ue de conformit[ée]/i;
const MONITORING_PLAN = /post[- ]market monitoring|monitoring plan/i;

/** Gathers the facts about one AI system; another organization's id is NOT_FOUND. */
export async function loadAnnexIvFacts(ctx: OrgContext, aiSystemId: string): Promise<AnnexIvFacts> {
  const system = await getAiSystem(ctx, aiSystemId);
  const org = await getOrganization({ ...ctx, role: 'viewer' });
  const L = 500;
  const [models, datasets, suppliers] = await Promise.all([
    Promise.all(system.modelIds.map((id) => getModel(ctx, id))),
    Promise.all(system.datasetIds.map((id) => getDataset(ctx, id))),
    Promise.all(system.supplierIds.map((id) => getSupplier(ctx, id))),
  ]);
  const risks = await all((cursor) => listRisks(ctx, { limit: L, cursor, aiSystemId }));
  const impacts = await all((cursor) => listImpactAssessments(ctx, { limit: L, cursor, aiSystemId }));
  const bySystem = await all((cursor) =>
    listEvidence(ctx, { limit: L, cursor, targetType: 'ai_system', targetId: aiSystemId }),
  );
  const vAndV = await all((cursor) =>
    listEvidence(ctx, { limit: L, cursor, targetType: 'control', targetId: 'A.6.2.4' }),
  );
  const metrics = await all((cursor) => listMetrics(ctx, { limit: L, cursor, aiSystemId }));
  const soa = await all((cursor) => listSoaEntries(ctx, { limit: L, cursor }));
  const changes = await all((cursor) =>
    listLedger(ctx, { limit: L, cursor, sort: 'seq', entityType: 'ai_system', entityId: aiSystemId }),
  );
  const documents = await all((cursor) => listDocuments(ctx, { limit: L, cursor }));
  const evidence = [...new Map([...bySystem, ...vAndV].map((e) => [e.id, e])).values()];
  const titled = (re: RegExp): AnnexIvSource[] => [
    // A document is organization-wide, so it counts for this system only when its title names the system too.
    ...documents
      .filter((d) => re.test(d.title) && d.title.toLowerCase().includes(system.name.toLowerCase()))
      .map((d) => ({ type: 'document', id: d.id, title: d.title })),
    ...bySystem.filter((e) => re.test(e.title)).map((e) => ({ type: 'evidence', id: e.id, title: e.title })),
  ];
  return {
    organization: { id: org.id, name: org.name },
    system: {
      id: system.id,
      name: system.name,
      purpose: system.purpose,
      description: system.description,
      intendedUse: system.intendedUse,
      foreseeableMisuse: system.foreseeableMisuse,
      humanOversight: system.humanOversight,
      deploymentContext: system.deploymentContext,
      lifecycleStage: LIFECYCLE_STAGE_LABEL[system.lifecycleStage as LifecycleStage] ?? system.lifecycleStage,
      riskClass: system.riskClass,
      operatorRole: system.operatorRole
        ? (OPERATOR_ROLE_LABEL[system.operatorRole as OperatorRole] ?? system.operatorRole)
        : null,
    },
    models: models.map((m) => ({
      id: m.id,
      name: m.name,
      modelVersion: m.modelVersion,
      modelType: m.modelType,
      provider: m.provider,
      description: m.description,
      metrics: m.metrics.map((x) => ({ name: x.name, value: x.value })),
      verificationRecords: m.verificationRecords.map((v) => ({
        title: `${v.kind.replace('_', ' ')} on ${v.date}, ${v.outcome}: ${v.summary}`,
      })),
    })),
    datasets: datasets.map((d) => ({
      id: d.id,
      name: d.name,
      datasetVersion: d.datasetVersion,
      provenance: d.provenance,
      qualityRequirements: d.qualityRequirements,
      knownBias: d.knownBias,
    })),
    suppliers: suppliers.map((s) => ({ id: s.id, name: s.name })),
    risks: risks.map((r) => ({ id: r.id, title: r.title, status: r.status, level: r.inherentLevel })),
    impactAssessments: impacts.map((a) => ({ id: a.id, title: a.title, status: a.status })),
    verificationEvidence: evidence.map((e) => ({
      id: e.id,
      title: e.title,
      evidenceDate: e.evidenceDate ?? null,
    })),
    metrics: metrics.map((m) => ({
      id: m.id,
      name: m.name,
      unit: m.unit,
      direction: m.direction,
      hasThreshold: m.warningThreshold !== null || m.breachThreshold !== null,
    })),
    controls: soa
      .filter((e) => e.applicable)
      .map((e) => ({
        ref: e.controlRef,
        title: e.title,
        status: IMPLEMENTATION_STATUS_LABEL[e.implementationStatus],
      })),
    changes: changes.map((c) => ({ id: c.id, at: c.at, action: c.action })),
    declarations: titled(DECLARATION),
    monitoringPlans: titled(MONITORING_PLAN),
  };
}

/** The Annex IV document of one AI system (sections, sources and gaps). */
export async function getAnnexIv(ctx: OrgContext, aiSystemId: string): Promise<AnnexIvDocument> {
  assertCan(ctx.role, 'ai_system:read');
  const facts = await loadAnnexIvFacts(ctx, aiSystemId);
  return {
    organization: facts.organization,
    aiSystem: {
      id: facts.system.id,
      name: facts.system.name,
      riskClass: RISK_CLASS_LABEL[facts.system.riskClass as RiskClass] ?? facts.system.riskClass,
    },
    ...buildAnnexIv(facts, new Date()),
  };
}
