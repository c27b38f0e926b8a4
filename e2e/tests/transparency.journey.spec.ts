// The transparency journey in a real browser (issue 15 items 1 and 3): a lead publishes an AI system's
// transparency page; a visitor who is not signed in reads it and files an anonymous concern; the lead triages and
// answers it; the visitor reads the answer with the follow-up code. Names are unique to this journey, so other
// journeys on the same instance cannot change what it asserts.
import { expect, test } from '@playwright/test';
import { dismissToasts, expectAccessible, newAiSystem, openDialog, openPage, signIn } from './support.ts';

const SYSTEM = 'Benefits advice assistant (transparency journey)';
const CONCERN = 'The assistant told me I was not eligible (transparency journey)';

test('publish a transparency page, report a concern anonymously, triage and answer it', async ({
  page,
  browser,
  request,
}) => {
  await signIn(page, request);

  // A new system, so its transparency record is drafted from this inventory entry.
  await newAiSystem(page, { name: SYSTEM, purpose: 'Answer questions about social benefits' });
  const systemUrl = new URL(page.url());
  const [, orgId, systemId] = /\/orgs\/([^/]+)\/ai-systems\/([^/]+)/.exec(systemUrl.pathname) ?? [];

  await page.getByRole('tab', { name: 'Transparency' }).click();
  await expect(page.getByRole('textbox', { name: 'Intended purpose' })).toHaveValue(
    'Answer questions about social benefits',
  );
  await page
    .getByRole('textbox', { name: 'What it can do' })
    .fill('Explains eligibility rules and where to apply.');
  await page
    .getByRole('textbox', { name: 'Technical notes for authorities' })
    .fill('Internal conformity file TJ-7');
  await page.getByRole('button', { name: 'Save transparency record' }).click();
  await expect(page.getByText('Version 2')).toBeVisible();
  await page.getByLabel(/Publish the transparency page/).click();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open public page' })).toBeVisible();
  await dismissToasts(page);
  await expectAccessible(page);

  // A visitor without an account.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/public/orgs/${orgId}/ai-systems/${systemId}`);
  await expect(visitor.getByRole('heading', { name: SYSTEM, level: 1 })).toBeVisible();
  await expect(visitor.getByText('Explains eligibility rules and where to apply.')).toBeVisible();
  await expect(visitor.getByText('Internal conformity file TJ-7')).toHaveCount(0);
  await expectAccessible(visitor);

  await visitor.getByRole('link', { name: 'Report a concern about this system' }).click();
  await expect(visitor.getByRole('heading', { name: 'Report a concern', level: 1 })).toBeVisible();
  await visitor.getByLabel('Short summary').fill(CONCERN);
  await visitor.getByLabel('What happened?').fill('I asked on Monday and it said my income was too high.');
  await expectAccessible(visitor);
  await visitor.getByRole('button', { name: 'Send report' }).click();
  const code = (await visitor.getByTestId('follow-up-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);

  // The lead triages and answers.
  await openPage(page, 'Concerns');
  const drawer = await openDialog(page, CONCERN);
  await expect(drawer.getByText('Anonymous')).toBeVisible();
  await drawer.getByLabel('Answer the reporter').fill('We are checking the income rule the assistant used.');
  await drawer.getByRole('button', { name: 'Send answer' }).click();
  await expect(drawer.getByText('We are checking the income rule the assistant used.')).toBeVisible();
  await dismissToasts(page);
  await expectAccessible(page);

  // The visitor reads the answer with the code.
  await visitor.goto(`/public/concerns/${code}`);
  await expect(visitor.getByRole('heading', { name: CONCERN, level: 1 })).toBeVisible();
  await expect(visitor.getByText('In review')).toBeVisible();
  await expect(visitor.getByText('We are checking the income rule the assistant used.')).toBeVisible();
  await expectAccessible(visitor);
  await visitorContext.close();
});
