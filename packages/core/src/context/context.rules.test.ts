import { describe, expect, it } from 'vitest';
import { contextItemProblems } from './context.rules.ts';

describe('contextItemProblems', () => {
  it('accepts an issue with an effect and a party with requirements', () => {
    expect(contextItemProblems('external_issue', { effect: 'threat', requirements: [] })).toEqual([]);
    expect(
      contextItemProblems('interested_party', {
        effect: null,
        requirements: [{ text: 'GDPR Art. 22', addressedByAims: true, note: '' }],
      }),
    ).toEqual([]);
  });

  it('keeps requirements to parties and effects to issues', () => {
    expect(
      contextItemProblems('internal_issue', {
        requirements: [{ text: 'x', addressedByAims: true, note: '' }],
      }).map((e) => e.path),
    ).toEqual(['requirements']);
    expect(contextItemProblems('interested_party', { effect: 'opportunity' }).map((e) => e.path)).toEqual([
      'effect',
    ]);
  });

  it('asks why a requirement is left outside the AIMS', () => {
    const reqs = [
      { text: 'Explain every decision', addressedByAims: false, note: '' },
      { text: 'Report incidents', addressedByAims: false, note: 'Handled by the security ISMS' },
    ];
    expect(contextItemProblems('interested_party', { requirements: reqs })).toEqual([
      { path: 'requirements.0.note', message: expect.stringContaining('not addressed') },
    ]);
  });
});
