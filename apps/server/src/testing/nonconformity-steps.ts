// The last steps of the §10.2 flow over HTTP, walked the same way by the improvement and the audit route tests:
// the corrective action's effectiveness verified, then its nonconformity closed.
import { NonconformitySchema } from '@openaims/core';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/**
 * As the token's holder (a manager), records the corrective action effective with `note`, then closes the
 * nonconformity; each step answers 200 and the nonconformity ends `closed`.
 */
export async function verifyAndCloseNc(
  t: TestApp,
  orgBase: string,
  token: string,
  ids: { nc: string; ca: string },
  note: string,
): Promise<void> {
  const verified = await t.call('POST', `${orgBase}/corrective-actions/${ids.ca}/effectiveness`, {
    token,
    json: { effective: true, note },
  });
  expect(verified.status).toBe(200);
  const closed = await t.call('POST', `${orgBase}/nonconformities/${ids.nc}/close`, { token });
  expect(closed.status).toBe(200);
  expect(NonconformitySchema.parse(await closed.json()).status).toBe('closed');
}
