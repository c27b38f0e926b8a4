import { describe, expect, it } from 'vitest';
import {
  ANNEX_IV_SECTIONS,
  type AnnexIvFacts,
  assertAnnexIvExportable,
  buildAnnexIv,
} from './annex-iv.rules.ts';

const empty = (over: Partial<AnnexIvFacts['system']> = {}): AnnexIvFacts => ({
  organization: { id: 'org_1', name: 'Acme' },
  system: {
    id: 'ais_1',
    name: 'Resume screener',
    purpose: 'Rank applications',
    description: '',
    intendedUse: '',
    foreseeableMisuse: '',
    humanOversight: '',
    deploymentContext: '',
    lifecycleStage: 'design',
    riskClass: 'high',
    operatorRole: 'provider',
    ...over,
  },
  models: [],
  datasets: [],
  suppliers: [],
  risks: [],
  impactAssessments: [],
  verificationEvidence: [],
  metrics: [],
  controls: [],
  changes: [],
  declarations: [],
  monitoringPlans: [],
});

const at = new Date('2026-12-01T00:00:00Z');

describe('Annex IV (EU AI Act Art. 11)', () => {
  it('always has the nine sections, in order', () => {
    const doc = buildAnnexIv(empty(), at);
    expect(doc.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.sections.map((s) => s.title)).toEqual(ANNEX_IV_SECTIONS.map((s) => s.title));
  });

  it('lists every required field with nothing behind it as a gap, and no filled one', () => {
    const doc = buildAnnexIv(empty(), at);
    const keys = doc.gaps.map((g) => `${g.section}.${g.field}`);
    expect(keys).toContain('2.models');
    expect(keys).toContain('8.declaration');
    expect(keys).not.toContain('1.intendedPurpose');
    expect(keys).not.toContain('1.operator');
  });

  it('traces every line to the record it came from', () => {
    const facts = empty({
      description: 'A gradient-boosted ranker',
      humanOversight: 'A recruiter reviews each list',
    });
    facts.models = [
      {
        id: 'mdl_1',
        name: 'ranker',
        modelVersion: '2.1',
        modelType: 'gbdt',
        provider: 'in-house',
        description: '',
        metrics: [{ name: 'AUC', value: 0.91 }],
        verificationRecords: [{ title: 'Hold-out evaluation' }],
      },
    ];
    facts.risks = [{ id: 'rsk_1', title: 'Age bias', status: 'treated', level: 'high' }];
    const doc = buildAnnexIv(facts, at);
    const line = (sec: number, key: string) =>
      doc.sections[sec - 1]!.fields.find((f) => f.key === key)!.lines;
    expect(line(2, 'models')[0]).toMatchObject({ source: { type: 'model', id: 'mdl_1' } });
    expect(line(2, 'models')[0]!.text).toContain('version 2.1');
    expect(line(2, 'validation')[0]).toMatchObject({
      text: 'ranker: Hold-out evaluation',
      source: { id: 'mdl_1' },
    });
    expect(line(4, 'performance')[0]!.text).toBe('ranker: AUC = 0.91');
    expect(line(5, 'risks')[0]).toMatchObject({ source: { type: 'risk', id: 'rsk_1' } });
    expect(line(2, 'oversight')[0]).toMatchObject({ source: { type: 'ai_system', id: 'ais_1' } });
  });

  it('refuses a final export with gaps or for a system that is not high-risk, and allows a draft', () => {
    const gappy = {
      ...buildAnnexIv(empty(), at),
      aiSystem: { id: 'ais_1', name: 'Resume screener', riskClass: 'high' },
    };
    expect(() => assertAnnexIvExportable(gappy, false)).toThrow(/not complete/);
    expect(() => assertAnnexIvExportable(gappy, true)).not.toThrow();
    const minimal = {
      ...gappy,
      gaps: [],
      highRisk: false,
      aiSystem: { ...gappy.aiSystem, riskClass: 'minimal' },
    };
    try {
      assertAnnexIvExportable(minimal, false);
      expect.unreachable();
    } catch (e) {
      expect((e as { code: string }).code).toBe('RULE_VIOLATION');
      expect(JSON.stringify(e)).toContain('not high-risk');
    }
    expect(() => assertAnnexIvExportable({ ...gappy, gaps: [] }, false)).not.toThrow();
  });
});
