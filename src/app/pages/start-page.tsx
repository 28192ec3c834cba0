import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeading } from '../../components/ui/page-heading';
import { NewAssessmentForm } from '../../features/saved/new-assessment-form';
import { SavedList } from '../../features/saved/saved-list';
import { SavedStorageNotices } from '../../features/saved/storage-notices';
// Straight from the rule-set list, so the start page does not load the rules themselves.
import { rulesVersion } from '../../rules/rule-sets';
import { backupPath } from '../../features/backup/paths';
import { reportPaths } from '../../features/report/paths';
import { reviewPaths } from '../../features/review/paths';
import { trainingPaths } from '../../features/training/paths';
import { projectsPath } from '../../features/projects/paths';
import { usePageTitle } from '../../routing/use-page-title';

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('start.title'));
  return (
    <article className="prose">
      <PageHeading>{t('start.title')}</PageHeading>
      <SavedStorageNotices />
      {/* What people come for, within the first screen of a phone (375×667, tests/e2e/summary-print.e2e.mjs); the
          explanation of the tool follows. */}
      <NewAssessmentForm />
      <SavedList />
      {/* After the saved list, so a phone's first screen still shows the new assessment and the saved ones. */}
      <p className="start-projects">
        <Link to={projectsPath}>{t('start.projects.link')}</Link>
        <span className="hint">{t('start.projects.hint')}</span>
      </p>

      {/* Said plainly near what people save: nothing leaves this browser, so nothing is kept anywhere else either. */}
      <section className="notice start-backup" aria-labelledby="start-backup">
        <h2 className="notice__heading" id="start-backup">
          {t('start.backup.heading')}
        </h2>
        <p>{t('start.backup.text')}</p>
        <p>
          <Link to={backupPath}>{t('start.backup.link')}</Link>
        </p>
      </section>

      <p className="lead">{t('start.lead')}</p>

      <section aria-labelledby="start-what">
        <h2 id="start-what">{t('start.what.heading')}</h2>
        <ul>
          <li>{t('start.what.item1')}</li>
          <li>{t('start.what.item2')}</li>
          <li>{t('start.what.item3')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-scope">
        <h2 id="start-scope">{t('start.scope.heading')}</h2>
        <ul>
          <li>{t('start.scope.item1')}</li>
          <li>{t('start.scope.item2')}</li>
          <li>{t('start.scope.item3')}</li>
        </ul>
        <p>{t('start.scope.outside')}</p>
      </section>

      <section aria-labelledby="start-limits">
        <h2 id="start-limits">{t('start.limits.heading')}</h2>
        <ul>
          <li>{t('start.limits.legal')}</li>
          <li>{t('start.limits.ethics')}</li>
          <li>{t('start.limits.guideline')}</li>
        </ul>
      </section>

      <section aria-labelledby="start-more">
        <h2 id="start-more">{t('start.more.heading')}</h2>
        <ul className="tool-links">
          <li>
            <Link to={reportPaths.import}>{t('start.more.import')}</Link>
            <span className="hint">{t('start.more.importHint')}</span>
          </li>
          <li>
            <Link to={reviewPaths.open}>{t('start.more.review')}</Link>
            <span className="hint">{t('start.more.reviewHint')}</span>
          </li>
          <li>
            <Link to={trainingPaths.library}>{t('start.more.training')}</Link>
            <span className="hint">{t('start.more.trainingHint')}</span>
          </li>
        </ul>
      </section>

      <p className="meta">{t('start.rulesVersion', { version: rulesVersion })}</p>
    </article>
  );
}
