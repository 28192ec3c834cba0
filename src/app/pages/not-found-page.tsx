import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeading } from '../../components/ui/page-heading';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <article className="prose">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.start}>{t('notFound.homeLink')}</Link>
      </p>
    </article>
  );
}
