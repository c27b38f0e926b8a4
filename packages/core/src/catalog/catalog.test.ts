import { describe, expect, it } from 'vitest';
import { FRAMEWORK_IDS, MappingSchema, RequirementSchema } from './catalog.schema.ts';
import { findRequirement, frameworkRequirements, ISO42001_REQUIREMENTS, listFrameworks } from './catalog.ts';
import {
  ANNEX_A_CONTROL_PATTERN,
  ANNEX_A_CONTROLS,
  annexAArea,
  isAnnexAControl,
} from './iso42001.annex-a.ts';
import { ANNEX_C_OBJECTIVES, ANNEX_C_RISK_SOURCES } from './iso42001.annex-c.ts';
import { TRACKED_CLAUSE_REFS } from './iso42001.clauses.ts';
import { findMappings, invertMapping, MAPPINGS } from './mappings.ts';

describe('ISO/IEC 42001 catalogue', () => {
  it('has exactly 38 Annex A controls, split 3+2+5+4+2+7+5+4+3+3 by area and sub-area', () => {
    expect(ANNEX_A_CONTROLS).toHaveLength(38);
    const byParent = new Map<string, number>();
    for (const c of ANNEX_A_CONTROLS) byParent.set(c.parentRef!, (byParent.get(c.parentRef!) ?? 0) + 1);
    expect(Object.fromEntries(byParent)).toEqual({
      'A.2': 3,
      'A.3': 2,
      'A.4': 5,
      'A.5': 4,
      'A.6.1': 2,
      'A.6.2': 7,
      'A.7': 5,
      'A.8': 4,
      'A.9': 3,
      'A.10': 3,
    });
    expect(ANNEX_A_CONTROLS[0]!.ref).toBe('A.2.2');
    expect(ANNEX_A_CONTROLS[37]!.ref).toBe('A.10.4');
    for (const c of ANNEX_A_CONTROLS) expect(c.ref).toMatch(ANNEX_A_CONTROL_PATTERN);
  });

  it('carries the official short titles of sample controls', () => {
    expect(findRequirement('iso-iec-42001-2023', 'A.6.2.4')?.title).toBe(
      'AI system verification and validation',
    );
    expect(findRequirement('iso-iec-42001-2023', 'A.5.4')?.title).toBe(
      'Assessing AI system impact on individuals or groups of individuals',
    );
    expect(findRequirement('iso-iec-42001-2023', 'A.6.1.3')?.title).toBe(
      'Processes for responsible AI system design and development',
    );
    expect(findRequirement('iso-iec-42001-2023', 'A.10.4')?.title).toBe('Customers');
  });

  it('has every clause 4.1–10.2 including the sub-clauses, with 10.1 continual improvement before 10.2', () => {
    const refs = ISO42001_REQUIREMENTS.filter((r) => r.kind === 'clause').map((r) => r.ref);
    for (const ref of [
      '4.1',
      '4.4',
      '6.1.1',
      '6.1.4',
      '6.3',
      '7.5.1',
      '7.5.3',
      '8.4',
      '9.2.1',
      '9.2.2',
      '9.3.1',
      '9.3.3',
      '10.1',
      '10.2',
    ]) {
      expect(refs).toContain(ref);
    }
    expect(findRequirement('iso-iec-42001-2023', '10.1')?.title).toBe('Continual improvement');
    expect(TRACKED_CLAUSE_REFS).toHaveLength(32);
    expect(TRACKED_CLAUSE_REFS).not.toContain('6.1');
    expect(TRACKED_CLAUSE_REFS[0]).toBe('4.1');
    expect(TRACKED_CLAUSE_REFS.at(-1)).toBe('10.2');
  });

  it('puts A.6.1 and A.6.2 under A.6 and recognises exactly the control refs', () => {
    expect(findRequirement('iso-iec-42001-2023', 'A.6.1')?.parentRef).toBe('A.6');
    expect(annexAArea('A.6.2.4')).toBe('A.6');
    expect(isAnnexAControl('A.6.2.1')).toBe(false);
    expect(isAnnexAControl('A.5.1')).toBe(false);
    expect(isAnnexAControl('A.10.4')).toBe(true);
  });

  it('lists 11 Annex C objectives and 7 risk sources', () => {
    expect(ANNEX_C_OBJECTIVES).toHaveLength(11);
    expect(ANNEX_C_RISK_SOURCES.map((r) => r.ref)).toEqual([
      'C.3.1',
      'C.3.2',
      'C.3.3',
      'C.3.4',
      'C.3.5',
      'C.3.6',
      'C.3.7',
    ]);
  });
});

describe('other frameworks', () => {
  it('lists the four frameworks with unique, schema-valid requirements whose parents exist', () => {
    expect(listFrameworks().map((f) => f.id)).toEqual([...FRAMEWORK_IDS]);
    for (const id of FRAMEWORK_IDS) {
      const reqs = frameworkRequirements(id);
      const refs = new Set(reqs.map((r) => r.ref));
      expect(refs.size, id).toBe(reqs.length);
      for (const r of reqs) {
        RequirementSchema.parse(r);
        if (r.parentRef) expect(refs.has(r.parentRef), `${id} ${r.ref}`).toBe(true);
        expect(r.summary.length, `${id} ${r.ref}`).toBeGreaterThan(5);
      }
    }
  });

  it('has the 72 NIST AI RMF subcategories (GOVERN 19, MAP 18, MEASURE 22, MANAGE 13) in 19 categories', () => {
    const reqs = frameworkRequirements('nist-ai-rmf-1.0');
    const subs = reqs.filter((r) => r.kind === 'control');
    expect(subs).toHaveLength(72);
    const count = (fn: string) => subs.filter((s) => s.ref.startsWith(`${fn} `)).length;
    expect([count('GOVERN'), count('MAP'), count('MEASURE'), count('MANAGE')]).toEqual([19, 18, 22, 13]);
    expect(reqs.filter((r) => r.kind === 'objective' && r.parentRef)).toHaveLength(19);
  });

  it('leaves 6.1.4 and 8.4 out of ISO/IEC 27001 and names its scope clause for the ISMS', () => {
    const refs = frameworkRequirements('iso-iec-27001-2022').map((r) => r.ref);
    expect(refs).not.toContain('6.1.4');
    expect(refs).not.toContain('8.4');
    expect(findRequirement('iso-iec-27001-2022', '4.3')?.title).toBe(
      'Determining the scope of the information security management system',
    );
  });

  it('has the EU AI Act articles named in the issue and the eight Annex III areas', () => {
    const refs = frameworkRequirements('eu-ai-act-2024').map((r) => r.ref);
    for (const a of [4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 17, 26, 27, 50, 72, 73])
      expect(refs).toContain(`Art. ${a}`);
    expect(refs.filter((r) => r.startsWith('Annex III.'))).toHaveLength(8);
  });
});

describe('mappings', () => {
  it('point only at requirements that exist, with valid relations', () => {
    for (const m of MAPPINGS) {
      MappingSchema.parse(m);
      expect(findRequirement(m.fromFramework, m.fromRef), `${m.fromFramework} ${m.fromRef}`).toBeDefined();
      expect(findRequirement(m.toFramework, m.toRef), `${m.toFramework} ${m.toRef}`).toBeDefined();
    }
  });

  it('cite every Annex A control from NIST AI RMF at least once', () => {
    const cited = new Set(
      findMappings({ from: 'iso-iec-42001-2023', to: 'nist-ai-rmf-1.0' }).map((m) => m.fromRef),
    );
    for (const c of ANNEX_A_CONTROLS) expect(cited.has(c.ref), c.ref).toBe(true);
  });

  it('serve either direction and invert subset/superset', () => {
    const forward = findMappings({ from: 'iso-iec-42001-2023', to: 'iso-iec-27001-2022', ref: '6.1.2' });
    expect(forward).toEqual([
      expect.objectContaining({ toRef: '6.1.2', relation: 'superset', confidence: 'high' }),
    ]);
    const back = findMappings({ from: 'iso-iec-27001-2022', to: 'iso-iec-42001-2023', ref: '6.1.2' });
    expect(back[0]).toMatchObject({ relation: 'subset', toFramework: 'iso-iec-42001-2023' });
    expect(invertMapping(invertMapping(forward[0]!))).toEqual(forward[0]);
    const art27 = findMappings({ from: 'iso-iec-42001-2023', to: 'eu-ai-act-2024', ref: 'A.5.4' }).map(
      (m) => m.toRef,
    );
    expect(art27).toEqual(expect.arrayContaining(['Art. 5', 'Art. 9', 'Art. 10', 'Art. 27']));
  });
});
