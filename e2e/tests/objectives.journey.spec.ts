// The objectives journey in a real browser: set an objective with a KPI, be told an active one needs an owner,
// record two measurements and see the server's KPI status and the trend chart.
import { expect, test } from '@playwright/test';
import { choose, expectAccessible, openDialog, openPage, owner, signIn } from './support.ts';

test('set an objective, measure its KPI, see it on track', async ({ page, request }) => {
  await signIn(page, request);

  await openPage(page, 'Objectives');
  const dialog = await openDialog(page, 'New objective');
  await dialog.getByLabel('Objective').fill('Fair selection in hiring models');
  await dialog.getByRole('button', { name: 'Add a KPI' }).click();
  await dialog.getByLabel('KPI 1 name').fill('Selection-rate ratio');
  await dialog.getByLabel('KPI 1 target').fill('0.8');
  await choose(dialog, 'Status', 'Active');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('an active objective needs someone responsible')).toBeVisible();
  await choose(dialog, 'Owner', owner.name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Objectives' })).toContainText('No data');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Fair selection in hiring models' }).click();
  await choose(page, 'KPI', 'Selection-rate ratio');
  await page.getByLabel('Value').fill('0.7');
  await page.getByLabel('Measured on').fill('2026-10-01');
  await page.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByText('Off track')).toBeVisible();
  await page.getByLabel('Value').fill('0.85');
  await page.getByLabel('Measured on').fill('2026-11-01');
  await page.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByText('On track')).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Selection-rate ratio: 2 measurements, latest 0.85/ }),
  ).toBeVisible();
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/objective.png`, fullPage: true });
  await expectAccessible(page);
});
