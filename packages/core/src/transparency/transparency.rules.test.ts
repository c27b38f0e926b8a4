import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PUBLIC_FIELDS,
  draftFromInventory,
  publicTransparency,
  publishProblems,
} from './transparency.rules.ts';
import { TRANSPARENCY_FIELDS } from './transparency.schema.ts';

const empty = draftFromInventory({ purpose: '', intendedUse: '', foreseeableMisuse: '', humanOversight: '' });
const names = { organizationName: 'Acme', systemName: 'Screening' };

describe('transparency rules (A.8.2, Art. 13)', () => {
  it('publishes what users need by default, not the notes for operators and authorities or the duties', () => {
    // The fields for users come first, up to their technical notes.
    const forUsers = TRANSPARENCY_FIELDS.slice(0, TRANSPARENCY_FIELDS.indexOf('userNotes') + 1);
    expect(forUsers).toHaveLength(7);
    expect(DEFAULT_PUBLIC_FIELDS).toEqual(forUsers);
  });

  it('drafts from the inventory record', () => {
    const d = draftFromInventory({
      purpose: 'Rank applications',
      intendedUse: 'Rank applications',
      foreseeableMisuse: 'final hiring decisions',
      humanOversight: 'A recruiter reviews every ranking',
    });
    expect(d.purpose).toBe('Rank applications');
    expect(d.limitations).toContain('final hiring decisions');
    expect(d.humanOversight).toBe('A recruiter reviews every ranking');
  });

  it('shows nothing unpublished, and only chosen non-empty fields when published', () => {
    const rec = {
      ...empty,
      purpose: 'Rank applications',
      authorityNotes: 'internal',
      published: false,
      publicFields: [...DEFAULT_PUBLIC_FIELDS],
      version: 2,
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    expect(publicTransparency(rec, names)).toBeUndefined();
    const view = publicTransparency({ ...rec, published: true }, names);
    expect(view?.sections.map((s) => s.field)).toEqual(['purpose']);
    expect(JSON.stringify(view)).not.toContain('internal');
  });

  it('refuses to publish a page with no published text', () => {
    expect(publishProblems({ ...empty, published: true, publicFields: ['purpose'] })).toHaveLength(1);
    expect(publishProblems({ ...empty, purpose: 'x', published: true, publicFields: ['purpose'] })).toEqual(
      [],
    );
  });
});
