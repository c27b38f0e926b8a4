// Languages in a real browser (issue 16, Build item 6): switch to German in the user menu, visit the main pages
// and find no English UI string on them; reload and find the choice remembered by the server (the browser
// itself asks for English); French has started. The English strings are read from the web app's own resource,
// and the same check run in English first must find them, so it is a check that can fail.
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { de } from '../../apps/web/src/i18n/de.ts';
import { en } from '../../apps/web/src/i18n/en.ts';
import { csrfHeader, dismissToasts, signIn } from './support.ts';

const shot = (name: string) => path.join(os.tmpdir(), `aims-i18n-${name}.png`);

type Tree = { [k: string]: string | Tree };

/** Every English string whose German differs (a word both languages share, such as "Status", is no evidence). */
function englishOnly(a: Tree, b: Tree, out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(a)) {
    const other = b[k];
    if (typeof v === 'string') {
      if (typeof other === 'string' && other !== v && !v.includes('{{')) out.add(v);
    } else if (other && typeof other !== 'string') englishOnly(v, other, out);
  }
  return out;
}
const ENGLISH = englishOnly(en as Tree, de as Tree);

/** The UI chrome of the page as it is shown: navigation, headings, buttons, tabs, table headers, labels. */
async function chrome(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sel =
      'nav a, nav h2, main a, h1, h2, h3, h4, button, [role="tab"], th, label, .mantine-Badge-label';
    const seen = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
      // A link to one record (its path ends in an id) shows the record's own title: the organization's words,
      // which may be English whatever the reader's language ("AI policy"), not the interface's.
      const href = el.getAttribute('href') ?? '';
      if (/\/orgs\/[^/]+\/.*[a-z]{2,6}_[0-9a-hjkmnp-tv-z]{26}(?:[/?#]|$)/.test(href)) continue;
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown is what is checked, not hidden text.
      const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim();
      if (text) seen.add(text);
      const aria = el.getAttribute('aria-label');
      if (aria) seen.add(aria.trim());
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]'))
      if (el.offsetParent !== null) seen.add(el.placeholder.trim());
    return [...seen];
  });
}

async function englishOnPage(page: Page): Promise<string[]> {
  return (await chrome(page)).filter((s) => ENGLISH.has(s));
}

async function settle(page: Page) {
  await dismissToasts(page);
  await page.waitForLoadState('networkidle');
}

async function chooseLanguage(page: Page, accountLabel: RegExp, language: string) {
  await page.getByRole('button', { name: accountLabel }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** The main pages, with the German heading each shows. */
const PAGES: [string, string][] = [
  ['ai-systems', 'KI-Systeme'],
  ['risks', 'KI-Risiken'],
  ['soa', 'Erklärung zur Anwendbarkeit'],
  ['readiness', 'Zertifizierungsreife'],
  ['documents', 'Richtlinien und Dokumente'],
  ['evidence', 'Nachweise'],
  ['improvement', 'Verbesserung'],
];

test('German on every main page, remembered by the server; French started', async ({ page, request }) => {
  await signIn(page, request);
  const orgId = new URL(page.url()).pathname.split('/')[2] ?? '';
  expect(orgId).toMatch(/^org_/);
  // An AI system for the detail page (created through the API, in the session's name).
  const created = await page.request.post(`/api/v1/orgs/${orgId}/ai-systems`, {
    headers: await csrfHeader(page),
    data: { name: 'Sprachassistent Lena', purpose: 'Beantwortet Fragen von Kundinnen und Kunden' },
  });
  expect(created.status()).toBe(201);
  const systemId = ((await created.json()) as { id: string }).id;

  try {
    // The check can fail: in English the same collection finds the English strings.
    await settle(page);
    const inEnglish = await englishOnPage(page);
    expect(inEnglish).toEqual(expect.arrayContaining(['Dashboard', 'Risk picture', 'Recent changes']));

    await chooseLanguage(page, /^Account menu for /, 'Deutsch');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Risikolage' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Übersicht' })).toBeVisible();
    await settle(page);
    expect(await englishOnPage(page), 'English on the dashboard').toEqual([]);
    await page.screenshot({ path: shot('dashboard-de'), fullPage: true });

    for (const [p, heading] of PAGES) {
      await page.goto(`/orgs/${orgId}/${p}`);
      await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
      await settle(page);
      expect(await englishOnPage(page), `English on /${p}`).toEqual([]);
      await page.screenshot({ path: shot(`${p}-de`), fullPage: true });
    }

    await page.goto(`/orgs/${orgId}/ai-systems/${systemId}`);
    await expect(page.getByRole('heading', { name: 'Sprachassistent Lena', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'KI-Verordnung' })).toBeVisible();
    await settle(page);
    expect(await englishOnPage(page), 'English on the AI system page').toEqual([]);
    await page.screenshot({ path: shot('ai-system-de'), fullPage: true });

    // Remembered on the server: the browser asks for English, yet a reload comes back in German.
    expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
    await page.reload();
    await expect(page.getByRole('tab', { name: 'KI-Verordnung' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    const me = (await (await page.request.get('/api/v1/me')).json()) as { locale: string | null };
    expect(me.locale).toBe('de');

    // Dates follow the language: "Version 1 · aktualisiert 2.12.2026, 08:15" style, not "Dec 2, 2026".
    await expect(page.getByText(/aktualisiert \d{1,2}\.\d{1,2}\.\d{4}/)).toBeVisible();

    // French has started: the shell and the dashboard.
    await page.goto(`/orgs/${orgId}`);
    await chooseLanguage(page, /^Kontomenü für /, 'Français');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('link', { name: 'Tableau de bord' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Situation des risques' })).toBeVisible();
    await page.screenshot({ path: shot('dashboard-fr'), fullPage: true });

    // And back to English, through the menu, byte for byte as before.
    await chooseLanguage(page, /^Menu du compte de /, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Risk picture' })).toBeVisible();
  } finally {
    // Journeys share the instance's owner: leave the language as it was (unset) whatever happened above.
    await page.request.patch('/api/v1/me', {
      headers: await csrfHeader(page),
      data: { locale: null },
    });
  }
});
