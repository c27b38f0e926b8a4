// The evidence journey in a real browser: upload a PDF generated here as evidence for A.6.2.4, see its hash,
// download it byte for byte, and find it from the SoA entry (§7.5.3, §9.1, §6.1.3).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { samplePdf } from '../../packages/services/src/testing/evidence-samples.ts';
import { choose, expectAccessible, openPage, owner, signIn } from './support.ts';

test('upload evidence for A.6.2.4, check its hash, download it and find it from the SoA', async ({
  page,
  request,
}) => {
  await signIn(page, request);

  await openPage(page, 'Evidence');
  await expectAccessible(page);

  const pdf = Buffer.from(samplePdf(`Verification report ${Date.now()}`));
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  const title = `V&V report ${sha256.slice(0, 6)}`;
  await page.getByRole('button', { name: 'Add evidence' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add evidence' });
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'vv-report.pdf', mimeType: 'application/pdf', buffer: pdf });
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('What it shows')
    .fill('Results of the verification and validation of the triage model before release.');
  await dialog.getByLabel('Valid until').fill('2099-12-31');
  await choose(dialog, 'Owner', owner.name);
  await dialog.getByRole('combobox', { name: 'Proves controls' }).fill('A.6.2.4');
  await page.getByRole('option', { name: /^A\.6\.2\.4/ }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Upload' }).click();

  // The detail page: the server's hash is the one computed here, and the control is linked.
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByTestId('sha256')).toHaveText(sha256);
  await expect(page.getByRole('table', { name: 'Linked records' })).toContainText('A.6.2.4');
  await expect(page.getByText('Valid', { exact: true })).toBeVisible();
  await expect(page.getByText(owner.name, { exact: true }).last()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/evidence-detail.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('vv-report.pdf');
  const saved = fs.readFileSync((await download.path())!);
  expect(Buffer.compare(saved, pdf)).toBe(0);

  // A link as evidence, valid for ten more days: the list flags it as expiring soon.
  await page.getByRole('link', { name: 'Evidence', exact: true }).first().click();
  await page.getByRole('button', { name: 'Add evidence' }).first().click();
  await dialog.getByText('Record a link').click();
  await dialog.getByLabel('Address').fill('https://dashboards.example.com/triage/fairness');
  await dialog.getByLabel('Title').fill(`Fairness dashboard ${sha256.slice(0, 6)}`);
  await dialog
    .getByLabel('Valid until')
    .fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
  await dialog.getByRole('button', { name: 'Save link' }).click();
  await expect(
    page.getByRole('heading', { name: `Fairness dashboard ${sha256.slice(0, 6)}`, level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Expiring soon')).toBeVisible();
  await page.getByRole('link', { name: 'Evidence', exact: true }).first().click();
  await expect(
    page.getByRole('row', { name: new RegExp(`Fairness dashboard ${sha256.slice(0, 6)}`) }),
  ).toContainText('Expiring soon');
  await page.screenshot({ path: '/tmp/evidence-list-all.png', fullPage: true });

  // From the SoA entry of A.6.2.4 to its evidence.
  await page.getByRole('link', { name: 'Statement of Applicability' }).first().click();
  const row = page.locator('tr[data-control="A.6.2.4"]');
  await expect(row).toContainText(/[1-9]\d* evidence/);
  await row.getByRole('link', { name: /evidence/ }).click();
  await expect(page.getByRole('heading', { name: 'Evidence', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/evidence-list.png', fullPage: true });
});
