// The context journey in a real browser: record an external issue and an interested party whose requirement is
// left outside the AIMS (refused until the reason is given), then set the organization's AI roles.
import { expect, test } from '@playwright/test';
import { choose, expectAccessible, openDialog, openPage, signIn } from './support.ts';

test('record context: an issue, an interested party with requirements, the AI roles', async ({
  page,
  request,
}) => {
  await signIn(page, request);

  await openPage(page, 'Context & scope');
  await expectAccessible(page);

  const dialog = await openDialog(page, 'External issue');
  await dialog.getByLabel('Issue').fill('The EU AI Act applies to our hiring tool');
  await choose(dialog, 'Category', 'Legal and regulatory');
  await choose(dialog, 'Effect on the AIMS', 'Threat');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const issues = page.getByRole('table', { name: 'Issues' });
  await expect(issues).toContainText('The EU AI Act applies to our hiring tool');
  await expect(issues).toContainText('Threat');

  await page.getByRole('tab', { name: 'Interested parties' }).click();
  await page.getByRole('button', { name: 'Interested party' }).click();
  await dialog.getByLabel('Who').fill('Job applicants');
  await dialog.getByRole('button', { name: 'Add a requirement' }).click();
  await dialog.getByLabel('Requirement 1', { exact: true }).fill('A human reviews every rejection');
  await dialog.getByLabel('Addressed by the AIMS').click({ force: true });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('say why this requirement is not addressed through the AIMS')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Requirement 1 note').fill('HR policy covers it outside the AIMS');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Interested parties' })).toContainText(
    '0 of 1 addressed by the AIMS',
  );

  await page.getByRole('tab', { name: 'AI roles' }).click();
  await page.getByLabel('AI provider').check();
  await page.getByLabel('Deployer').check();
  await page.getByRole('button', { name: 'Save roles' }).click();
  await expect(page.getByText(/Version 1, saved/)).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'AI roles' }).click();
  await expect(page.getByLabel('AI provider')).toBeChecked();
  await expect(page.getByLabel('Deployer')).toBeChecked();
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/context-roles.png`, fullPage: true });
  await expectAccessible(page);
});
