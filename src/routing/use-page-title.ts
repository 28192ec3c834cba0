import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "page | product"; re-runs when the language (and so the page text) changes. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.pageTitle', { page, app: t('app.name') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
