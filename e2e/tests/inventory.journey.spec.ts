// The inventory journey in a real browser: register an AI system, classify it under the EU AI Act, meet the
// deployment gate, and import a Hugging Face model card with a preview first.

import { expect, test } from '@playwright/test';
import { choose, expectAccessible, newAiSystem, shot, signIn } from './support.ts';

const CARD = [
  '---',
  'license: apache-2.0',
  'base_model: acme/base-7b',
  'pipeline_tag: text-classification',
  'datasets:',
  '- acme/support-tickets',
  '---',
  '',
  '# ticket-router',
  '',
  'Routes support tickets.',
  '',
].join('\n');

test('register a system, classify it, meet the deployment gate, import a model card', async ({
  page,
  request,
}) => {
  await signIn(page, request);
  await newAiSystem(page, {
    name: 'CV screener',
    purpose: 'Shortlist job applicants for recruiters',
    intendedUse: 'Rank applications for open roles; a recruiter decides.',
  });
  await expect(page.getByText('Not yet assessed')).toBeVisible();
  await expectAccessible(page);

  // Classify: Annex III employment with profiling is high-risk whatever the Art. 6(3) conditions.
  await page.getByRole('tab', { name: 'EU AI Act' }).click();
  await page.getByRole('link', { name: 'Classify under the EU AI Act' }).click();
  await expect(page.getByRole('heading', { name: 'Classify CV screener' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: /4\. Employment/ }).check();
  await page.getByRole('switch', { name: /profiles natural persons/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('table', { name: 'Obligations' })).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'classification-result');
  await page.getByRole('button', { name: 'Save classification' }).click();
  await expect(page.getByRole('heading', { name: 'CV screener' })).toBeVisible();
  await expect(page.getByText('High-risk (Art. 6)').first()).toBeVisible();

  // Deployment needs an approved impact assessment, which does not exist yet: the gate names it.
  await choose(page, 'Life cycle stage', 'Deployment');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'approved AI system impact assessment' }),
  ).toBeVisible();
  await shot(page, 'deployment-gate');

  // This organization decides to let classified systems deploy before impact assessments exist.
  await page.getByRole('link', { name: 'AI inventory' }).first().click();
  await page.getByRole('link', { name: 'Deployment gate' }).click();
  await page.getByRole('switch', { name: 'Require an approved impact assessment' }).click();
  await expect(page.getByRole('switch', { name: 'Require an approved impact assessment' })).not.toBeChecked();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'AI systems' }).click();
  await page.getByRole('link', { name: 'CV screener' }).click();
  await choose(page, 'Life cycle stage', 'Deployment');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Deployment', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Version 3/)).toBeVisible();

  // Import a model card: preview first, nothing written, then apply.
  await page.getByRole('link', { name: 'AI inventory' }).first().click();
  await page.getByRole('link', { name: 'Import and export' }).click();
  await page.getByText('Hugging Face card').click();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'README.md', mimeType: 'text/markdown', buffer: Buffer.from(CARD) });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByText('ticket-router')).toBeVisible();
  await expect(preview.getByText('created').first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'import-preview');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Import result' }).getByText('ticket-router')).toBeVisible();
  await page.getByRole('link', { name: 'Models' }).click();
  await expect(page.getByRole('table', { name: 'Models' }).getByText('ticket-router')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'models');
  await page.getByRole('link', { name: 'ticket-router' }).click();
  await page.getByRole('textbox', { name: 'Summary' }).fill('Accuracy 0.91 on the March holdout');
  await page.getByRole('button', { name: 'Add record' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Verification and validation records' })
      .getByText('Accuracy 0.91 on the March holdout'),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: '← Models' }).click();

  // Add a supplier by hand (A.10.2 responsibilities) and link it to the system.
  await page.getByRole('link', { name: 'Suppliers' }).click();
  await page.getByRole('button', { name: 'Add a supplier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a supplier' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Acme Hosting');
  await dialog
    .getByRole('textbox', { name: 'Responsibilities allocated' })
    .fill('Acme runs inference; we own evaluation and oversight.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('table', { name: 'Suppliers' }).getByText('Acme Hosting')).toBeVisible();
  await page.getByRole('link', { name: 'Acme Hosting' }).click();
  await page.getByRole('textbox', { name: 'Summary' }).fill('DPA signed; SOC 2 report reviewed');
  await page.getByRole('button', { name: 'Record assessment' }).click();
  await expect(
    page.getByRole('table', { name: 'Assessments' }).getByText('DPA signed; SOC 2 report reviewed'),
  ).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'supplier');
  await page.getByRole('link', { name: '← Suppliers' }).click();
  await page.getByRole('link', { name: 'AI systems' }).click();
  await page.getByRole('link', { name: 'CV screener' }).click();
  await page.getByRole('tab', { name: /Suppliers/ }).click();
  await choose(page, 'Linked suppliers', 'Acme Hosting');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Save links' }).click();
  await expect(page.getByRole('tab', { name: 'Suppliers (1)' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: '← AI systems' }).click();
  await choose(page, 'Supplier', 'Acme Hosting');
  await expect(page.getByRole('table', { name: 'AI systems' }).getByText('Resume screener')).toBeHidden();
  await expect(page.getByRole('table', { name: 'AI systems' }).getByText('CV screener')).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'inventory');
});
