// A nonconformity for tests that need one to exist (to link to, to hide from another organization) but do not care
// what it records (§10.2).
import type { CreateNonconformityInput } from '@openaims/core';
import type { OrgContext } from '../context.ts';
import { createNonconformity } from '../improvement/nonconformity.service.ts';

/** Creates a minor nonconformity from an unnamed source; `overrides` sets what the test does care about. */
export function buildNonconformity(ctx: OrgContext, overrides: Partial<CreateNonconformityInput> = {}) {
  return createNonconformity(ctx, {
    title: 'x',
    source: 'other',
    severity: 'minor',
    detectedOn: '2026-11-01',
    ...overrides,
  });
}
