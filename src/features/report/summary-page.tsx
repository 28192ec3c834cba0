import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import '../../styles/report.css';
import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import { nextQuestion } from '../../rules';
import { evaluateAnswers } from '../assessments/evaluated';
import type { SavedAssessment } from '../assessments/schema';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { resultNamespaces } from '../result/namespaces';
import { formatDate } from './format';
import { reportNamespaces } from './namespaces';
import { reportPaths } from './paths';
import { Incomplete, NoAssessment } from './report-page';
import { buildSummary } from './summary';
import type { Summary } from './summary';

/**
 * The one-page summary of the current assessment, to attach to an application: what it is, the recommended basis
 * and why, what to do next and what needs attention. On paper it fits one A4 page in black and white; the full
 * report stays one link away.
 */
export function SummaryPage() {
  const { t } = useTranslation(reportNamespaces);
  usePageTitle(t('report:summary.title'));
  const current = useCurrentAssessment();
  if (current === undefined) return <NoAssessment title={t('report:summary.title')} />;
  const next = nextQuestion(current.answers);
  if (next !== null) return <Incomplete title={t('report:summary.title')} next={next} />;
  return <SummaryView saved={current} />;
}

export default SummaryPage;

function SummaryView({ saved }: { saved: SavedAssessment }) {
  const { t, i18n } = useTranslation(reportNamespaces);
  const { t: resultT } = useTranslation(resultNamespaces);
  // Dated the day it is made, like the report; fixed for the life of the page.
  const [today] = useState(() => new Date());
  const date = formatDate(today, i18n.resolvedLanguage);
  const assessment = evaluateAnswers(saved.answers);
  const summary = useMemo(() => buildSummary(saved, assessment, t, resultT, date), [saved, assessment, t, resultT, date]);

  return (
    <article className="report-page summary-page">
      <BackLink to={reportPaths.report}>{t('report:summary.reportLink')}</BackLink>
      <PageHeading>{t('report:summary.title')}</PageHeading>
      <div className="report-actions" role="group" aria-label={t('report:summary.actionsLabel')}>
        <p className="report-page__lead">{t('report:summary.lead')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('report:summary.print')}
        </button>
      </div>
      <SummaryBody summary={summary} />
    </article>
  );
}

function SummaryBody({ summary }: { summary: Summary }) {
  const { t } = useTranslation(reportNamespaces);
  return (
    <>
      <dl className="summary-meta" aria-label={t('report:summary.metaLabel')}>
        <div className="summary-meta__row summary-meta__row--wide">
          <dt>{t('report:summary.project')}</dt>
          <dd>{summary.project}</dd>
        </div>
        <div className="summary-meta__row">
          <dt>{t('report:summary.stage')}</dt>
          <dd>{summary.stage}</dd>
        </div>
        <div className="summary-meta__row">
          <dt>{t('report:summary.date')}</dt>
          <dd>{summary.date}</dd>
        </div>
        <div className="summary-meta__row">
          <dt>{t('report:summary.rules')}</dt>
          <dd>{summary.rulesVersion}</dd>
        </div>
        <div className="summary-meta__row">
          <dt>{t('report:summary.fingerprint')}</dt>
          <dd className="summary-meta__code">{summary.fingerprint}</dd>
        </div>
      </dl>

      <section className="summary-section" aria-labelledby="summary-recommended">
        <h2 id="summary-recommended">{t('report:summary.recommendedHeading')}</h2>
        {summary.outOfScope ? <p>{t('report:summary.outOfScope')}</p> : null}
        <p className="summary-basis">{summary.recommended ?? t('report:summary.noneYet')}</p>
        {summary.reasons.length === 0 ? null : (
          <>
            <h3>{t('report:summary.whyHeading')}</h3>
            <ul>
              {summary.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="summary-section" aria-labelledby="summary-steps">
        <h2 id="summary-steps">{t('report:summary.stepsHeading')}</h2>
        {summary.noSteps === null ? (
          <ol className="summary-steps">
            {summary.steps.map((step) => (
              <li key={step.title}>
                <span className="summary-steps__title">{step.title}</span>
                <span className="summary-steps__detail">{step.detail}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t(summary.noSteps === 'all_done' ? 'report:summary.allDone' : 'report:summary.noSteps')}</p>
        )}
        {summary.moreSteps > 0 ? <p>{t('report:summary.moreSteps', { count: summary.moreSteps })}</p> : null}
      </section>

      <section className="summary-section" aria-labelledby="summary-warnings">
        <h2 id="summary-warnings">{t('report:summary.warningsHeading')}</h2>
        {summary.warnings.length === 0 ? (
          <p>{t('report:summary.noWarnings')}</p>
        ) : (
          <ul>
            {summary.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </section>

      <p className="summary-footer">{t('report:summary.footer')}</p>
    </>
  );
}
