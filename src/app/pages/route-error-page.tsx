import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';

/**
 * Replaces react-router's built-in error screen, which is English-only and uses inline style attributes that the
 * Content-Security-Policy blocks.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <article className="prose">
      <PageHeading>{t('routeError.title')}</PageHeading>
      <p>{t('routeError.body')}</p>
      <p>
        <Link to={paths.start}>{t('routeError.homeLink')}</Link>
      </p>
    </article>
  );
}
