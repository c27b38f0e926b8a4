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

/** Fails with every WCAG 2 A/AA violation axe finds on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
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
