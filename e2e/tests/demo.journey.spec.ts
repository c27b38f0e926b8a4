// The demo organization in a real browser (issue 16): load it into a new organization from the create dialog,
// read the dashboard, find a system with the header search (`/`), and visit every main page with no console
// error and no WCAG A/AA violation.
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  dismissToasts,
  expectAccessible,
  expectNoCutBadges,
  expectNoRawValues,
  owner,
  signIn,
} from './support.ts';

const shot = (name: string) => path.join(os.tmpdir(), `aims-demo-${name}.png`);
const DEMO = 'Northwind Health Analytics (demo)';

async function settle(page: Page) {
  await dismissToasts(page);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Main pages and the heading each shows. */
const PAGES: [string, string | RegExp][] = [
  ['ai-systems', 'AI systems'],
  ['models', 'Models'],
  ['datasets', 'Datasets'],
  ['suppliers', 'Suppliers'],
  ['deployment-gate', /Deployment gate/],
  ['risks', 'AI risks'],
  ['risks/board', 'Treatment board'],
  ['impacts', /Impact assessments/],
  ['soa', /Statement of Applicability/],
  ['documents', /Policies/],
  ['evidence', 'Evidence'],
  ['objectives', 'Objectives'],
  ['monitoring', /Monitoring/],
  ['people', /People|Competence/],
  ['improvement', /Improvement|Nonconformities/],
  ['audits', /audit/i],
  ['management-reviews', 'Management reviews'],
  ['readiness', 'Certification readiness'],
  ['context', /Context/],
  ['ledger', /ledger/i],
  ['concerns', 'Concerns'],
  ['comments', 'Requests for information'],
  ['access-log', 'Auditor access log'],
];

test('load the demo organization, read its dashboard, search it and visit every page', async ({
  page,
  request,
}) => {
  await signIn(page, request);
  // From here on (the sign-in page's own 401 for "who am I" is expected), no console error is.
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));

  // A new organization, so the journeys sharing the instance's first organization are untouched.
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load demo organization' }).click();
  await expect(page.getByRole('heading', { name: DEMO, level: 1 })).toBeVisible({ timeout: 60_000 });
  const orgId = new URL(page.url()).pathname.split('/')[2]!;

  // The dashboard answers "how are we doing and what needs me".
  await expect(page.getByRole('region', { name: 'Certification readiness' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Risk picture' })).toContainText('Inherent risk');
  await expect(page.locator('[data-gate-gap="CV screening ranker"]')).toContainText('impact assessment');
  await expect(page.getByRole('region', { name: 'Overdue and coming up' })).toContainText(
    'Triage assistant under-triaged a stroke patient',
  );
  await expect(page.getByRole('region', { name: 'Recent changes' })).toContainText(owner.name);
  await settle(page);
  await page.screenshot({ path: shot('dashboard'), fullPage: true });
  await expectAccessible(page);
  await expectNoCutBadges(page);

  // Search from the keyboard: `/` opens it, arrows and Enter open the hit.
  await page.locator('body').press('/');
  const search = page.getByRole('combobox', { name: 'Search this organization' });
  await expect(search).toBeFocused();
  await search.fill('triage assistant');
  await expect(page.getByRole('option', { name: 'Patient triage assistant' })).toBeVisible();
  await settle(page);
  await page.screenshot({ path: shot('search') });
  await expectAccessible(page);
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'Patient triage assistant', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(search).toBeVisible();
  await page.keyboard.press('Escape');

  // The high-risk system's Annex IV documentation: nine sections traced to records, and the gaps.
  await page.getByRole('link', { name: 'Technical documentation (Annex IV)' }).click();
  await expect(
    page.getByRole('heading', { name: 'Technical documentation (Annex IV)', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^9\. Post-market monitoring plan/ })).toBeVisible();
  await settle(page);
  await page.screenshot({ path: shot('annex-iv'), fullPage: true });
  await expectAccessible(page);
  await expectNoCutBadges(page);

  for (const [p, heading] of PAGES) {
    await page.goto(`/orgs/${orgId}/${p}`);
    await expect(page.getByRole('heading', { name: heading, level: 1 }).first()).toBeVisible();
    await settle(page);
    await expectAccessible(page);
    await expectNoCutBadges(page);
    await expectNoRawValues(page);
  }

  // Detail pages show labels too, never stored values (problem 5).
  const first = async (path: string) =>
    (
      (await (await page.request.get(`/api/v1/orgs/${orgId}/${path}?limit=1`)).json()).items[0] as {
        id: string;
      }
    ).id;
  for (const p of [
    `ai-systems/${await first('ai-systems')}`,
    `models/${await first('models')}`,
    `suppliers/${await first('suppliers')}`,
    `datasets/${await first('datasets')}`,
    `risks/${await first('risks')}`,
    `nonconformities/${await first('nonconformities')}`,
    `audits/${await first('audits')}`,
    `management-reviews/${await first('management-reviews')}`,
  ]) {
    await page.goto(`/orgs/${orgId}/${p}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await settle(page);
    await expectAccessible(page);
    await expectNoCutBadges(page);
    await expectNoRawValues(page);
  }
  expect(errors).toEqual([]);
});
