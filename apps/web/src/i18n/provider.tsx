// Keeps the app's language in step with the signed-in person's choice on the server (`Me.locale`), falling
// back to the browser's language. A change re-mounts the tree below so dates and numbers, formatted outside
// React's knowledge of the language, are drawn again.
import { Fragment, type ReactNode, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api/get-me.ts';
import { applyLocale, browserLocale, i18next } from './index.ts';

function LocaleSync() {
  const me = useMe().data;
  const chosen = me?.locale ?? null;
  useEffect(() => {
    if (me === undefined) return;
    void applyLocale(chosen ?? browserLocale());
  }, [me, chosen]);
  return null;
}

function Keyed({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <Fragment key={i18n.language}>{children}</Fragment>;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18next}>
      <LocaleSync />
      <Keyed>{children}</Keyed>
    </I18nextProvider>
  );
}
