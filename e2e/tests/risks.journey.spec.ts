// The risk journey in a real browser: assess a risk, treat it with A.6.2.4 (and see it on that SoA entry), add a
// treatment task and move it across the treatment board, approve the plan, accept the residual risk, see both in
// the risk's history, and complete and approve an impact assessment of an AI system.
import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, newAiSystem, openDialog, openPage, owner, signIn } from './support.ts';

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Takes a step on the risk's Treatment tab that asks for confirmation, and waits for what it records. */
async function confirmTreatment(page: Page, action: string, recorded: RegExp) {
  await page.getByRole('tabpanel', { name: 'Treatment' }).getByRole('button', { name: action }).click();
  await page.getByRole('dialog').getByRole('button', { name: action }).click();
  await expect(page.getByText(recorded)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('assess, treat and accept a risk; complete an impact assessment', async ({ page, request }) => {
  await signIn(page, request);

  // An AI system to assess.
  await newAiSystem(page, { name: 'Triage assistant', purpose: 'Prioritise support tickets' });

  // Assess a risk: likelihood 4 × consequence 4 = 16, High on the default criteria.
  await openPage(page, 'AI risks');
  await expect(page.getByText('No risks here yet')).toBeVisible();
  const dialog = await openDialog(page, 'New risk');
  await dialog.getByLabel('Title').fill('Unreviewed release of a retrained model');
  await pick(page, 'Likelihood', '4 Likely');
  await pick(page, 'Consequence', '4 Major');
  // Tied to its system, with an owner and a review date (§6.1.2).
  await pick(page, 'AI system', 'Triage assistant');
  await pick(page, 'Risk owner', owner.name);
  await dialog.getByLabel('Review date').fill('2027-03-31');
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/risk-form.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Save risk' }).click();
  const row = page.locator('tr[data-risk="Unreviewed release of a retrained model"]');
  await expect(row).toContainText('16 · High');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectAccessible(page);

  // Treat it: mitigate with A.6.2.4 and rate the residual risk (2 × 2 = 4, Low).
  await row.getByRole('button', { name: /Edit/ }).click();
  await pick(page, 'Treatment option', 'Mitigate');
  await dialog.getByRole('combobox', { name: 'Annex A controls' }).fill('A.6.2.4');
  await page.getByRole('option', { name: /^A\.6\.2\.4/ }).click();
  await page.keyboard.press('Escape');
  await pick(page, 'Residual likelihood', '2 Unlikely');
  await pick(page, 'Residual consequence', '2 Minor');
  await dialog.getByRole('button', { name: 'Save risk' }).click();
  await expect(row).toContainText('A.6.2.4');
  await expect(row).toContainText('4 · Low');

  // No acceptance from the register before the plan is approved.
  await expect(row.getByRole('button', { name: /Accept residual risk/ })).toHaveCount(0);

  // The risk's own page: overview, then a treatment task on the Treatment tab.
  await row.getByRole('link', { name: 'Unreviewed release of a retrained model' }).click();
  await expect(
    page.getByRole('heading', { name: 'Unreviewed release of a retrained model', level: 1 }),
  ).toBeVisible();
  const overview = page.getByRole('tabpanel', { name: 'Overview' });
  await expect(overview.getByRole('link', { name: 'Triage assistant' })).toBeVisible();
  await expect(overview).toContainText(owner.name);
  await expect(overview).not.toContainText('No owner');
  await expect(overview).toContainText(/31.*Mar.*2027|Mar.*31.*2027|2027-03-31/);
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/risk-detail.png`, fullPage: true });
  const riskUrl = page.url();
  const orgId = new URL(riskUrl).pathname.split('/')[2];
  await page.getByRole('tab', { name: 'Treatment' }).click();
  const taskDialog = await openDialog(page, 'Add treatment task');
  await taskDialog.getByLabel('Task').fill('Require sign-off before each release');
  await taskDialog.getByLabel('Due date').fill('2020-06-30');
  await pick(page, 'Owner', owner.name);
  await taskDialog.getByRole('button', { name: 'Save task' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const taskRow = page.locator('tr[data-task="Require sign-off before each release"]');
  await expect(taskRow).toContainText('Open');
  await expect(taskRow).toContainText(owner.name);
  await expectAccessible(page);

  // The owner sees it among "My open tasks" on the dashboard.
  await page.goto(`/orgs/${orgId}`);
  await expect(page.locator('[data-task="Require sign-off before each release"]')).toContainText('Overdue');
  await expectAccessible(page);
  await page.goto(riskUrl);

  // The treatment board: move the card from Open to In progress to Done with its menu (keyboard-operable).
  await page.getByRole('link', { name: '← AI risks' }).click();
  await page.getByRole('link', { name: 'Treatment board' }).click();
  await expect(page.getByRole('heading', { name: 'Treatment board', level: 1 })).toBeVisible();
  const card = (column: string) =>
    page.locator(`[data-column="${column}"] [data-card="Require sign-off before each release"]`);
  await expect(card('open')).toBeVisible();
  await expect(card('open')).toContainText('Unreviewed release of a retrained model');
  // Past its due date and still open: the server calls it overdue.
  await expect(card('open')).toContainText('Overdue');
  await expectAccessible(page);
  await card('open').getByRole('button', { name: /Move/ }).click();
  await page.getByRole('menuitem', { name: 'Move to In progress' }).click();
  await expect(card('in_progress')).toBeVisible();
  await card('in_progress').getByRole('button', { name: /Move/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Mark done' }).focus();
  await page.keyboard.press('Enter');
  await expect(card('done')).toBeVisible();
  await expect(card('done')).not.toContainText('Overdue');
  await expect(card('open')).toHaveCount(0);

  // Back to the risk: approve the plan, then accept the residual risk (the owner holds risk:accept).
  await card('done').getByRole('link', { name: 'Unreviewed release of a retrained model' }).click();
  await page.getByRole('tab', { name: 'Treatment' }).click();
  await expect(taskRow).toContainText('Done');
  await confirmTreatment(page, 'Approve plan', /^Approved /);
  await confirmTreatment(page, 'Accept residual risk', /^Accepted /);

  // The History tab shows who did what, field by field.
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('table', { name: 'Risk history' });
  await expect(history.locator('tr[data-history="risk.accepted"]').first()).toContainText(
    'Residual risk accepted',
  );
  await expect(history.locator('tr[data-history="risk.accepted"]').first()).toContainText(owner.name);
  await expect(history.locator('tr[data-history="risk.treatment_approved"]')).toContainText(
    'Treatment plan approved',
  );
  await expect(history).toContainText('Treatment option');
  await expect(history).toContainText('— → Mitigate');
  await expectAccessible(page);
  await page.getByRole('tab', { name: 'Overview' }).click();

  // The register shows the acceptance; the SoA entry A.6.2.4 lists the risk (its register id).
  await page.getByRole('link', { name: '← AI risks' }).click();
  await expect(row).toContainText('Accepted');
  const entry = await page.request.get(`/api/v1/orgs/${orgId}/soa/A.6.2.4`);
  expect((await entry.json()).riskIds).toHaveLength(1);

  // Editing only the title is not a re-assessment (§8.2): same score, no flag, no `risk.reassessed` entry.
  const riskId = (await row.getByRole('link').getAttribute('href'))?.split('/').pop();
  await row.getByRole('button', { name: /Edit/ }).click();
  await dialog.getByLabel('Title').fill('Unreviewed release of a retrained ranking model');
  await dialog.getByRole('button', { name: 'Save risk' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const renamed = page.locator('tr[data-risk="Unreviewed release of a retrained ranking model"]');
  await expect(renamed).toContainText('16 · High');
  await expect(renamed).toContainText('Accepted');
  await expect(renamed.getByText('Re-assess')).toHaveCount(0);
  const ledger = await (
    await page.request.get(`/api/v1/orgs/${orgId}/risks/${riskId}/history?limit=200`)
  ).json();
  const actions = ledger.items.map((e: { action: string }) => e.action);
  expect(actions[0]).toBe('risk.updated');
  expect(actions).not.toContain('risk.reassessed');

  // Impact assessment with the wizard, then approval.
  await page.getByRole('link', { name: 'Impact assessments' }).first().click();
  await page.getByRole('button', { name: 'New assessment' }).click();
  await pick(page, 'AI system', 'Triage assistant');
  await page.getByRole('dialog').getByLabel('Title').fill('Triage assistant AIIA');
  const wizard = await openDialog(page, 'Start assessment');
  // What the inventory holds is not asked again: the purpose comes from the AI system record (problem 6).
  await expect(wizard.getByLabel('Purpose')).toHaveValue('Prioritise support tickets');
  await wizard.getByLabel('Scope').fill('Support ticket triage for EU customers');
  await wizard.getByLabel('Intended uses (one per line)').fill('Ticket prioritisation');
  await wizard.getByRole('button', { name: 'Save and continue' }).click();
  // Ticking "vulnerable" before naming the party saves the draft rather than failing on the empty name.
  await wizard.getByLabel('Vulnerable group').check();
  await wizard.getByLabel('Human oversight').fill('Agents can re-prioritise any ticket');
  await wizard.getByRole('button', { name: 'Save and continue' }).click();
  await expect(wizard.getByLabel('Impact description')).toBeVisible();
  await expect(page.getByText('Not saved')).toHaveCount(0);
  // Closing and pressing "Continue" reopens where work is left: the party is still unnamed (step 2).
  await wizard.getByRole('button', { name: 'Close' }).click();
  const ia = page.locator('tr[data-impact="Triage assistant AIIA"]');
  await ia.getByRole('button', { name: 'Continue Triage assistant AIIA' }).click();
  await expect(wizard.getByLabel('Affected party')).toBeVisible();
  await wizard.getByLabel('Affected party').fill('Customers');
  await wizard.getByLabel('Vulnerable group').check();
  await wizard.getByRole('button', { name: 'Save and continue' }).click();
  await wizard.getByLabel('Impact description').fill('Urgent requests of some customers are delayed');
  await wizard.getByRole('button', { name: 'Save and continue' }).click();
  await wizard.getByLabel('Measure').fill('Weekly review of low-priority tickets');
  await pick(page, 'Decision', 'Proceed');
  // Submitting without a required item says what is missing, on the step that holds it, and sends nothing.
  await wizard.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(wizard.getByText('Not yet complete')).toBeVisible();
  await expect(wizard.getByText(/Needed: the residual impact/)).toBeVisible();
  await wizard.getByLabel('Residual impact').fill('Low');
  await expectAccessible(page);
  await wizard.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(ia).toContainText('Submitted');
  // Approval asks first (§8.4 sign-off); cancelling leaves it submitted.
  await ia.getByRole('button', { name: /Approve/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Approve Triage assistant AIIA?' });
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({
      path: `${process.env.AIMS_SCREENSHOTS}/impact-approve-confirm.png`,
      fullPage: true,
    });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(ia).toContainText('Submitted');
  await ia.getByRole('button', { name: /Approve/ }).click();
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(ia).toContainText('Approved');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectAccessible(page);

  // Download the approved assessment as a PDF, the record an auditor files (§7.5, §8.4).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ia.getByRole('link', { name: 'Download Triage assistant AIIA as PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^[a-z0-9-]+_impact-assessment-triage-assistant-aiia-v1_\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const pdf = await fs.promises.readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
