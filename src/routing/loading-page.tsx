import { useTranslation } from 'react-i18next';

/** Shown while a page loaded on demand arrives; a status, so screen readers hear that something is happening. */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('layout.loading')}
    </p>
  );
}
