// The OSCAL 1.1.3 assessment layer (DESIGN §6) of an internal audit: the assessment plan (scope, checklist,
// sample), the assessment results (checklist results as observations, findings) and the plan of action and
// milestones (open nonconformities with their corrective actions). Control ids are those of the
// `oscal-catalog.json` export; the this-system component uuid is the one in `oscal-ssp.json`; documents point at
// each other through back-matter resources whose rlinks name the export files.
import { isAnnexAControl } from '@openaims/core';
import { stableUuid } from '../exchange/oscal.export.ts';
import type { AuditReport } from './audit-report.ts';

const OSCAL_VERSION = '1.1.3';
const NS = 'https://openaims.org/ns/oscal';

const controlId = (ref: string) => ref.toLowerCase();

function metadata(title: string, at: Date, version: string) {
  return {
    title,
    'last-modified': at.toISOString(),
    version,
    'oscal-version': OSCAL_VERSION,
    roles: [{ id: 'assessor', title: 'Internal auditor' }],
  };
}

/** The `this-system` component of the SSP export (same stable uuid), the subject every audit assesses. */
const systemComponent = (orgId: string) => stableUuid('component', orgId);
const aiSystemComponent = (orgId: string, id: string) => stableUuid('ai-system', orgId, id);
const observationUuid = (itemId: string) => stableUuid('observation', itemId);

function reviewedControls(r: AuditReport) {
  const controls = r.items
    .filter((i) => i.kind === 'control')
    .map((i) => ({ 'control-id': controlId(i.ref) }));
  const clauses = r.items.filter((i) => i.kind === 'clause').map((i) => i.ref);
  return {
    description: `Clauses audited: ${clauses.join(', ') || 'none'}. Annex A controls audited: ${
      controls.length ? controls.map((c) => c['control-id'].toUpperCase()).join(', ') : 'none'
    }.`,
    // With no control in scope the selection names all controls but the description says clauses only: OSCAL
    // needs one selection, and the clauses are not controls of the catalog export.
    'control-selections': [
      controls.length
        ? { 'include-controls': controls }
        : {
            description: 'No Annex A control is in scope; the audit covers clauses only.',
            'include-all': {},
          },
    ],
  };
}

function sampledComponents(r: AuditReport) {
  return r.audit.sample.map((id) => ({
    uuid: aiSystemComponent(r.organization.id, id),
    type: 'service',
    title: r.systems.get(id)?.name ?? id,
    description: r.systems.get(id)?.description || 'An AI system of the organization.',
    props: [{ name: 'ai-system-id', ns: NS, value: id }],
    status: { state: 'operational' },
  }));
}

function subjects(r: AuditReport) {
  return [
    {
      type: 'component',
      description: `The AI management system and the AI systems sampled (size ${r.audit.sampleSize}, seed ${
        r.audit.sampleSeed ?? 'not drawn yet'
      }).`,
      props: [
        { name: 'sample-size', ns: NS, value: String(r.audit.sampleSize) },
        ...(r.audit.sampleSeed !== null
          ? [{ name: 'sample-seed', ns: NS, value: String(r.audit.sampleSeed) }]
          : []),
      ],
      'include-subjects': [
        { 'subject-uuid': systemComponent(r.organization.id), type: 'component' },
        ...r.audit.sample.map((id) => ({
          'subject-uuid': aiSystemComponent(r.organization.id, id),
          type: 'component',
        })),
      ],
    },
  ];
}

function resource(uuid: string, title: string, href: string, mediaType: string) {
  return { uuid, title, rlinks: [{ href, 'media-type': mediaType }] };
}

/** The back-matter that points a document at the organization's SSP (its Statement of Applicability). */
function sspBackMatter(sspResource: string) {
  return {
    resources: [
      resource(
        sspResource,
        'System security plan (Statement of Applicability)',
        'oscal-ssp.json',
        'application/oscal.ssp+json',
      ),
    ],
  };
}

/** The uuid and metadata an OSCAL document of this audit leads with ("… — internal audit plan: <title>"). */
function documentHead(r: AuditReport, model: string, what: string) {
  return {
    uuid: stableUuid(model, r.audit.id),
    metadata: metadata(
      `${r.organization.name} — internal audit ${what}: ${r.audit.title}`,
      r.generatedAt,
      `v${r.audit.version}`,
    ),
  };
}

/** The audit as an OSCAL assessment-plan: scope as reviewed controls and subjects, the checklist as tasks. */
export function oscalAssessmentPlan(r: AuditReport) {
  const a = r.audit;
  const sspResource = stableUuid('ssp-resource', r.organization.id);
  return {
    'assessment-plan': {
      ...documentHead(r, 'assessment-plan', 'plan'),
      'import-ssp': { href: `#${sspResource}` },
      'local-definitions': {
        ...(a.sample.length ? { components: sampledComponents(r) } : {}),
        activities: [
          {
            uuid: stableUuid('activity', a.id),
            title: 'Work the audit checklist',
            description:
              'Examine records, interview owners and test controls for each checklist item (§9.2.2).',
            props: [{ name: 'method', value: 'EXAMINE' }],
          },
        ],
      },
      'terms-and-conditions': {
        parts: [
          {
            name: 'assessment-criteria',
            ns: NS,
            title: 'Audit criteria',
            prose: a.criteria || 'ISO/IEC 42001:2023',
          },
        ],
      },
      'reviewed-controls': reviewedControls(r),
      'assessment-subjects': subjects(r),
      ...(r.items.length
        ? {
            tasks: r.items.map((i) => ({
              uuid: stableUuid('task', i.id),
              type: 'action',
              title: `${i.kind === 'ai_system' ? 'AI system' : i.ref}: ${i.title}`,
              props: [
                { name: 'checklist-kind', ns: NS, value: i.kind },
                { name: 'checklist-ref', ns: NS, value: i.ref },
              ],
              ...(a.plannedStart
                ? {
                    timing: {
                      'within-date-range': {
                        start: `${a.plannedStart}T00:00:00Z`,
                        end: `${a.plannedEnd ?? a.plannedStart}T23:59:59Z`,
                      },
                    },
                  }
                : {}),
            })),
          }
        : {}),
      'back-matter': sspBackMatter(sspResource),
    },
  };
}

const OBSERVATION_TYPE: Record<string, string> = {
  conforming: 'control-objective',
  nonconforming: 'finding',
  observation: 'discovery',
  not_applicable: 'control-objective',
};

function target(ref: string | undefined) {
  if (ref && isAnnexAControl(ref)) return { type: 'statement-id', 'target-id': `${controlId(ref)}_smt` };
  return { type: 'objective-id', 'target-id': ref ? `iso-42001-clause-${ref}` : 'iso-42001' };
}

/** The audit's results as OSCAL assessment-results: answered checklist items as observations, and the findings. */
export function oscalAssessmentResults(r: AuditReport) {
  const a = r.audit;
  const apResource = stableUuid('ap-resource', a.id);
  const answered = r.items.filter((i) => i.result !== null);
  const itemById = new Map(r.items.map((i) => [i.id, i]));
  const observations = answered.map((i) => ({
    uuid: observationUuid(i.id),
    title: `${i.kind === 'ai_system' ? 'AI system' : i.ref}: ${i.title}`,
    description: i.notes || `Result: ${i.result}.`,
    props: [
      { name: 'result', ns: NS, value: i.result!.replace('_', '-') },
      { name: 'checklist-ref', ns: NS, value: i.ref },
    ],
    methods: ['EXAMINE'],
    types: [OBSERVATION_TYPE[i.result!]!],
    ...(i.kind === 'ai_system'
      ? { subjects: [{ 'subject-uuid': aiSystemComponent(r.organization.id, i.ref), type: 'component' }] }
      : {}),
    ...(i.evidenceIds.length
      ? {
          'relevant-evidence': i.evidenceIds.map((e) => ({
            href: `#${stableUuid('evidence', e)}`,
            description: `Evidence ${e}`,
          })),
        }
      : {}),
    collected: i.updatedAt,
  }));
  const findingObservations = r.findings
    .filter((f) => !f.checklistItemId || !itemById.get(f.checklistItemId)?.result)
    .map((f) => ({
      uuid: stableUuid('finding-observation', f.id),
      description: f.description || f.title,
      methods: ['EXAMINE'],
      types: ['finding'],
      collected: f.createdAt,
    }));
  const evidence = [
    ...new Set([...r.items.flatMap((i) => i.evidenceIds), ...r.findings.flatMap((f) => f.evidenceIds)]),
  ];
  const findings = r.findings.map((f) => {
    const t = target(f.requirementRefs[0]);
    const obs =
      f.checklistItemId && itemById.get(f.checklistItemId)?.result
        ? observationUuid(f.checklistItemId)
        : stableUuid('finding-observation', f.id);
    return {
      uuid: stableUuid('finding', f.id),
      title: f.title,
      description: f.description || f.title,
      props: [
        { name: 'finding-kind', ns: NS, value: f.kind.replace('_', '-') },
        { name: 'finding-id', ns: NS, value: f.id },
        ...(f.nonconformityId ? [{ name: 'nonconformity-id', ns: NS, value: f.nonconformityId }] : []),
        ...f.requirementRefs.map((ref) => ({ name: 'requirement', ns: NS, value: ref })),
      ],
      target: {
        ...t,
        status: { state: f.kind === 'major_nc' || f.kind === 'minor_nc' ? 'not-satisfied' : 'satisfied' },
      },
      'related-observations': [{ 'observation-uuid': obs }],
    };
  });
  const start = a.startedAt ?? a.createdAt;
  return {
    'assessment-results': {
      ...documentHead(r, 'assessment-results', 'results'),
      'import-ap': { href: `#${apResource}` },
      results: [
        {
          uuid: stableUuid('result', a.id),
          title: a.title,
          description: a.conclusion || `Internal audit ${a.status.replace('_', ' ')}.`,
          start,
          ...(a.completedAt ? { end: a.completedAt } : {}),
          props: [{ name: 'audit-status', ns: NS, value: a.status.replace('_', '-') }],
          // The sampled AI systems the observations name as subjects (results carry their own components).
          ...(a.sample.length ? { 'local-definitions': { components: sampledComponents(r) } } : {}),
          'reviewed-controls': reviewedControls(r),
          ...(observations.length + findingObservations.length
            ? { observations: [...observations, ...findingObservations] }
            : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
      'back-matter': {
        resources: [
          resource(
            apResource,
            'Assessment plan',
            `oscal-assessment-plan.json?auditId=${a.id}`,
            'application/oscal.ap+json',
          ),
          ...evidence.map((e) => ({
            uuid: stableUuid('evidence', e),
            title: `Evidence ${e}`,
            props: [{ name: 'evidence-id', ns: NS, value: e }],
          })),
        ],
      },
    },
  };
}

/** One open nonconformity and its corrective actions, as the POA&M reads them. */
export interface PoamEntry {
  nc: {
    id: string;
    title: string;
    description: string;
    severity: string;
    status: string;
    sourceRef: string | null;
    requirementRefs: string[];
    detectedOn: string;
    createdAt: string;
  };
  actions: {
    id: string;
    description: string;
    status: string;
    dueDate: string | null;
    effective: boolean | null;
  }[];
}

/**
 * Open nonconformities as an OSCAL plan-of-action-and-milestones: each one a poam-item with a risk whose
 * remediations are its corrective actions (planned while open, completed when done).
 */
export function oscalPoam(org: { id: string; name: string }, entries: PoamEntry[], at: Date) {
  const sspResource = stableUuid('ssp-resource', org.id);
  const risks = entries.map(({ nc, actions }) => ({
    uuid: stableUuid('nc-risk', nc.id),
    title: nc.title,
    description: nc.description || nc.title,
    statement: `Nonconformity (${nc.severity}) against ${nc.requirementRefs.join(', ') || 'the AIMS'}, detected ${nc.detectedOn}.`,
    props: [
      { name: 'nonconformity-id', ns: NS, value: nc.id },
      { name: 'severity', ns: NS, value: nc.severity },
    ],
    status: 'open',
    ...(actions.length
      ? {
          remediations: actions
            .filter((ca) => ca.status !== 'cancelled')
            .map((ca) => ({
              uuid: stableUuid('corrective-action', ca.id),
              lifecycle: ca.status === 'done' ? 'completed' : 'planned',
              title: 'Corrective action',
              description: ca.description,
              props: [
                { name: 'corrective-action-id', ns: NS, value: ca.id },
                ...(ca.effective !== null
                  ? [{ name: 'effective', ns: NS, value: ca.effective ? 'yes' : 'no' }]
                  : []),
              ],
              ...(ca.dueDate
                ? {
                    tasks: [
                      {
                        uuid: stableUuid('corrective-action-task', ca.id),
                        type: 'milestone',
                        title: `Due ${ca.dueDate}`,
                        timing: { 'on-date': { date: `${ca.dueDate}T00:00:00Z` } },
                      },
                    ],
                  }
                : {}),
            })),
        }
      : {}),
  }));
  return {
    'plan-of-action-and-milestones': {
      uuid: stableUuid('poam', org.id, at.toISOString().slice(0, 10)),
      metadata: metadata(
        `${org.name} — open nonconformities and corrective actions`,
        at,
        at.toISOString().slice(0, 10),
      ),
      'import-ssp': { href: `#${sspResource}` },
      'system-id': { 'identifier-type': `${NS}/organization`, id: org.id },
      ...(risks.length ? { risks } : {}),
      // OSCAL needs at least one item: with nothing open, one item says so.
      'poam-items': entries.length
        ? poamItems(entries)
        : [
            {
              uuid: stableUuid('poam-none', org.id),
              title: 'No open nonconformities',
              description: 'Every recorded nonconformity is closed.',
              props: [{ name: 'status', ns: NS, value: 'none-open' }],
            },
          ],
      'back-matter': sspBackMatter(sspResource),
    },
  };
}

function poamItems(entries: PoamEntry[]) {
  return entries.map(({ nc }) => ({
    uuid: stableUuid('poam-item', nc.id),
    title: nc.title,
    description: nc.description || nc.title,
    props: [
      { name: 'nonconformity-id', ns: NS, value: nc.id },
      { name: 'status', ns: NS, value: nc.status.replace('_', '-') },
      ...(nc.sourceRef ? [{ name: 'source-ref', ns: NS, value: nc.sourceRef }] : []),
    ],
    'related-risks': [{ 'risk-uuid': stableUuid('nc-risk', nc.id) }],
  }));
}
