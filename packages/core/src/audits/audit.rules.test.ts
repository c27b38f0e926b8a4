import { describe, expect, it } from 'vitest';
import {
  auditDateProblems,
  buildChecklist,
  completeProblems,
  defaultProgrammeYears,
  drawSample,
  independenceConflicts,
  ncSeverityOf,
  programmeYearProblems,
  scopeProblems,
  seededRandom,
} from './audit.rules.ts';

describe('seeded sample (§9.2.2 sampling, reproducible)', () => {
  it('the same seed gives the same sequence, another seed another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
  it('a sample depends on the set, the size and the seed, not the order', () => {
    const pop = ['ais_e', 'ais_a', 'ais_c', 'ais_b', 'ais_d'];
    const s = drawSample(pop, 3, 7);
    expect(s).toHaveLength(3);
    expect(new Set(s).size).toBe(3);
    expect(drawSample([...pop].reverse(), 3, 7)).toEqual(s);
    expect(s.every((x) => pop.includes(x))).toBe(true);
  });
  it('never draws more than the population, and nothing from nothing', () => {
    expect(drawSample(['a', 'b'], 5, 1)).toEqual(['a', 'b']);
    expect(drawSample([], 3, 1)).toEqual([]);
    expect(drawSample(['a'], 0, 1)).toEqual([]);
  });
  it('different seeds draw different samples over a large population', () => {
    const pop = Array.from({ length: 50 }, (_, i) => `ais_${String(i).padStart(2, '0')}`);
    expect(drawSample(pop, 5, 1)).not.toEqual(drawSample(pop, 5, 2));
  });
});

describe('programme', () => {
  it('the default cycle runs stage 1 and 2, two surveillance years, recertification', () => {
    const y = defaultProgrammeYears(2027);
    expect(y.map((x) => x.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(y[0]!.stages).toEqual(['stage1', 'stage2']);
    expect(y[3]!.stages).toEqual(['recertification']);
    expect(programmeYearProblems(y)).toEqual([]);
  });
  it('refuses a year twice', () => {
    const y = defaultProgrammeYears(2027);
    expect(programmeYearProblems([...y, y[0]!])[0]!.message).toMatch(/2027 appears twice/);
  });
});

describe('checklist', () => {
  it('expands a parent clause to its leaves, keeps only applicable controls, lists sampled systems', () => {
    const lines = buildChecklist({
      clauses: ['9'],
      controls: ['A.6.2.6', 'A.8.3'],
      applicableControls: ['A.6.2.6'],
      sampledSystems: [
        { id: 'ais_2', name: 'Two' },
        { id: 'ais_1', name: 'One' },
      ],
    });
    const refs = lines.map((l) => l.ref);
    expect(refs).toContain('9.1');
    expect(refs).toContain('9.2.2');
    expect(refs).not.toContain('9');
    expect(refs).not.toContain('9.2');
    expect(refs).toContain('A.6.2.6');
    expect(refs).not.toContain('A.8.3');
    expect(lines.filter((l) => l.kind === 'ai_system').map((l) => l.ref)).toEqual(['ais_1', 'ais_2']);
  });
  it('names unknown clauses and controls', () => {
    expect(scopeProblems({ clauses: ['11.1'], controls: ['A.99'] }).map((e) => e.path)).toEqual([
      'scope.clauses.0',
      'scope.controls.0',
    ]);
    expect(scopeProblems({ clauses: ['9.2'], controls: ['A.6.2.6'] })).toEqual([]);
  });
});

describe('independence (§9.2.2)', () => {
  it('names the member and what they own', () => {
    const errs = independenceConflicts(
      { leadId: 'usr_a', teamIds: ['usr_b'] },
      [
        { kind: 'ai_system', id: 'ais_1', label: 'Scoring', ownerId: 'usr_b' },
        { kind: 'control', id: 'A.6.2.6', label: 'A.6.2.6', ownerId: 'usr_c' },
      ],
      { usr_b: 'Bea' },
    );
    expect(errs).toHaveLength(1);
    expect(errs[0]!.path).toBe('teamIds.0');
    expect(errs[0]!.message).toMatch(/Bea owns the AI system Scoring/);
  });
  it('no owner, no conflict', () => {
    expect(
      independenceConflicts({ leadId: 'usr_a', teamIds: [] }, [
        { kind: 'document', id: 'doc_1', label: 'Policy', ownerId: null },
      ]),
    ).toEqual([]);
  });
});

describe('planned dates (§9.2.2)', () => {
  it('an audit cannot end before it starts; open or equal dates pass', () => {
    expect(auditDateProblems('2026-03-10', '2026-03-09')).toEqual([
      { path: 'plannedEnd', message: 'the audit cannot end before it starts' },
    ]);
    expect(auditDateProblems('2026-03-10', '2026-03-10')).toEqual([]);
    expect(auditDateProblems(null, '2026-03-09')).toEqual([]);
    expect(auditDateProblems('2026-03-10', null)).toEqual([]);
  });
});

describe('completion', () => {
  it('refuses while items are unanswered, or with no checklist, or when done', () => {
    expect(completeProblems('in_progress', [{ ref: '9.1', result: null }])[0]!.message).toMatch(/9\.1/);
    expect(completeProblems('in_progress', [])).toHaveLength(1);
    expect(completeProblems('completed', [{ ref: '9.1', result: 'conforming' }])).toHaveLength(1);
    expect(completeProblems('in_progress', [{ ref: '9.1', result: 'not_applicable' }])).toEqual([]);
  });
  it('maps finding kinds to nonconformity severities', () => {
    expect(ncSeverityOf('major_nc')).toBe('major');
    expect(ncSeverityOf('minor_nc')).toBe('minor');
    expect(ncSeverityOf('observation')).toBeNull();
  });
});
