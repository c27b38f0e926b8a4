// The SoA journey in a real browser: open the SoA, exclude a control (refused without a reason), set a status,
// submit and approve a version, compare it with the draft, download the XLSX, and see readiness follow.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible, openPage, signIn } from './support.ts';

test('edit the SoA, approve it, download the XLSX', async ({ page, request }) => {
  await signIn(page, request);

  await openPage(page, 'Statement of Applicability');
  const rows = page.locator('tbody tr[data-control]');
  await expect(rows).toHaveCount(38);
  // A brand-new SoA has no version to differ from: no "draft has changes" alarm.
  await expect(page.getByText('Not approved yet')).toBeVisible();
  await expect(page.getByText('Draft has changes')).toHaveCount(0);
  await expectAccessible(page);

  // Exclude A.10.4: the dialog refuses to save without a justification.
  await page.getByRole('switch', { name: 'A.10.4 applicable' }).click({ force: true });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/an excluded control needs a justification/i)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await dialog.getByLabel('Justification').fill('We have no external customers for AI systems');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('tr[data-control="A.10.4"]')).toContainText('We have no external customers');

  // Set an implementation status inline.
  await page.getByRole('combobox', { name: 'A.2.2 status' }).click();
  await page.getByRole('option', { name: 'Implemented', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'A.2.2 status' })).toHaveValue('Implemented');

  // Submitted with 36 controls undecided, the version cannot be approved (§6.1.3).
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByLabel('Note for the approver').fill('First SoA');
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.getByRole('button', { name: /Approve version \d+/ }).click();
  await expect(page.getByText(/36 controls have no decision/)).toBeVisible();
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({
      path: `${process.env.AIMS_SCREENSHOTS}/soa-approval-refused.png`,
      fullPage: true,
    });

  // The first pass: decide the remaining controls as applicable, implementation planned (asked first).
  await page.getByRole('tab', { name: 'Controls' }).click();
  await page.getByRole('button', { name: 'Decide remaining as applicable' }).click();
  const confirm = page.getByRole('dialog', { name: 'Decide the remaining controls' });
  await expect(confirm).toContainText('36 controls have no decision yet');
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({
      path: `${process.env.AIMS_SCREENSHOTS}/soa-decide-remaining.png`,
      fullPage: true,
    });
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('combobox', { name: 'A.9.2 status' })).toHaveValue('Planned');
  await expect(page.getByRole('combobox', { name: 'A.2.2 status' })).toHaveValue('Implemented');

  // Submit again and approve.
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByLabel('Note for the approver').fill('First SoA, every control decided');
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  // The new submission withdraws the refused one; approve the new one, not the one still on screen.
  await expect(page.getByText('Withdrawn', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Approve version \d+/ }).click();
  await expect(page.getByText('Approved', { exact: true })).toBeVisible();
  await expect(page.getByText(/Version \d+ approved/)).toBeVisible();
  await expectAccessible(page);

  // Download the XLSX.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'soa.xlsx' }).click(),
  ]);
  // Named after the organization, the document and the day (§7.5.2 a).
  expect(download.suggestedFilename()).toMatch(
    /^[a-z0-9-]+_statement-of-applicability_\d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // Crosswalk coverage: the implemented work shows against the other frameworks.
  await page.getByRole('tab', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { name: 'Requirements, gaps first' })).toBeVisible();
  await expect(page.getByRole('img', { name: /AI Act.*requirements/ })).toBeVisible();
  await page.getByText('ISO/IEC 27001', { exact: true }).click();
  await expect(
    page.getByRole('table', { name: 'Coverage by requirement' }).getByText('6.1.3', { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);

  // Certification readiness reads the approved SoA live.
  await openPage(page, 'Certification readiness');
  await expect(page.locator('tr[data-key="statement_of_applicability"]')).toContainText('Approved');
  // Every status badge shows its whole word (no "MISSI…"), and each row links to where it is worked on.
  const badges = page.locator('[data-status-badge]');
  await expect(badges.first()).toBeVisible();
  for (const badge of await badges.all()) {
    const cut = await badge.evaluate((el) =>
      [el, ...el.querySelectorAll('*')].some((x) => x.scrollWidth > x.clientWidth + 1),
    );
    expect(cut, (await badge.textContent()) ?? '').toBe(false);
  }
  await expect(
    page.locator('tr[data-key="statement_of_applicability"]').getByRole('link').first(),
  ).toHaveAttribute('href', /\/orgs\/[^/]+\/soa$/);
  await expect(page.locator('tr[data-key="ai_policy"]').getByRole('link').first()).toHaveAttribute(
    'href',
    /\/documents/,
  );
  // The account menu offers a way to change the password.
  await page.getByRole('button', { name: /Account menu for/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Change password' })).toBeVisible();
  // Keyboard focus moves into the open menu (its focus trap takes it once the menu has opened); Escape closes the
  // menu from there. Pressed before focus arrives, Escape would go to the page and the test would race the menu.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null))
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  // The other rows follow their own modules, which other journeys on this instance may already have filled; the
  // management-review journey checks its own row.
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/readiness.png`, fullPage: true });
  await expectAccessible(page);
});
