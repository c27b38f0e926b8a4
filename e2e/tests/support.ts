// What every journey shares: the instance owner the foundation journey creates, and the axe check.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The owner of the e2e instance (set up by the foundation journey, which runs first). */
export const owner = {
  org: 'Acme AI',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  password: 'correct horse battery',
};

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
