// The risk criteria and threat catalogue journey in a real browser: change the criteria to 4×4 with a live
// preview and see the new version (§6.1.1); see a risk on its SoA entry; import MITRE ATLAS with a preview and
// find a technique in the catalogue. Works in an organization of its own, so the other journeys keep the
// default 5×5 criteria.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { csrfHeader, expectAccessible, shot, signIn } from './support.ts';

const testdata = process.env.AIMS_TESTDATA ?? path.resolve(import.meta.dirname, '../../../shared/testdata');
const atlasFile = path.join(testdata, 'mitre-atlas', 'ATLAS.yaml');

/** A write through the page's session (cookie plus CSRF token), as the web app makes it. */
async function write(page: Page, url: string, data: unknown) {
  const res = await page.request.post(url, { data, headers: await csrfHeader(page) });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** A fresh organization owned by the signed-in owner. */
async function newOrg(page: Page, name: string): Promise<string> {
  return (await write(page, '/api/v1/orgs', { name })).id;
}

test('change the risk criteria to 4×4 with a preview, and see a risk on its SoA entry', async ({
  page,
  request,
}) => {
  await signIn(page, request);
  const orgId = await newOrg(page, `Criteria lab ${Date.now()}`);
  await page.goto(`/orgs/${orgId}/risks/criteria`);
  await expect(page.getByRole('heading', { name: 'Risk criteria', level: 1 })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Current criteria: version 1' }).getByRole('cell'),
  ).toHaveCount(25);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Edit criteria' }).click();
  for (const axis of ['Likelihood', 'Consequence']) {
    await page.getByRole('combobox', { name: `${axis} levels` }).click();
    await page.getByRole('option', { name: '4', exact: true }).click();
  }
  const preview = page.getByRole('table', { name: 'Preview of version 2' });
  await expect(preview.getByRole('cell')).toHaveCount(16);
  await page.getByLabel('Likelihood 4').fill('Frequent');
  await page.getByLabel('Consequence 4').fill('Severe');

  // The default Critical band starts at 17, above the largest 4×4 score: the form says so on the field.
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(page.getByText('above the largest score (16)').first()).toBeVisible();
  await page.getByLabel('From score').nth(3).fill('13');
  await page.getByLabel('Risk appetite').fill('6');
  await page.getByLabel('Reason for the change').fill('Four-point scales are enough for our AI portfolio');
  await expect(
    preview.getByRole('cell', { name: /Frequent likelihood, Severe consequence: 0 risks, level critical/ }),
  ).toBeVisible();
  await expect(page.getByText('Scores up to 6 are within appetite')).toBeVisible();
  await expect(page.getByText('Risks already assessed keep the criteria version')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'risk-criteria-edit');

  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(
    page.getByRole('table', { name: 'Current criteria: version 2' }).getByRole('cell'),
  ).toHaveCount(16);
  const v2 = page.locator('tr[data-version="2"]');
  await expect(v2).toContainText('4×4');
  await expect(v2).toContainText('current');
  await expect(page.locator('tr[data-version="1"]')).toContainText('5×5');
  await expectAccessible(page);
  await shot(page, 'risk-criteria-saved');

  // A risk rated on the new scale and treated with A.6.2.4 shows on that SoA entry, by title.
  const risk = await write(page, `/api/v1/orgs/${orgId}/risks`, {
    title: 'Prompt injection through support tickets',
    likelihood: 4,
    consequence: 4,
    controlRefs: ['A.6.2.4'],
  });
  expect(risk).toMatchObject({ inherentScore: 16, inherentLevel: 'critical', criteriaVersion: 2 });
  await page.goto(`/orgs/${orgId}/soa`);
  const row = page.locator('tr[data-control="A.6.2.4"]');
  await row.getByRole('button', { name: '1 risk linked to A.6.2.4' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('link', { name: 'Prompt injection through support tickets' })).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'soa-entry-risks');
  await dialog.getByRole('link', { name: 'Prompt injection through support tickets' }).click();
  // The dialog links to the risk's own page.
  await expect(
    page.getByRole('heading', { name: 'Prompt injection through support tickets', level: 1 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/risks\/risk_/);
  await expect(page.locator('#main')).toContainText('16');
});

test('import MITRE ATLAS with a preview and find a technique in the catalogue', async ({ page, request }) => {
  test.skip(!fs.existsSync(atlasFile), `MITRE ATLAS test data not found at ${atlasFile} (set AIMS_TESTDATA)`);
  await signIn(page, request);
  const orgId = await newOrg(page, `Threat lab ${Date.now()}`);
  await page.goto(`/orgs/${orgId}/risks`);
  await page.getByRole('link', { name: 'Threat catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Threat catalogue', level: 1 })).toBeVisible();
  await expect(page.getByText('No threats yet')).toBeVisible();
  await expectAccessible(page);

  await page.locator('input[type="file"]').setInputFiles(atlasFile);
  await page.getByRole('button', { name: 'Preview' }).click();
  const sample = page.getByRole('table', { name: 'Sample techniques' });
  await expect(sample.getByRole('row')).toHaveCount(11);
  await expect(page.getByText(/MITRE ATLAS .*: \d+ techniques in \d+ tactics/)).toBeVisible();
  await expect(page.getByText('No threats yet')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'atlas-preview');

  await page.getByRole('button', { name: /^Import \d+ techniques$/ }).click();
  await expect(page.getByRole('table', { name: 'Threat catalogue' })).toBeVisible();
  await page.getByLabel('Search techniques').fill('poison training');
  const found = page.locator('tr[data-threat="AML.T0020"]');
  await expect(found).toContainText('Poison Training Data');
  await expect(page.getByRole('table', { name: 'Threat catalogue' }).getByRole('row')).toHaveCount(2);
  await expectAccessible(page);
  await shot(page, 'threat-catalogue');
});
