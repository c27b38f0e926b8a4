// What every journey shares: the instance owner the foundation journey creates, signing in as the owner, the
// steps many journeys take on the way (a main page, a new AI system, a write with the CSRF token), and the checks.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

/** The owner of the e2e instance (set up by the foundation journey, which runs first). */
export const owner = {
  org: 'Acme AI',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  password: 'correct horse battery',
};

/**
 * Sets the instance up with the owner through the API, for a journey file run alone. After the foundation journey
 * the instance is set up already: the server answers 409 and nothing changes.
 */
export async function ensureInstance(request: APIRequestContext): Promise<void> {
  await request.post('/api/v1/setup', {
    data: { organizationName: owner.org, name: owner.name, email: owner.email, password: owner.password },
  });
}

/** Fills in the sign-in page and submits it (the owner unless told otherwise); waits for nothing. */
export async function submitSignIn(
  page: Page,
  email = owner.email,
  password = owner.password,
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Signs in as the owner and waits for the dashboard of the owner's organization (the first one, where sign-in
 * lands). With `request`, sets the instance up first when the journey file runs alone.
 */
export async function signIn(page: Page, request?: APIRequestContext): Promise<void> {
  if (request) await ensureInstance(request);
  await submitSignIn(page);
  await expect(page.getByRole('heading', { name: owner.org, level: 1 })).toBeVisible();
}

/** Opens a main page from the navigation and waits for its heading (the link's name unless told otherwise). */
export async function openPage(page: Page, link: string, heading = link): Promise<void> {
  await page.getByRole('link', { name: link }).first().click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** Registers an AI system through the inventory's form and waits for its page. */
export async function newAiSystem(
  page: Page,
  system: { name: string; purpose: string; intendedUse?: string },
): Promise<void> {
  await page.getByRole('link', { name: 'AI inventory' }).first().click();
  await page.getByRole('link', { name: 'New AI system' }).first().click();
  // Wait for the form: on the list page a "Name" label (a column's sort control) would match first.
  await expect(page.getByRole('heading', { name: 'New AI system', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill(system.name);
  await page.getByLabel('Purpose').fill(system.purpose);
  if (system.intendedUse) await page.getByRole('textbox', { name: 'Intended use' }).fill(system.intendedUse);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: system.name })).toBeVisible();
}

/**
 * Chooses an option of a select inside `scope` (a dialog, a form or the page). The options open in a portal, outside
 * the dialog that holds the select, so they are looked up on the page.
 */
export async function choose(
  scope: Page | Locator,
  select: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  await scope.getByRole('combobox', { name: select }).click();
  const page = 'goto' in scope ? scope : scope.page();
  await page.getByRole('option', { name: option }).click();
}

/** The header a write through the page's session carries (CSRF double submit, as the web app does). */
export async function csrfHeader(page: Page): Promise<{ 'x-csrf-token': string }> {
  const cookies = await page.context().cookies();
  return { 'x-csrf-token': cookies.find((c) => c.name === 'aims_csrf')?.value ?? '' };
}

/** With AIMS_E2E_SCREENSHOTS set, saves a full-page screenshot there (for looking at the screens). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.AIMS_E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Closes every toast on the page. Toasts also close by themselves, so one may vanish between being found and being
 * clicked: each click is short and a vanished toast is not an error; the loop ends when none is left.
 */
export async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss notification' });
  for (let i = 0; i < 20 && (await buttons.count()) > 0; i++)
    await buttons
      .first()
      .click({ timeout: 2000 })
      .catch(() => undefined);
  await expect(buttons).toHaveCount(0);
}

/**
 * Fails with every WCAG 2 A/AA violation axe finds on the page as it stands. Toasts are closed first: a fading
 * toast, or one dimmed under a dialog's overlay, has colours that are neither its own nor the page's.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await dismissToasts(page);
  // Let transitions finish: axe reads colours, and mid-fade colours are not the real ones.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(' | ')}`,
    ),
  ).toEqual([]);
}

/** Fails naming every visible badge whose word is cut off ("MISSI…"): a badge must show its whole label. */
export async function expectNoCutBadges(page: Page): Promise<void> {
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Badge-label')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent ?? ''),
  );
  expect(cut, `badges cut off on ${page.url()}`).toEqual([]);
}

/**
 * Fails naming every stored value shown as it is stored ("partly_reversible", "action_planned"): the page must
 * show the label. Looks for snake_case words in the visible text of the main region; identifiers (a prefix and
 * 26 characters) are too long to match, and code, inputs and `data-raw` elements are passed over.
 */
export async function expectNoRawValues(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const root = document.querySelector('main') ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out = new Set<string>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('code, pre, kbd, textarea, input, [data-raw]')) continue;
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
      for (const m of (n.textContent ?? '').matchAll(/\b[a-z]{2,18}(?:_[a-z]{2,18})+\b/g)) out.add(m[0]);
    }
    return [...out];
  });
  expect(found, `raw stored values shown on ${page.url()}`).toEqual([]);
}

/**
 * Clicks the page's button that opens a dialog and returns the dialog (looked up on the page: a dialog opens in a
 * portal, outside the part of the page that holds its button).
 */
export async function openDialog(page: Page, button: string | RegExp): Promise<Locator> {
  await page.getByRole('button', { name: button }).click();
  return page.getByRole('dialog');
}
