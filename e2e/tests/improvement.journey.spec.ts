// The improvement journey in a real browser: record a serious incident and see its Art. 73 deadline, then take a
// nonconformity from open through correction, root cause, a corrective action and its effectiveness check to closed.
import { expect, test } from '@playwright/test';
import { closeAsEffective, planCorrectiveAction } from './nonconformity-steps.ts';
import { dismissToasts, expectAccessible, openDialog, openPage, signIn } from './support.ts';

test('record an incident and close a nonconformity', async ({ page, request }) => {
  await signIn(page, request);
  await openPage(page, 'Improvement');

  const dialog = await openDialog(page, 'Incident');
  await dialog.getByLabel('What happened').fill('Triage model sent a cardiac call to the low-priority queue');
  await dialog.getByLabel('Serious harm to health').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(/Serious incident: report to the authority by \d{4}-\d{2}-\d{2}/),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Incidents' }).click();
  await expect(page.getByRole('table', { name: 'Incidents' })).toContainText(
    /Report by \d{4}-\d{2}-\d{2} \(15 d\)/,
  );
  // Toasts fade in and out; dismiss them so axe reads settled colours.
  await dismissToasts(page);
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Nonconformities' }).click();
  await page.getByRole('button', { name: 'Nonconformity' }).click();
  await dialog.getByLabel('What is not fulfilled').fill('Model changed without re-assessing its risks');
  await dialog.getByLabel('Requirements not met').fill('8.2, A.6.2.4');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Model changed without re-assessing its risks' }).click();

  await page.getByRole('button', { name: 'Close nonconformity' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'record the correction made' })).toBeVisible();
  await planCorrectiveAction(page, {
    correction: 'Risks re-assessed the same week',
    rootCause: 'Change process did not trigger re-assessment',
    action: 'Flag risks for re-assessment on every model change',
  });
  await closeAsEffective(page, 'Two model changes since, both re-assessed');
  await dismissToasts(page);
  await expectAccessible(page);
});
