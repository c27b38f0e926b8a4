// The competence journey in a real browser: set an AI-literacy competence, record a training for a member,
// see coverage, and readiness count the competence evidence.
import { expect, test } from '@playwright/test';
import { choose, expectAccessible, openDialog, openPage, owner, signIn } from './support.ts';

test('set a competence, record training, see coverage', async ({ page, request }) => {
  await signIn(page, request);

  await openPage(page, 'Competence & awareness');
  const dialog = await openDialog(page, 'Competence');
  await dialog.getByLabel('Role').fill('Everyone who uses AI tools');
  await dialog.getByRole('textbox', { name: /^Competence/ }).fill('AI literacy basics');
  await dialog.getByLabel('Renew every (months)').fill('12');
  await dialog.getByLabel('Counts toward AI literacy (EU AI Act Art. 4)').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const table = page.getByRole('table', { name: 'Competences' });
  await expect(table).toContainText('AI literacy basics');
  await expect(table).toContainText('Nobody yet');

  await page.getByRole('button', { name: 'Record training' }).click();
  await choose(dialog, 'Competence', /AI literacy basics/);
  await choose(dialog, 'Member', owner.name);
  await dialog.getByLabel('Training, qualification or experience').fill('Internal AI literacy course');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table).toContainText('1 of 1');
  await page.getByRole('tab', { name: 'Training records' }).click();
  await expect(page.getByRole('table', { name: 'Training records' })).toContainText(owner.name);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Certification readiness' }).first().click();
  await expect(page.locator('tr[data-key="competence_evidence"]')).toContainText('Approved');
});
