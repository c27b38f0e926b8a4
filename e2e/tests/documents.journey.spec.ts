// The documents journey in a real browser: create the AI policy (mandatory item 5.2), write and submit a draft,
// approve it as the owner, acknowledge it, and see the next review date (ISO/IEC 42001 5.2, 7.3, 7.5, A.2).
import { expect, test } from '@playwright/test';
import { choose, expectAccessible, openPage, owner, signIn } from './support.ts';

/** Today plus whole months, clamped like the server's rule, formatted as the page shows it. */
function expectedReview(months: number): string {
  const now = new Date();
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = new Date(y, m, Math.min(now.getUTCDate(), last));
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(day);
}

test('create, approve and acknowledge the AI policy', async ({ page, request }) => {
  await signIn(page, request);

  await openPage(page, 'Policies & documents');
  await expectAccessible(page);

  // Register the AI policy as mandatory item 5.2, reviewed yearly.
  await page.getByRole('button', { name: 'New document' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill('AI policy');
  await choose(dialog, 'Mandatory documented information', '5.2 AI policy');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByRole('heading', { name: 'AI policy', level: 1 })).toBeVisible();
  await expect(page.getByText('Mandatory: 5.2 AI policy')).toBeVisible();
  await expect(page.getByText('No approved version yet')).toBeVisible();

  // Write the first draft with a preview, then submit it.
  await page.getByRole('tab', { name: /Versions/ }).click();
  await page.getByRole('button', { name: 'Write the first version' }).click();
  await page
    .getByLabel('Content (Markdown)')
    .fill(
      '# AI policy\n\nWe develop and use AI **responsibly**.\n\n- Human oversight for every high-impact decision\n- Annual review\n\n<script>alert(1)</script>',
    );
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'AI policy', level: 2 })).toBeVisible();
  await page.getByLabel('What changed').fill('First issue');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const v1 = page.locator('tr[data-version="1"]');
  await expect(v1).toContainText('Draft');
  await expectAccessible(page);
  await v1.getByRole('button', { name: 'Submit for review' }).click();
  await expect(v1).toContainText('In review');

  // The owner holds document:approve: approve; the approver and the time appear in the history.
  await v1.getByRole('button', { name: 'Approve' }).click();
  await expect(v1).toContainText('Approved');
  await expect(v1).toContainText(owner.name);

  // The document tab renders the approved Markdown, with no raw HTML.
  await page.getByRole('tab', { name: 'Document' }).click();
  await expect(page.getByText('responsibly')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Human oversight' })).toBeVisible();
  expect(await page.locator('main script').count()).toBe(0);
  await expect(page.getByTestId('next-review')).toHaveText(expectedReview(12));
  await expectAccessible(page);

  // Acknowledge as the signed-in member.
  await page.getByRole('tab', { name: 'Acknowledgements' }).click();
  await page.getByRole('button', { name: 'Acknowledge version 1' }).click();
  await expect(page.getByText('You acknowledged this document')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Acknowledgements' })).toContainText(owner.name);
  await expectAccessible(page);

  // Review every 6 months instead: the next review date moves with the interval.
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByLabel('Review every (months)').fill('6');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByTestId('next-review')).toHaveText(expectedReview(6));
  await expectAccessible(page);

  // The list shows the mandatory item, the approved status and the review date.
  await page.getByRole('link', { name: '← Policies & documents' }).click();
  const row = page.getByRole('row').filter({ hasText: 'AI policy' });
  await expect(row).toContainText('5.2 AI policy');
  await expect(row).toContainText('Approved');
  await expect(row).toContainText(expectedReview(6));
  await expectAccessible(page);
  await page.getByRole('link', { name: 'AI policy', exact: true }).click();
  await page.getByRole('tab', { name: /Versions/ }).click();
  await expect(page.locator('tr[data-version="1"]')).toContainText('Approved');
});
