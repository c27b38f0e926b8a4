import { describe, expect, it } from 'vitest';
import {
  evidenceDateProblems,
  evidenceValidity,
  expiringSoonUntil,
  mediaTypeFromFileName,
  mediaTypesAgree,
  normalizeMediaType,
} from './evidence.rules.ts';
import { CreateEvidenceLinkSchema, EvidenceLinkSchema } from './evidence.schema.ts';

describe('evidence validity', () => {
  it('is expired the day after its last valid day, expiring soon within 30 days, else valid', () => {
    expect(evidenceValidity(null, '2026-06-01')).toBe('no_expiry');
    expect(evidenceValidity('2026-05-31', '2026-06-01')).toBe('expired');
    expect(evidenceValidity('2026-06-01', '2026-06-01')).toBe('expiring_soon');
    expect(evidenceValidity('2026-07-01', '2026-06-01')).toBe('expiring_soon');
    expect(evidenceValidity('2026-07-02', '2026-06-01')).toBe('valid');
    expect(expiringSoonUntil('2026-06-01')).toBe('2026-07-01');
  });

  it('refuses a validity that ends before the evidence date', () => {
    expect(evidenceDateProblems({ evidenceDate: '2026-06-01', validUntil: '2026-05-01' })).toEqual([
      { path: 'validUntil', message: 'must be on or after the evidence date' },
    ]);
    expect(evidenceDateProblems({ evidenceDate: '2026-06-01', validUntil: '2026-06-01' })).toEqual([]);
    expect(evidenceDateProblems({ evidenceDate: '2026-06-01', validUntil: null })).toEqual([]);
  });
});

describe('evidence media types', () => {
  it('accepts listed types only, ignoring parameters and case', () => {
    expect(normalizeMediaType('Application/PDF')).toBe('application/pdf');
    expect(normalizeMediaType('text/plain; charset=utf-8')).toBe('text/plain');
    expect(normalizeMediaType('text/html')).toBeUndefined();
    expect(normalizeMediaType('application/x-msdownload')).toBeUndefined();
    expect(normalizeMediaType(undefined)).toBeUndefined();
  });

  it('guesses from the extension', () => {
    expect(mediaTypeFromFileName('Model card.MD')).toBe('text/markdown');
    expect(mediaTypeFromFileName('eval.xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(mediaTypeFromFileName('run.exe')).toBeUndefined();
  });

  it('matches the declared type against the detected one', () => {
    expect(mediaTypesAgree('application/pdf', 'application/pdf')).toBe(true);
    expect(mediaTypesAgree('application/pdf', 'image/png')).toBe(false);
    expect(mediaTypesAgree('application/pdf', undefined)).toBe(false);
    expect(mediaTypesAgree('text/csv', undefined)).toBe(true);
    expect(mediaTypesAgree('text/plain', 'application/pdf')).toBe(false);
    // A DOCX is a ZIP inside; declared as a plain ZIP it does not agree.
    expect(
      mediaTypesAgree(
        'application/zip',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).toBe(false);
  });
});

describe('evidence links', () => {
  it('checks control and clause refs against the catalogue and ids for shape', () => {
    expect(EvidenceLinkSchema.safeParse({ targetType: 'control', targetId: 'A.6.2.4' }).success).toBe(true);
    expect(EvidenceLinkSchema.safeParse({ targetType: 'control', targetId: 'A.99.1' }).success).toBe(false);
    expect(EvidenceLinkSchema.safeParse({ targetType: 'clause', targetId: '9.1' }).success).toBe(true);
    expect(EvidenceLinkSchema.safeParse({ targetType: 'clause', targetId: '11.1' }).success).toBe(false);
    expect(
      EvidenceLinkSchema.safeParse({ targetType: 'risk', targetId: 'risk_0123456789abcdefghjkmnpqrs' })
        .success,
    ).toBe(true);
    expect(EvidenceLinkSchema.safeParse({ targetType: 'risk', targetId: "x' or 1=1" }).success).toBe(false);
  });

  it('takes only http(s) addresses for link evidence', () => {
    const base = { title: 'Dashboard', evidenceDate: '2026-01-01' };
    expect(CreateEvidenceLinkSchema.safeParse({ ...base, url: 'https://example.com/x' }).success).toBe(true);
    expect(CreateEvidenceLinkSchema.safeParse({ ...base, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(CreateEvidenceLinkSchema.safeParse({ ...base, url: 'file:///etc/passwd' }).success).toBe(false);
  });
});
