// Password reset and notification preferences in a real browser: "Forgot password?" answers alike for any email,
// a bad reset link says so and offers a new one, and a notification switch is saved.
import { expect, test } from '@playwright/test';
import { ensureInstance, expectAccessible, signIn } from './support.ts';

test('forgot password, a bad reset link, and notification preferences', async ({ page, request }) => {
  await ensureInstance(request);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password', level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Email').fill('someone-unknown@example.test');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail', level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('If an account with this email exists');

  await page.goto('/reset-password/not-a-real-token-0123456789');
  await expect(page.getByRole('heading', { name: 'Choose a new password', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('a brand new password');
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('a different password');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByText('the passwords differ')).toBeVisible();
  await page.getByRole('textbox', { name: 'Repeat the new password' }).fill('a brand new password');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('unknown, already used or expired');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await expectAccessible(page);

  await signIn(page);
  await page.goto('/notifications');
  const prefs = page.getByRole('table', { name: 'Notification preferences' });
  await expect(prefs).toBeVisible();
  const mail = page.getByRole('switch', { name: 'A risk is accepted: e-mail' });
  const before = await mail.isChecked();
  await mail.click({ force: true });
  await expect(mail).toBeChecked({ checked: !before });
  await page.reload();
  await expect(page.getByRole('switch', { name: 'A risk is accepted: e-mail' })).toBeChecked({
    checked: !before,
  });
  await expectAccessible(page);
});
