// The guided set-up journey (issue 16) in a real browser: a new organization opens the guide; AI roles and the
// scope are saved; a reload resumes at the risk criteria, and so does the dashboard's "Continue set-up" card; the
// default criteria are adopted, a first AI system added, the SoA's undecided controls decided in one pass, the
// invitation skipped, and the guide finished. Works in an organization of its own.
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, expectNoCutBadges, openDialog, shot, signIn } from './support.ts';

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2, exact: true });

test('walk the guided set-up: roles, scope, criteria, an AI system, a decided SoA, resumed after a reload', async ({
  page,
  request,
}) => {
  await signIn(page, request);

  // A new organization lands in the guide, at its first step.
  const orgName = `Set-up lab ${Date.now()}`;
  const dialog = await openDialog(page, 'Create organization');
  await dialog.getByLabel('Organization name').fill(orgName);
  await dialog.getByRole('button', { name: 'Create organization' }).click();
  await expect(
    page.getByRole('heading', { name: 'Set up your AI management system', level: 1 }),
  ).toBeVisible();
  await page.waitForURL(/\/orgs\/[^/]+\/setup$/);
  const orgId = new URL(page.url()).pathname.split('/')[2]!;
  await expect(page.getByText('0 of 6 steps done')).toBeVisible();
  await expect(stepHeading(page, 'Organization profile and AI roles')).toBeVisible();
  await expect(page.getByText('clause 4.1')).toBeVisible();
  await shot(page, 'setup-profile');
  await expectAccessible(page);

  // 1. The profile: an approval option (separation of duties on the SoA), then the AI roles (§4.1) with the
  // context module's own form.
  await expect(page.getByLabel('Organization name')).toHaveValue(orgName);
  await page
    .getByRole('checkbox', { name: 'The person who submits a Statement of Applicability may not approve it' })
    .check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Organization profile saved.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'AI customer' }).check();
  await page.getByRole('checkbox', { name: 'Deployer' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // 2. The scope (§4.3), started from the starter text.
  await expect(stepHeading(page, 'Scope of the AIMS')).toBeVisible();
  const scope = page.getByLabel('Scope statement');
  await expect(scope).toHaveValue(/# Scope of the AI management system/);
  await scope.fill(
    '# Scope of the AI management system\n\nAll AI systems Set-up lab develops or uses for hiring, in Berlin.',
  );
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(stepHeading(page, 'Risk criteria')).toBeVisible();
  await expect(page.getByText('2 of 6 steps done')).toBeVisible();

  // A reload resumes at the first step neither done nor skipped.
  await page.reload();
  await expect(stepHeading(page, 'Risk criteria')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Risk criteria: version 1' })).toBeVisible();
  await shot(page, 'setup-risk-criteria');
  await expectAccessible(page);
  await expectNoCutBadges(page);

  // So does the dashboard's card.
  await page.goto(`/orgs/${orgId}`);
  await expect(page.getByRole('heading', { name: orgName, level: 1 })).toBeVisible();
  const resume = page.getByRole('link', { name: 'Continue set-up (2 of 6)' });
  await expect(resume).toBeVisible();
  await shot(page, 'setup-dashboard-card');
  await expectAccessible(page);
  await resume.click();
  await expect(stepHeading(page, 'Risk criteria')).toBeVisible();

  // 3. The default criteria (§6.1.2), adopted as they are.
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // 4. The first AI system, with the inventory's own form.
  await expect(stepHeading(page, 'First AI system')).toBeVisible();
  await page.getByLabel('Name').fill('CV screening ranker');
  await page.getByLabel('Purpose').fill('Ranks job applications for a recruiter to review');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // 5. The SoA (§6.1.3): every control still undecided, decided in one pass.
  await expect(stepHeading(page, 'Statement of Applicability')).toBeVisible();
  await expect(page.getByText('38 controls without a decision')).toBeVisible();
  await shot(page, 'setup-soa');
  await expectAccessible(page);
  await expect(page.getByLabel('Justification')).toHaveValue(/first pass at set-up/);
  await page.getByLabel('Justification').fill('Applicable: adopted in the first pass at set-up');
  await page.getByRole('button', { name: 'Mark remaining controls applicable and continue' }).click();

  // 6. Colleagues: skipped for now.
  await expect(stepHeading(page, 'Invite colleagues')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Invite someone' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip for now' }).click();

  await expect(stepHeading(page, 'Where you stand')).toBeVisible();
  await expect(page.getByText('5 of 6 steps done')).toBeVisible();
  await expect(page.getByText('Every control has a decision')).toBeVisible();
  await shot(page, 'setup-done');
  await expectAccessible(page);
  await expectNoCutBadges(page);
  await page.getByRole('button', { name: 'Finish set-up' }).click();
  await expect(page.getByRole('heading', { name: orgName, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue set-up/ })).toHaveCount(0);

  // The records behind it: scope, criteria version 2, one AI system, no undecided control.
  const setup = await (await page.request.get(`/api/v1/orgs/${orgId}/setup`)).json();
  expect(setup.steps.map((s: { key: string; status: string }) => `${s.key}:${s.status}`)).toEqual([
    'profile:done',
    'scope:done',
    'risk_criteria:done',
    'ai_system:done',
    'soa:done',
    'invite:skipped',
  ]);
  expect(setup.completedAt).not.toBeNull();
  expect((await (await page.request.get(`/api/v1/orgs/${orgId}`)).json()).soaSeparationOfDuties).toBe(true);
  const docs = await (
    await page.request.get(`/api/v1/orgs/${orgId}/documents?mandatoryKey=aims_scope`)
  ).json();
  expect(docs.items).toHaveLength(1);
  expect((await (await page.request.get(`/api/v1/orgs/${orgId}/risk-criteria`)).json()).number).toBe(2);
  const systems = await (await page.request.get(`/api/v1/orgs/${orgId}/ai-systems`)).json();
  expect(systems.items.map((s: { name: string }) => s.name)).toEqual(['CV screening ranker']);
  const soa = await (await page.request.get(`/api/v1/orgs/${orgId}/soa?limit=100`)).json();
  expect(soa.items).toHaveLength(38);
  expect(soa.items[0].justification).toBe('Applicable: adopted in the first pass at set-up');
  expect(
    soa.items.filter((e: { implementationStatus: string }) => e.implementationStatus === 'not_started'),
  ).toEqual([]);
});
