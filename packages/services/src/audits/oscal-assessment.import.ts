// Import of OSCAL assessment-results (DESIGN §6): an outside assessment (a certification body, a scanner that
// writes OSCAL results) becomes audit findings. Each OSCAL finding becomes a finding (minor_nc when its target is
// not satisfied, else an observation) carrying its related observations; each observation no finding refers to
// becomes an observation finding. Idempotent by the OSCAL uuid: a re-import creates nothing twice.
import {
  AppError,
  assertCan,
  EMPTY_AUDIT_SCOPE,
  type FieldError,
  type FindingKind,
  fieldErrorsFromIssues,
  isAnnexAControl,
  newId,
} from '@openaims/core';
import { tables } from '@openaims/db';

import { z } from 'zod';
import { anyOf } from '../common/any-of.ts';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { auditRepository } from './audit.repository.ts';

const ObservationSchema = z.object({
  uuid: z.string().max(64),
  title: z.string().max(2000).optional(),
  description: z.string().max(100_000),
});
const FindingSchema = z.object({
  uuid: z.string().max(64),
  title: z.string().max(2000),
  description: z.string().max(100_000),
  target: z.object({
    'target-id': z.string().max(200),
    status: z.object({ state: z.string().max(40) }),
  }),
  'related-observations': z.array(z.object({ 'observation-uuid': z.string() })).optional(),
});

/** The parts of an OSCAL assessment-results document the import reads; everything else is ignored. */
export const OscalAssessmentResultsFileSchema = z.object({
  'assessment-results': z.object({
    uuid: z.string(),
    metadata: z.object({ title: z.string().max(2000) }),
    results: z
      .array(
        z.object({
          title: z.string().max(2000),
          start: z.string().max(64).optional(),
          observations: z.array(ObservationSchema).max(5000).optional(),
          findings: z.array(FindingSchema).max(5000).optional(),
        }),
      )
      .min(1)
      .max(100),
  }),
});

/** One line of the import: what the OSCAL item becomes, and whether it was already there. */
export interface AssessmentImportLine {
  externalId: string;
  kind: FindingKind;
  title: string;
  requirementRefs: string[];
  outcome: 'created' | 'existing';
  id: string | null;
}

/** What an import did (or, in a dry run, would do). */
export interface AssessmentImportResult {
  dryRun: boolean;
  source: string;
  sha256: string;
  auditId: string | null;
  auditCreated: boolean;
  findings: AssessmentImportLine[];
  created: number;
  existing: number;
}

/** An OSCAL target id as a requirement ref: `a.6.2.6_smt` → `A.6.2.6`; anything else kept as it is. */
export function requirementOfTarget(targetId: string): string {
  const base = targetId.replace(/_(smt|obj)(\..*)?$/, '');
  const upper = base.replace(/^a\./, 'A.');
  if (isAnnexAControl(upper)) return upper;
  const clause = base.replace(/^iso-42001-clause-/, '');
  return clause.slice(0, 40);
}

/** Parses the file and plans one line per finding and unreferenced observation. */
export function planAssessmentImport(raw: string) {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The file is not JSON.', {
      errors: [{ path: '', message: 'not JSON' }],
    });
  }
  const parsed = OscalAssessmentResultsFileSchema.safeParse(json);
  if (!parsed.success) {
    const errors: FieldError[] = fieldErrorsFromIssues(parsed.error.issues).slice(0, 20);
    throw new AppError('VALIDATION_FAILED', 'The file is not OSCAL assessment-results.', { errors });
  }
  const ar = parsed.data['assessment-results'];
  const lines: (Omit<AssessmentImportLine, 'outcome' | 'id'> & { description: string })[] = [];
  for (const result of ar.results) {
    const obs = new Map((result.observations ?? []).map((o) => [o.uuid, o]));
    const referenced = new Set<string>();
    for (const f of result.findings ?? []) {
      const related = (f['related-observations'] ?? []).map((r) => obs.get(r['observation-uuid']));
      for (const r of f['related-observations'] ?? []) referenced.add(r['observation-uuid']);
      lines.push({
        externalId: f.uuid,
        kind: f.target.status.state === 'not-satisfied' ? 'minor_nc' : 'observation',
        title: f.title.slice(0, 300),
        requirementRefs: [requirementOfTarget(f.target['target-id'])],
        description: [
          f.description,
          ...related
            .filter((o) => o !== undefined)
            .map((o) => `Observation: ${o.title ?? ''}\n${o.description}`),
        ]
          .join('\n\n')
          .slice(0, 10_000),
      });
    }
    for (const o of result.observations ?? []) {
      if (referenced.has(o.uuid)) continue;
      lines.push({
        externalId: o.uuid,
        kind: 'observation',
        title: (o.title ?? o.description.split('\n')[0] ?? 'Observation').slice(0, 300) || 'Observation',
        requirementRefs: [],
        description: o.description.slice(0, 10_000),
      });
    }
  }
  return { title: ar.metadata.title, start: ar.results[0]!.start, lines };
}

/**
 * `POST …/imports/oscal-assessment-results`: into the audit given (`auditId`), or a new audit named after the
 * assessment (created only when there is something new). `dryRun` plans without writing.
 */
export async function importOscalAssessmentResults(
  ctx: OrgContext,
  raw: string,
  opts: { dryRun?: boolean; auditId?: string } = {},
): Promise<AssessmentImportResult> {
  assertCan(ctx.role, 'audit:plan');
  const dryRun = opts.dryRun ?? false;
  const plan = planAssessmentImport(raw);
  const sha256 = sha256Hex(raw);
  return ctx.db.transaction(async (tx) => {
    const repo = auditRepository(tx);
    if (opts.auditId) {
      const a = await repo.audits.find(ctx.orgId, opts.auditId);
      if (!a) throw new AppError('NOT_FOUND', `Audit ${opts.auditId} was not found.`);
      if (a.status === 'cancelled')
        throw new AppError('RULE_VIOLATION', 'This audit was cancelled.', {
          errors: [{ path: 'auditId', message: 'cancelled' }],
        });
    }
    const { findings } = tables;
    const ids = plan.lines.map((l) => l.externalId);
    const existing = ids.length
      ? await tx
          .select({ id: findings.id, externalId: findings.externalId })
          .from(findings)
          .where(inOrg(findings, ctx.orgId, anyOf(findings.externalId, ids)))
      : [];
    const known = new Map(existing.map((e) => [e.externalId, e.id]));
    const fresh = plan.lines.filter((l) => !known.has(l.externalId));
    let auditId = opts.auditId ?? null;
    let auditCreated = false;
    const at = new Date();
    if (!auditId && fresh.length > 0) {
      auditCreated = true;
      if (!dryRun) {
        auditId = newId('audit');
        await repo.audits.insert({
          id: auditId,
          organizationId: ctx.orgId,
          programmeId: null,
          year: null,
          stage: 'internal',
          title: `Imported: ${plan.title}`.slice(0, 300),
          scope: EMPTY_AUDIT_SCOPE,
          criteria: `Outside assessment imported from OSCAL (${plan.title})`.slice(0, 5000),
          plannedStart: plan.start?.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/)
            ? plan.start.slice(0, 10)
            : null,
          plannedEnd: null,
          leadId: null,
          teamIds: [],
          status: 'in_progress',
          sampleSize: 0,
          sampleSeed: null,
          sample: [],
          conclusion: '',
          startedAt: at,
          completedAt: null,
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
        await record(ctx, tx, {
          action: 'audit.created',
          entityType: 'audit',
          entityId: auditId,
          data: { source: 'oscal-assessment-results', sha256 },
        });
      }
    }
    const out: AssessmentImportLine[] = [];
    for (const l of plan.lines) {
      const have = known.get(l.externalId);
      if (have) {
        out.push({ ...pick(l), outcome: 'existing', id: have });
        continue;
      }
      let id: string | null = null;
      if (!dryRun && auditId) {
        id = newId('finding');
        await repo.findings.insert({
          id,
          organizationId: ctx.orgId,
          auditId,
          checklistItemId: null,
          kind: l.kind,
          title: l.title || 'Imported finding',
          description: l.description,
          requirementRefs: l.requirementRefs,
          evidenceIds: [],
          status: 'open',
          nonconformityId: null,
          origin: 'oscal_import',
          externalId: l.externalId,
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
        known.set(l.externalId, id);
      }
      out.push({ ...pick(l), outcome: 'created', id });
    }
    const created = out.filter((l) => l.outcome === 'created').length;
    if (!dryRun && created > 0)
      await record(ctx, tx, {
        action: 'audit.oscal_results_imported',
        entityType: 'audit',
        entityId: auditId!,
        data: { sha256, source: plan.title, created },
      });
    return {
      dryRun,
      source: plan.title,
      sha256,
      auditId: dryRun && auditCreated ? null : auditId,
      auditCreated,
      findings: out,
      created,
      existing: out.length - created,
    };
  });
}

const pick = (l: AssessmentImportLine | Omit<AssessmentImportLine, 'outcome' | 'id'>) => ({
  externalId: l.externalId,
  kind: l.kind,
  title: l.title,
  requirementRefs: l.requirementRefs,
});
