// The external auditor's journey (ISO/IEC 42006 sampling, §9.2): a time-boxed auditor joins, reads an AI system and
// asks about it without changing it; a lead answers from the requests-for-information register; the organization
// sees every read in the auditor access log.
import { expect, test } from '@playwright/test';
import { csrfHeader, expectAccessible, owner, signIn } from './support.ts';

test('an external auditor asks about a record, a lead answers, the reads are logged', async ({
  page,
  browser,
}) => {
  await signIn(page);
  const orgs = (await (await page.request.get('/api/v1/orgs')).json()) as {
    items: { id: string; name: string }[];
  };
  const orgId = orgs.items.find((o) => o.name === owner.org)?.id;
  expect(orgId).toBeTruthy();
  const orgPath = `/orgs/${orgId}`;

  // Invite the auditor with an end date (the API the invitations page calls; CSRF double submit as the app does).
  const ends = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const invited = await page.request.post(`/api/v1${orgPath}/invitations`, {
    headers: await csrfHeader(page),
    data: { email: 'ivy.auditor@example.test', role: 'auditor', accessEndsAt: ends },
  });
  expect(invited.status()).toBe(201);
  const { code } = (await invited.json()) as { code: string };

  const other = await browser.newContext();
  const ivy = await other.newPage();
  await ivy.goto(`/invite/${code}`);
  await ivy.getByLabel('Your name').fill('Ivy Auditor');
  await ivy.getByLabel('Password').fill('ivy password 1234');
  await ivy.getByRole('button', { name: 'Accept invitation' }).click();
  // Exact: the invitation page's own heading is "Join <organization>"; wait for the organization's dashboard.
  await expect(ivy.getByRole('heading', { name: owner.org, level: 1, exact: true })).toBeVisible();
  await ivy.waitForURL(/\/orgs\/org_/);

  // The auditor reads the AI system the first-day journey created and asks about it.
  await ivy.goto(`${orgPath}/ai-systems`);
  await ivy.getByRole('table', { name: 'AI systems' }).getByText('Resume screener').click();
  await expect(ivy.getByRole('heading', { name: 'Resume screener', level: 1 })).toBeVisible();
  await ivy
    .getByLabel('Ask about this record')
    .fill('Which evaluation shows the screener treats age groups alike?');
  await ivy.getByRole('button', { name: 'Send question' }).click();
  const panel = ivy.getByRole('region', { name: 'Requests for information' });
  await expect(panel.getByText('Which evaluation shows')).toBeVisible();
  await expect(panel.getByText('Awaiting answer')).toBeVisible();
  await expectAccessible(ivy);

  // A lead answers from the register.
  await page.getByRole('link', { name: 'Requests for information' }).click();
  await expect(page.getByRole('heading', { name: 'Requests for information', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Requests for information' });
  await expect(table.getByText('Which evaluation shows')).toBeVisible();
  await expect(table.getByText('Ivy Auditor')).toBeVisible();
  await expectAccessible(page);
  await table.getByRole('button', { name: 'Answer' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Answer').fill('The bias evaluation of March, filed as evidence for A.6.2.4.');
  await dialog.getByRole('button', { name: 'Send answer' }).click();
  await expect(dialog).toBeHidden();
  await page.locator('label[for$="-answered"]').click();
  await expect(page.getByRole('radio', { name: 'Answered' })).toBeChecked();
  await expect(table.getByText(/bias evaluation of March/)).toBeVisible();
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({
      path: `${process.env.AIMS_SCREENSHOTS}/requests-for-information.png`,
      fullPage: true,
    });

  // The auditor reads the answer on the record.
  await ivy.reload();
  await expect(panel.getByText(/bias evaluation of March/)).toBeVisible();
  await expect(panel.getByText('Answered')).toBeVisible();
  if (process.env.AIMS_SCREENSHOTS)
    await ivy.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/record-questions.png`, fullPage: true });
  await other.close();

  // Every read of the auditor is in the access log, with their name.
  await page.getByRole('link', { name: 'Auditor access log' }).click();
  await expect(page.getByRole('heading', { name: 'Auditor access log', level: 1 })).toBeVisible();
  const log = page.getByRole('table', { name: 'Auditor reads' });
  await expect(log.getByText('Ivy Auditor').first()).toBeVisible();
  await expect(log.getByText(/\/ai-systems\//).first()).toBeVisible();
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/access-log.png`, fullPage: true });
  await expectAccessible(page);
});
