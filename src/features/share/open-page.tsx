import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import '../../styles/report.css';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { PageHeading } from '../../components/ui/page-heading';
import { basisNameKey } from '../../i18n/keys';
import { nextQuestion, rulesVersion } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
import { ruleUpdateSummary } from '../exchange/rule-update';
import type { RemovedAnswer } from '../exchange/rule-update';
import { RuleUpdateNotice } from '../exchange/rule-update-notice';
import { decodeShare } from '../exchange/share-link';
import type { ShareProblem } from '../exchange/share-link';
import { AnswerSummary } from '../report/answer-summary';
import { formatDate } from '../report/format';
import { pathAfterAdding, recommendedFor } from '../report/import-target';
import { reportNamespaces } from '../report/namespaces';
import { withUserText } from '../report/user-text';
import { shareParam } from './share-url';

type LinkProblem = ShareProblem | 'missing';

/**
 * The landing page of a share link (`#/open?a=…`). It shows what the link holds and changes nothing until the
 * person chooses to open it, which adds a new assessment and never replaces one.
 */
export function OpenPage() {
  const { t } = useTranslation(reportNamespaces);
  usePageTitle(t('report:open.title'));
  const [params] = useSearchParams();
  const payload = params.get(shareParam);
  const decoded = useMemo(() => (payload === null || payload === '' ? null : decodeShare(payload)), [payload]);

  if (decoded === null) return <Problem problem="missing" />;
  if (!decoded.ok) return <Problem problem={decoded.problem} />;
  return <Contents answers={decoded.answers} linkRules={decoded.rulesVersion} removed={decoded.removed} />;
}

export default OpenPage;

function Problem({ problem }: { problem: LinkProblem }) {
  const { t } = useTranslation(reportNamespaces);
  return (
    <article className="prose open-page" data-problem={problem}>
      <PageHeading>{t('report:open.problem.heading')}</PageHeading>
      <div className="problem-box" role="alert">
        <p>{t(`report:open.problem.${problem}`)}</p>
        <p>{t('report:open.problem.untouched')}</p>
      </div>
      <p>
        <Link to={paths.start}>{t('report:page.homeLink')}</Link>
      </p>
    </article>
  );
}

function Contents({ answers, linkRules, removed }: { answers: AssessmentInput; linkRules: string; removed: readonly RemovedAnswer[] }) {
  const { t, i18n } = useTranslation(reportNamespaces);
  const store = useAssessmentsApi();
  const savingEnabled = useAssessmentsState((state) => state.savingEnabled && state.storageProblem === null);
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const complete = nextQuestion(answers) === null;
  const recommended = useMemo(() => recommendedFor(answers), [answers]);
  const ruleUpdate = useMemo(() => ruleUpdateSummary(linkRules, answers, removed), [linkRules, answers, removed]);

  const open = () => {
    if (opening) return;
    setOpening(true);
    store.getState().assessmentImported({
      name: t('report:open.defaultName', { date: formatDate(new Date(), i18n.resolvedLanguage) }),
      answers,
      ticks: [],
      // Kept with the assessment, so the saved list goes on saying what the update changed until it is answered.
      ...(ruleUpdate === null ? {} : { ruleUpdate: { from: ruleUpdate.from, removed: [...removed] } }),
    });
    void navigate(pathAfterAdding(answers));
  };

  return (
    <article className="prose open-page">
      <PageHeading>{t('report:open.title')}</PageHeading>
      <p>{t('report:open.lead')}</p>
      <AnswerSummary answers={answers} />
      <p className="open-page__rules">{withUserText((slots) => t('report:open.linkRules', slots), { version: linkRules })}</p>
      {ruleUpdate === null ? null : <RuleUpdateNotice from={ruleUpdate.from} removed={ruleUpdate.removed} added={ruleUpdate.added} />}
      {linkRules === rulesVersion || ruleUpdate !== null ? null : (
        <p className="notice" data-notice="rules-differ">
          {t('report:open.rulesDiffer', { current: rulesVersion })}
        </p>
      )}
      {complete ? null : <p className="notice">{t('report:open.incomplete')}</p>}
      {recommended === undefined ? null : (
        <p className="open-page__recommended">
          {recommended.basis === null
            ? t('report:open.recommendedNone')
            : t('report:open.recommended', { basis: t(basisNameKey(recommended.basis)) })}
        </p>
      )}
      <p>{t('report:open.notice')}</p>
      {savingEnabled ? null : <p className="notice">{t('report:savingOff')}</p>}
      <div className="button-group">
        <button type="button" className="button" disabled={opening} onClick={open}>
          {t('report:open.confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigate(paths.start);
          }}
        >
          {t('report:open.cancel')}
        </button>
      </div>
    </article>
  );
}
