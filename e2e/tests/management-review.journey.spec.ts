// The management review journey in a real browser (§9.3): plan a review, look at its live inputs, freeze them at
// the meeting, record a decision that becomes a task, approve, and see the frozen hash, the diff and the dashboard.
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { choose, dismissToasts, expectAccessible, openDialog, openPage, owner, signIn } from './support.ts';

const shot = (name: string) => path.join(os.tmpdir(), `aims-review-${name}.png`);

async function settle(page: import('@playwright/test').Page) {
  await dismissToasts(page);
}

test('plan, freeze, decide and approve a management review', async ({ page, request }) => {
  await signIn(page, request);
  await openPage(page, 'Management reviews');
  await expect(page.getByText('No management review yet')).toBeVisible();
  await expectAccessible(page);

  const dialog = await openDialog(page, 'Plan a review');
  await dialog.getByLabel('Title').fill('Management review Q4');
  await dialog.getByRole('button', { name: 'Plan review' }).click();
  await expect(page.getByRole('heading', { name: 'Management review Q4', level: 1 })).toBeVisible();
  await expect(page.getByText('Status of actions from previous reviews')).toBeVisible();
  await expect(page.getByText(/live preview/).first()).toBeVisible();
  await settle(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Freeze inputs' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('inputs-sha256')).toHaveText(/^[0-9a-f]{64}$/);
  await settle(page);
  await page.screenshot({ path: shot('frozen'), fullPage: true });
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Decisions and actions (9.3.3)' }).click();
  await page.getByLabel('Decision or action').fill('Add a fairness KPI to every credit model');
  await choose(page, 'Owner', owner.name);
  await page.getByLabel('Due date').fill('2027-03-31');
  await page.getByRole('button', { name: 'Add decision' }).click();
  await expect(page.getByRole('cell', { name: 'Add a fairness KPI to every credit model' })).toBeVisible();
  await expect(page.getByText('Task created')).toBeVisible();
  await settle(page);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Since the previous review' }).click();
  await expect(page.getByText('This is the first review: every number is new.')).toBeVisible();
  await settle(page);
  await page.screenshot({ path: shot('approved'), fullPage: true });
  await expectAccessible(page);

  // Readiness reads the approved review as the management-review results record (9.3.3).
  await openPage(page, 'Certification readiness');
  await expect(page.locator('tr[data-key="management_review_results"]')).toContainText('Approved');

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText(/Last review: \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(page.getByText(/Next due: \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await page.screenshot({ path: shot('dashboard'), fullPage: true });
  await expectAccessible(page);
});
