// The steps on a nonconformity's page that every journey closing one takes (§10.2): the correction and root cause,
// a corrective action, then its effectiveness check and the closure.
import { expect, type Page } from '@playwright/test';

/**
 * Records the correction and the root cause (§10.2 a, b), adds a corrective action and waits for the
 * nonconformity to show it planned.
 */
export async function planCorrectiveAction(
  page: Page,
  steps: { correction: string; rootCause: string; action: string },
): Promise<void> {
  await page.getByLabel('Correction (§10.2 a)').fill(steps.correction);
  await page.getByLabel('Root cause (§10.2 b)').fill(steps.rootCause);
  await page.getByRole('button', { name: 'Save analysis' }).click();
  await page.getByLabel('New corrective action').fill(steps.action);
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('Action planned')).toBeVisible();
}

/**
 * Marks the planned action done, judges it effective with a note (§10.2 d), closes the nonconformity and waits
 * for the closing date.
 */
export async function closeAsEffective(page: Page, effectivenessNote: string): Promise<void> {
  await page.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText('Verifying')).toBeVisible();
  await page.getByLabel(/Effectiveness note/).fill(effectivenessNote);
  await page.getByRole('button', { name: 'Effective', exact: true }).click();
  await page.getByRole('button', { name: 'Close nonconformity' }).click();
  await expect(page.getByText(/^Closed \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
}
