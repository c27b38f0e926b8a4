// The monitoring journey in a real browser (§9.1, A.6.2.6): define a metric with thresholds, send a batch that
// breaches it, see one alert and the nonconformity it opened, the chart with its bands, and resolve the alert.
import { expect, test } from '@playwright/test';
import { choose, dismissToasts, expectAccessible, openDialog, openPage, signIn } from './support.ts';

test('define a metric, breach it, see one alert and resolve it', async ({ page, request }) => {
  await signIn(page, request);

  await openPage(page, 'Monitoring');
  await expect(page.getByText('No metrics yet')).toBeVisible();
  await expectAccessible(page);

  const dialog = await openDialog(page, 'New metric');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Fairness gap (credit scorer)');
  await dialog.getByLabel('Unit').fill('pp');
  await choose(dialog, 'Direction', /Lower is better/);
  await choose(dialog, 'On breach, also open', /A nonconformity/);
  await dialog.getByLabel('Warning threshold').fill('3');
  await dialog.getByLabel('Breach threshold').fill('5');
  await dialog.getByRole('button', { name: 'Define metric' }).click();
  await expect(page.getByRole('heading', { name: 'Fairness gap (credit scorer)', level: 1 })).toBeVisible();
  await expect(page.getByText('No measurements yet')).toBeVisible();

  // A pipeline sends a batch through the API (the same call twice: the second stores nothing).
  const metricId = page.url().split('/').pop()!;
  const orgId = page.url().split('/orgs/')[1]!.split('/')[0]!;
  const send = () =>
    page.evaluate(
      async ({ orgId, metricId }) => {
        const csrf = document.cookie.match(/aims_csrf=([^;]+)/)?.[1] ?? '';
        const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
        const res = await fetch(`/api/v1/orgs/${orgId}/metrics/${metricId}/measurements`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-CSRF-Token': csrf },
          body: JSON.stringify({
            items: [1.2, 2.1, 3.4, 2.8, 6.3, 7.1].map((value, i) => ({
              id: `run-${i}`,
              at: day(6 - i),
              value,
            })),
          }),
        });
        return res.json();
      },
      { orgId, metricId },
    );
  expect(await send()).toMatchObject({ accepted: 6, alerts: [{ level: 'breach' }] });
  expect(await send()).toMatchObject({ accepted: 0, duplicates: 6, alerts: [] });

  await page.reload();
  await expect(page.getByText('Breach', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /6 measurements .* breach at 5 pp/ })).toBeVisible();
  const alerts = page.getByRole('table', { name: 'Alerts' });
  await expect(alerts.getByRole('row')).toHaveCount(2);
  await expect(alerts.getByRole('link', { name: 'Nonconformity' })).toBeVisible();
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/metric.png`, fullPage: true });
  await dismissToasts(page);
  await expectAccessible(page);

  await alerts.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(alerts.getByText('Acknowledged')).toBeVisible();
  await alerts.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByText('No unresolved alerts')).toBeVisible();

  await dismissToasts(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Monitoring' }).first().click();
  await expect(page.getByRole('table', { name: 'Metrics' })).toContainText('Breach');
  if (process.env.AIMS_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.AIMS_SCREENSHOTS}/metrics.png`, fullPage: true });
  await expectAccessible(page);
});
