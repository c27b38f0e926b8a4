// The web app's languages (issue 16, Build item 6): i18next with English as the source and fallback, German
// complete for the main pages, French started. The person's choice lives on the server (`Me.locale`); until
// it is known (or when none is chosen) the browser's language applies.
import { LOCALES, type Locale } from '@openaims/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/** Each language's own name, shown in the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** The first of the browser's preferred languages that the app speaks, else English. */
export function browserLocale(languages: readonly string[] = navigator.languages ?? []): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LOCALES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

/** The language in use now. */
export function currentLocale(): Locale {
  const lng = i18next.resolvedLanguage ?? i18next.language;
  return LOCALES.find((l) => l === lng) ?? 'en';
}

/** Applies a language to i18next and to `<html lang>` (screen readers and hyphenation read it). */
export async function applyLocale(locale: Locale): Promise<void> {
  document.documentElement.lang = locale;
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, de: { translation: de }, fr: { translation: fr } },
  lng: browserLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = currentLocale();

export { i18next };
