// The first-day journey in a real browser: set-up → sign-in → AI system → invite a member → API token →
// sign-out, and the invited colleague joining with the link. Runs against a fresh embedded instance.
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, owner, signIn, submitSignIn } from './support.ts';

/** No WCAG 2 A/AA violations that axe can detect on the current page. */
async function signOut(page: Page, name: string) {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('set-up, sign-in, AI system, invitation, token, sign-out', async ({ page, browser, request }) => {
  // An empty instance opens on the set-up page.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Set up OpenAIMS' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Organization name').fill(owner.org);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Create organization and sign in' }).click();
  await expect(page.getByRole('heading', { name: owner.org, level: 1 })).toBeVisible();

  // Set-up is closed for good now.
  const again = await request.post('/api/v1/setup', {
    data: {
      organizationName: 'Evil',
      name: 'Mallory',
      email: 'm@example.test',
      password: 'mallory password',
    },
  });
  expect(again.status()).toBe(409);

  await signOut(page, owner.name);
  await submitSignIn(page, owner.email, 'wrong password!');
  await expect(page.getByText('Wrong email or password')).toBeVisible();
  await signIn(page);

  // Register an AI system (the first vertical slice).
  await page.getByRole('link', { name: 'AI inventory' }).first().click();
  await expect(page.getByText('No AI systems yet')).toBeVisible();
  await page.getByRole('link', { name: 'New AI system' }).first().click();
  await page.getByLabel('Name').fill('Resume screener');
  await page.getByLabel('Purpose').fill('Rank job applications for recruiters');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Resume screener' })).toBeVisible();
  await page.getByRole('link', { name: 'AI inventory' }).first().click();
  await expect(page.getByRole('table', { name: 'AI systems' }).getByText('Resume screener')).toBeVisible();
  await expectAccessible(page);

  // Invite a colleague as manager; the link is shown once.
  const orgPath = new URL(page.url()).pathname.split('/ai-systems')[0];
  await page.goto(`${orgPath}/invitations`);
  await page.getByLabel('Email').fill('grace@example.test');
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Manager', exact: true }).click();
  await page.getByRole('button', { name: 'Invite' }).click();
  const link = ((await page.getByTestId('secret-Acceptance link').textContent()) ?? '').trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  await expect(
    page.getByRole('table', { name: 'Invitations' }).getByText('grace@example.test'),
  ).toBeVisible();

  // Create an API token; the secret is shown once and works against the API.
  await page.goto(`${orgPath}/tokens`);
  await page.getByLabel('Token name').fill('CI pipeline');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = ((await page.getByTestId('secret-Token').textContent()) ?? '').trim();
  expect(secret).toMatch(/^aims_/);
  const viaToken = await request.get(`/api/v1${orgPath}/ai-systems`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(viaToken.status()).toBe(200);
  expect((await viaToken.json()).items.map((s: { name: string }) => s.name)).toEqual(['Resume screener']);

  await signOut(page, owner.name);
  expect((await request.get('/api/v1/me')).status()).toBe(401);

  // The colleague opens the link in another browser and joins with the invited role.
  const other = await browser.newContext();
  const grace = await other.newPage();
  await grace.goto(new URL(link).pathname);
  await grace.getByLabel('Your name').fill('Grace Hopper');
  await grace.getByLabel('Password').fill('grace password 123');
  await grace.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(grace.getByRole('heading', { name: owner.org, level: 1, exact: true })).toBeVisible();
  // The switcher names the organization with the role the invitation granted.
  await expect(grace.getByRole('combobox', { name: 'Organization' })).toHaveValue(/Manager/);
  await other.close();
});
