// The internal audit journey in a real browser (§9.2, §10.2): plan a programme and an audit, work its checklist,
// record a major finding, complete the audit, raise the nonconformity and take it to closure.
import { expect, test } from '@playwright/test';
import { closeAsEffective, planCorrectiveAction } from './nonconformity-steps.ts';
import { dismissToasts, expectAccessible, openDialog, openPage, signIn } from './support.ts';

test('plan an audit, work its checklist and close its major finding', async ({ page, request }) => {
  await signIn(page, request);
  await openPage(page, 'Internal audits');

  // The programme over the certification cycle, shown as a calendar of years.
  const dialog = await openDialog(page, 'Plan programme');
  await dialog.getByLabel('First year of the cycle').fill('2027');
  await dialog.getByRole('button', { name: 'Plan programme' }).click();
  await expect(page.getByLabel('Year 2030')).toContainText('Recertification');

  await page.getByRole('button', { name: 'Plan audit' }).click();
  await dialog.getByLabel('Title').fill('Internal audit of clause 9.2');
  await dialog.getByRole('button', { name: 'Plan audit' }).click();
  await expect(page.getByRole('heading', { name: 'Internal audit of clause 9.2', level: 1 })).toBeVisible();

  // Starting draws the checklist and records the sample's seed.
  await page.getByRole('button', { name: 'Start audit' }).click();
  await expect(page.getByTestId('sample')).toContainText(/seed \d+/);
  const results = page.getByRole('combobox', { name: /^Result for/ });
  await expect(results.first()).toBeVisible();
  const n = await results.count();
  expect(n).toBeGreaterThan(0);
  // Completing with unanswered items is refused.
  await page.getByRole('button', { name: 'Complete audit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no result yet' })).toBeVisible();
  for (let i = 0; i < n; i++) {
    const label = (await results.nth(i).getAttribute('aria-label')) ?? '';
    await results.nth(i).click();
    await page
      .getByRole('option', { name: label.includes('9.2.2') ? 'Nonconforming' : 'Conforming', exact: true })
      .click();
    await expect(page.getByRole('combobox', { name: label })).not.toHaveValue('');
  }
  await expect(page.getByRole('heading', { name: `Checklist (${n} of ${n} answered)` })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('textbox', { name: 'Finding', exact: true })
    .fill('Audit programme never approved by management');
  await page.getByRole('textbox', { name: 'Requirements' }).fill('9.2.2');
  await page.getByRole('button', { name: 'Record finding' }).click();
  await expect(page.getByRole('button', { name: 'Raise nonconformity' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Conclusion' }).fill('One major nonconformity against 9.2.2.');
  await page.getByRole('button', { name: 'Complete audit' }).click();
  await expect(page.locator('#main').getByText('Completed', { exact: true })).toBeVisible();

  // One step from the finding to a nonconformity, then §10.2 to closure.
  await page.getByRole('button', { name: 'Raise nonconformity' }).click();
  await expect(
    page.getByRole('heading', { name: 'Audit programme never approved by management', level: 1 }),
  ).toBeVisible();
  await planCorrectiveAction(page, {
    correction: 'Programme approved by the board',
    rootCause: 'No owner named for the audit programme',
    action: 'Name an owner and approve the programme each year',
  });
  await page.getByRole('button', { name: 'Close nonconformity' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /corrective action/ })).toBeVisible();
  await closeAsEffective(page, 'Programme approved for 2027 and 2028');

  await page.getByRole('link', { name: 'Internal audits' }).first().click();
  await expect(page.getByLabel('Year 2027')).toContainText('Internal audit of clause 9.2');
  await dismissToasts(page);
  await expectAccessible(page);
});
