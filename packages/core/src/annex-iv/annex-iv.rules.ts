// EU AI Act Art. 11 and Annex IV: the technical documentation of a high-risk AI system, as nine sections built from
// the records the AIMS already holds (ISO/IEC 42001 A.6.2.7, A.4, A.6.2.3, A.6.2.4, A.6.2.6, A.7). Every field
// names the records it was taken from, so an authority or a notified body can trace each statement; a required
// field with nothing behind it is a gap, and a document with gaps is exported only as a marked draft.
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { RISK_CLASS_LABEL, type RiskClass } from '../eu-ai-act/eu-ai-act.terms.ts';
import { METRIC_DIRECTION_LABEL, type METRIC_DIRECTIONS } from '../monitoring/monitoring.schema.ts';

type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** A record a field was taken from. `type` is the API's collection name in the singular (ai_system, model …). */
export const AnnexIvSourceSchema = z.object({ type: z.string(), id: z.string(), title: z.string() });
export type AnnexIvSource = z.infer<typeof AnnexIvSourceSchema>;

/** One line of a field: a statement and the record it comes from. */
export const AnnexIvLineSchema = z.object({ text: z.string(), source: AnnexIvSourceSchema });
export type AnnexIvLine = z.infer<typeof AnnexIvLineSchema>;

export const AnnexIvFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  lines: z.array(AnnexIvLineSchema),
});
export type AnnexIvField = z.infer<typeof AnnexIvFieldSchema>;

export const AnnexIvSectionSchema = z.object({
  number: z.number().int().min(1).max(9),
  title: z.string(),
  fields: z.array(AnnexIvFieldSchema),
});
export type AnnexIvSection = z.infer<typeof AnnexIvSectionSchema>;

export const AnnexIvGapSchema = z.object({ section: z.number().int(), field: z.string(), label: z.string() });
export type AnnexIvGap = z.infer<typeof AnnexIvGapSchema>;

/** `GET …/ai-systems/{id}/annex-iv`: the nine sections, their gaps, and whether the system is high-risk. */
export const AnnexIvDocumentSchema = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
  aiSystem: z.object({ id: z.string(), name: z.string(), riskClass: z.string() }),
  highRisk: z.boolean(),
  sections: z.array(AnnexIvSectionSchema),
  gaps: z.array(AnnexIvGapSchema),
  generatedAt: z.string().datetime(),
});
export type AnnexIvDocument = z.infer<typeof AnnexIvDocumentSchema>;

/** What to call each kind of source record on screen and on paper. */
export const ANNEX_IV_SOURCE_LABEL: Record<string, string> = {
  ai_system: 'AI system',
  model: 'Model',
  dataset: 'Dataset',
  supplier: 'Supplier',
  risk: 'Risk',
  impact_assessment: 'Impact assessment',
  evidence: 'Evidence',
  metric: 'Metric',
  ledger_entry: 'Ledger entry',
  control: 'SoA control',
  soa: 'SoA',
  document: 'Document',
};

/** The nine Annex IV points, with our short titles (the Regulation's own wording is in the Official Journal). */
export const ANNEX_IV_SECTIONS = [
  { number: 1, title: 'General description of the AI system' },
  { number: 2, title: 'Elements of the system and how it was developed' },
  { number: 3, title: 'Monitoring, functioning and control' },
  { number: 4, title: 'Appropriateness of the performance metrics' },
  { number: 5, title: 'Risk management system (Art. 9)' },
  { number: 6, title: 'Changes over the lifecycle' },
  { number: 7, title: 'Standards and specifications applied' },
  { number: 8, title: 'EU declaration of conformity (Art. 47)' },
  { number: 9, title: 'Post-market monitoring plan (Art. 72)' },
] as const;

/** What the AIMS holds about one AI system, gathered by the service; the rule below only arranges it. */
export interface AnnexIvFacts {
  organization: { id: string; name: string };
  system: {
    id: string;
    name: string;
    purpose: string;
    description: string;
    intendedUse: string;
    foreseeableMisuse: string;
    humanOversight: string;
    deploymentContext: string;
    lifecycleStage: string;
    riskClass: string;
    operatorRole: string | null;
  };
  models: {
    id: string;
    name: string;
    modelVersion: string;
    modelType: string;
    provider: string;
    description: string;
    metrics: { name: string; value: string | number }[];
    verificationRecords: { title: string }[];
  }[];
  datasets: {
    id: string;
    name: string;
    datasetVersion: string;
    provenance: string;
    qualityRequirements: string;
    knownBias: string;
  }[];
  suppliers: { id: string; name: string }[];
  risks: { id: string; title: string; status: string; level: string | null }[];
  impactAssessments: { id: string; title: string; status: string }[];
  /** Evidence linked to the system, or to A.6.2.4 (verification and validation). */
  verificationEvidence: { id: string; title: string; evidenceDate: string | null }[];
  metrics: { id: string; name: string; unit: string; direction: string; hasThreshold: boolean }[];
  /** Applicable Annex A controls with their implementation status label. */
  controls: { ref: string; title: string; status: string }[];
  changes: { id: string; at: string; action: string }[];
  /** Documents and evidence whose title names an EU declaration of conformity, or a post-market monitoring plan. */
  declarations: AnnexIvSource[];
  monitoringPlans: AnnexIvSource[];
}

const sys = (f: AnnexIvFacts): AnnexIvSource => ({
  type: 'ai_system',
  id: f.system.id,
  title: f.system.name,
});
const text = (t: string, source: AnnexIvSource): AnnexIvLine[] =>
  t.trim() ? [{ text: t.trim(), source }] : [];
const field = (key: string, label: string, required: boolean, lines: AnnexIvLine[]): AnnexIvField => ({
  key,
  label,
  required,
  lines,
});

/** Arranges the facts into the nine sections and lists every required field that has nothing behind it. */
export function buildAnnexIv(
  f: AnnexIvFacts,
  generatedAt: Date,
): Omit<AnnexIvDocument, 'organization' | 'aiSystem'> {
  const s = sys(f);
  const model = (m: AnnexIvFacts['models'][number]): AnnexIvSource => ({
    type: 'model',
    id: m.id,
    title: m.name,
  });
  const dataset = (d: AnnexIvFacts['datasets'][number]): AnnexIvSource => ({
    type: 'dataset',
    id: d.id,
    title: d.name,
  });
  /** The fields of each section, by its number in Annex IV. */
  const fields: Record<(typeof ANNEX_IV_SECTIONS)[number]['number'], AnnexIvField[]> = {
    1: [
      field('intendedPurpose', 'Intended purpose', true, [
        ...text(f.system.purpose, s),
        ...text(f.system.intendedUse, s),
      ]),
      field('operator', 'Operator role and lifecycle stage', true, [
        {
          text: `${f.system.operatorRole ? `Role under the AI Act: ${f.system.operatorRole}. ` : ''}Lifecycle stage: ${f.system.lifecycleStage}. Risk class: ${RISK_CLASS_LABEL[f.system.riskClass as RiskClass] ?? f.system.riskClass}.`,
          source: s,
        },
      ]),
      field('deployment', 'How the system is deployed and used', false, text(f.system.deploymentContext, s)),
      field('suppliers', 'Suppliers of components', false, [
        ...f.suppliers.map((x) => ({
          text: x.name,
          source: { type: 'supplier', id: x.id, title: x.name },
        })),
      ]),
    ],
    2: [
      field('design', 'Design and architecture', true, text(f.system.description, s)),
      field(
        'models',
        'Models',
        true,
        f.models.map((m) => ({
          text: [
            m.name,
            m.modelVersion && `version ${m.modelVersion}`,
            m.modelType,
            m.provider && `by ${m.provider}`,
          ]
            .filter(Boolean)
            .join(', ')
            .concat(m.description ? `. ${m.description}` : ''),
          source: model(m),
        })),
      ),
      field(
        'data',
        'Data and its provenance',
        true,
        f.datasets.map((d) => ({
          text: `${d.name}${d.datasetVersion ? ` (${d.datasetVersion})` : ''}: ${d.provenance.trim() || 'provenance not recorded'}`,
          source: dataset(d),
        })),
      ),
      field('oversight', 'Human oversight measures (Art. 14)', true, text(f.system.humanOversight, s)),
      field('validation', 'Verification and validation', true, [
        ...f.models.flatMap((m) =>
          m.verificationRecords.map((v) => ({ text: `${m.name}: ${v.title}`, source: model(m) })),
        ),
        ...f.verificationEvidence.map((e) => ({
          text: `${e.title}${e.evidenceDate ? ` (${e.evidenceDate})` : ''}`,
          source: { type: 'evidence', id: e.id, title: e.title },
        })),
      ]),
    ],
    3: [
      field(
        'limits',
        'Capabilities, limitations and foreseeable misuse',
        true,
        text(f.system.foreseeableMisuse, s),
      ),
      field(
        'inputData',
        'Input data requirements and known bias',
        false,
        f.datasets.flatMap((d) =>
          [d.qualityRequirements, d.knownBias && `Known bias: ${d.knownBias}`]
            .filter((x): x is string => !!x?.trim())
            .map((t) => ({ text: `${d.name}: ${t}`, source: dataset(d) })),
        ),
      ),
    ],
    4: [
      field('performance', 'Performance metrics and results', true, [
        ...f.models.flatMap((m) =>
          m.metrics.map((x) => ({ text: `${m.name}: ${x.name} = ${x.value}`, source: model(m) })),
        ),
        ...f.metrics.map((x) => ({
          text: `${x.name} (${x.unit || 'no unit'}, ${METRIC_DIRECTION_LABEL[x.direction as MetricDirection] ?? x.direction})`,
          source: { type: 'metric', id: x.id, title: x.name },
        })),
      ]),
    ],
    5: [
      field(
        'risks',
        'Identified risks and their treatment',
        true,
        f.risks.map((r) => ({
          text: `${r.title} — ${r.status}${r.level ? `, level ${r.level}` : ''}`,
          source: { type: 'risk', id: r.id, title: r.title },
        })),
      ),
      field(
        'impact',
        'Impact assessments',
        true,
        f.impactAssessments.map((a) => ({
          text: `${a.title} — ${a.status}`,
          source: { type: 'impact_assessment', id: a.id, title: a.title },
        })),
      ),
    ],
    6: [
      field(
        'changes',
        'Recorded changes',
        true,
        f.changes.map((c) => ({
          text: `${c.at.slice(0, 10)} ${c.action}`,
          source: { ...s, type: 'ledger_entry', id: c.id },
        })),
      ),
    ],
    7: [
      field('standards', 'Management system standard and controls applied', true, [
        ...(f.controls.length
          ? [
              {
                text: 'ISO/IEC 42001:2023 (AI management system)',
                source: { type: 'soa', id: 'soa', title: 'Statement of Applicability' },
              },
            ]
          : []),
        ...f.controls.map((c) => ({
          text: `${c.ref} ${c.title} — ${c.status}`,
          source: { type: 'control', id: c.ref, title: c.title },
        })),
      ]),
    ],
    8: [
      field(
        'declaration',
        'Declaration of conformity',
        true,
        f.declarations.map((d) => ({ text: d.title, source: d })),
      ),
    ],
    9: [
      field(
        'plan',
        'Post-market monitoring plan',
        false,
        f.monitoringPlans.map((d) => ({ text: d.title, source: d })),
      ),
      field(
        'monitoredMetrics',
        'Metrics monitored in operation',
        true,
        f.metrics.map((x) => ({
          text: `${x.name}${x.hasThreshold ? ', with thresholds that raise alerts' : ', no threshold set'}`,
          source: { type: 'metric', id: x.id, title: x.name },
        })),
      ),
    ],
  };
  const sections: AnnexIvSection[] = ANNEX_IV_SECTIONS.map(({ number, title }) => ({
    number,
    title,
    fields: fields[number],
  }));
  const gaps = sections.flatMap((sec) =>
    sec.fields
      .filter((x) => x.required && x.lines.length === 0)
      .map((x) => ({ section: sec.number, field: x.key, label: x.label })),
  );
  return { highRisk: f.system.riskClass === 'high', sections, gaps, generatedAt: generatedAt.toISOString() };
}

/**
 * Art. 11(1): the documentation is drawn up for high-risk systems and must be complete before the system is placed
 * on the market. A final export is refused (422, naming each gap) for a system that is not high-risk or while a
 * required field is empty; `draft` lets the work in progress be printed, marked as a draft on every page.
 */
export function assertAnnexIvExportable(
  doc: Pick<AnnexIvDocument, 'highRisk' | 'gaps' | 'aiSystem'>,
  draft: boolean,
): void {
  if (draft) return;
  const errors = [
    ...(doc.highRisk
      ? []
      : [
          {
            path: 'aiSystemId',
            message: `${doc.aiSystem.name} is classified ${doc.aiSystem.riskClass}, not high-risk: Annex IV applies to high-risk systems (export with draft=true to print it anyway)`,
          },
        ]),
    ...doc.gaps.map((g) => ({
      path: `sections.${g.section}.${g.field}`,
      message: `section ${g.section}: ${g.label} is empty`,
    })),
  ];
  if (errors.length)
    throw new AppError(
      'RULE_VIOLATION',
      `The Annex IV documentation of ${doc.aiSystem.name} is not complete: ${errors.length} problem(s). Fill the named records, or export with draft=true.`,
      { errors },
    );
}
