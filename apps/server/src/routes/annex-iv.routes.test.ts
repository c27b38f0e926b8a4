// EU AI Act Annex IV over HTTP: the nine sections traced to their records, the PDF read back, the DOCX opened with
// a DOCX library, a final export refused while a required field is empty, and another organization's system 404.
import {
  classifyAiSystem,
  createAiSystem,
  createDataset,
  createDocument,
  createImpactAssessment,
  createMetric,
  createModel,
  createRisk,
  updateAiSystem,
} from '@openaims/services';
import { pdfText } from '@openaims/services/testing/pdf-text';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
let complete: string;
let partial: string;
let foreign: string;
const actor = { type: 'system' as const, id: null };

beforeAll(async () => {
  const ctx = { db: t.database.db, orgId: f.a.org.id, role: 'owner' as const, actor };
  const model = await createModel(ctx, {
    name: 'ranker',
    modelVersion: '2.1',
    modelType: 'gradient-boosted trees',
    provider: 'in-house',
    metrics: [{ name: 'AUC', value: '0.91' }],
    verificationRecords: [
      {
        date: '2026-10-01',
        kind: 'validation',
        summary: 'Hold-out evaluation by age band',
        outcome: 'passed',
      },
    ],
  });
  const data = await createDataset(ctx, {
    name: 'Applications 2020–2025',
    provenance: 'Our own applicant tracking system, with consent',
  });
  let sys = await createAiSystem(ctx, {
    name: 'Resume screener',
    purpose: 'Rank job applications for a recruiter',
    description: 'A ranker over parsed CVs; the recruiter sees the top 50.',
    humanOversight: 'A recruiter reviews every shortlist and can override it.',
    foreseeableMisuse: 'Using the rank as the only reason to reject someone.',
  });
  sys = await updateAiSystem(ctx, sys.id, { modelIds: [model.id], datasetIds: [data.id] });
  sys = await classifyAiSystem(ctx, sys.id, { answers: { annexIIIAreas: ['employment'] } });
  await createRisk(ctx, {
    title: 'Age bias in the ranking',
    likelihood: 3,
    consequence: 4,
    aiSystemId: sys.id,
  });
  await createImpactAssessment(ctx, { aiSystemId: sys.id, title: 'Hiring FRIA', template: 'eu_fria' });
  await createMetric(ctx, {
    name: 'Selection-rate gap',
    aiSystemId: sys.id,
    unit: 'pp',
    direction: 'lower_is_better',
    warningThreshold: 5,
    breachThreshold: 10,
  });
  await createDocument(ctx, { title: 'EU declaration of conformity — Resume screener', type: 'record' });
  complete = sys.id;
  partial = (await createAiSystem(ctx, { name: 'Chat helper', purpose: 'Answer staff questions' })).id;
  foreign = (
    await createAiSystem(
      { db: t.database.db, orgId: f.b.org.id, role: 'owner', actor },
      { name: 'Other', purpose: 'Elsewhere' },
    )
  ).id;
});

const org = () => `/api/v1/orgs/${f.a.org.id}`;

describe('Annex IV technical documentation (EU AI Act Art. 11)', () => {
  it('has nine sections, every line traced to its record, and no gap for a documented high-risk system', async () => {
    const res = await t.call('GET', `${org()}/ai-systems/${complete}/annex-iv`, { token: f.tokens.viewer });
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.highRisk).toBe(true);
    expect(doc.sections.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.gaps).toEqual([]);
    const lines = doc.sections.flatMap((s: { fields: { lines: { source: { type: string } }[] }[] }) =>
      s.fields.flatMap((x) => x.lines),
    );
    const types = new Set(lines.map((l: { source: { type: string } }) => l.source.type));
    for (const type of [
      'ai_system',
      'model',
      'dataset',
      'risk',
      'impact_assessment',
      'metric',
      'control',
      'document',
    ])
      expect(types, type).toContain(type);
  });

  it('exports the PDF with the nine sections, each statement naming its source, and page numbers', async () => {
    const res = await t.call('GET', `${org()}/exports/annex-iv.pdf?aiSystemId=${complete}`, {
      token: f.tokens.auditor,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(
      /filename="org-a_annex-iv-resume-screener_\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = pdfText(bytes);
    // The footer's total is the document's real page count (drawing a footer must not start a page of its own).
    const pages = bytes.toString('latin1').match(/\/Type \/Page\b/g)?.length;
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    for (const title of [
      '1. General description',
      '5. Risk management system',
      '9. Post-market monitoring plan',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Hold-out evaluation by age band');
    expect(text).toMatch(/Source: Model .ranker. \(/);
    expect(text).toMatch(/Source: Risk .Age bias in the ranking. \(/);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).not.toContain('DRAFT');
  });

  it('exports a DOCX that a DOCX library opens, with the same sections and sources', async () => {
    const res = await t.call('GET', `${org()}/exports/annex-iv.docx?aiSystemId=${complete}`, {
      token: f.tokens.viewer,
    });
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    for (let n = 1; n <= 9; n++) expect(value).toMatch(new RegExp(`^${n}\\. `, 'm'));
    expect(value).toContain('A recruiter reviews every shortlist');
    expect(value).toMatch(/Source: Dataset .Applications 2020–2025. \(/);
    expect(value).toContain('EU declaration of conformity — Resume screener');
  });

  it('refuses a final export with 422 naming each gap, and prints it marked DRAFT on request', async () => {
    const refused = await t.call('GET', `${org()}/exports/annex-iv.docx?aiSystemId=${partial}`, {
      token: f.tokens.owner,
    });
    expect(refused.status).toBe(422);
    const body = await refused.json();
    const messages = body.errors.map((e: { message: string }) => e.message).join('\n');
    expect(messages).toContain('not high-risk');
    expect(messages).toContain('section 2: Models is empty');
    expect(messages).toContain('section 8: Declaration of conformity is empty');
    const draft = await t.call('GET', `${org()}/exports/annex-iv.pdf?aiSystemId=${partial}&draft=true`, {
      token: f.tokens.owner,
    });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-disposition')).toMatch(/_annex-iv-[a-z0-9-]+-draft_\d{4}-/);
    const text = pdfText(Buffer.from(await draft.arrayBuffer()));
    expect(text).toContain('DRAFT');
    expect(text).toContain('Open gaps');
    expect(text).toContain('Nothing recorded yet.');
  });

  it('answers 400 without aiSystemId and 404 for another organization’s or an unknown system', async () => {
    const absent = await t.call('GET', `${org()}/exports/annex-iv.pdf`, { token: f.tokens.owner });
    expect(absent.status).toBe(400);
    for (const id of [foreign, 'ais_00000000000000000000000000']) {
      expect(
        (
          await t.call('GET', `${org()}/exports/annex-iv.pdf?aiSystemId=${id}&draft=true`, {
            token: f.tokens.owner,
          })
        ).status,
      ).toBe(404);
      expect(
        (await t.call('GET', `${org()}/ai-systems/${id}/annex-iv`, { token: f.tokens.owner })).status,
      ).toBe(404);
    }
  });
});
