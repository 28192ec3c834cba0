import { type ReactElement, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../styles/result.css';
import { paths, questionPath } from '../../routing/paths';
import { useInPageTarget } from '../../routing/use-in-page-target';
import { usePageTitle } from '../../routing/use-page-title';
import { PageHeading } from '../../components/ui/page-heading';
import { useRevealInSteps } from '../../components/ui/use-reveal-in-steps';
import { questionTitleKey, stageCertaintyKey, stageKey } from '../../i18n/keys';
import { ProjectFlowNote } from '../projects/flow-notes';
import { nextQuestion, stageNameCertainty } from '../../rules';
import { evaluateAnswers } from '../assessments/evaluated';
import type { Assessment, ChecklistId, QuestionId } from '../../rules';
import type { SavedAssessment } from '../assessments/schema';
import { isSingleFile } from '../../lib/build-target';
import { dataCheckPath } from '../data-check/paths';
import { draftsPath } from '../drafts/paths';
import { reportPaths } from '../report/paths';
import { useAssessmentsApi } from '../assessments/store-context';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { StageTimeline } from '../timeline/stage-timeline';
import { BasesSection } from './bases-section';
import { ChecklistSection } from './checklist-section';
import { feedbackPath } from '../feedback/paths';
import { ReceivedReviewPanel, checklistFeedback } from '../feedback/received-review';
import { GlossarySection } from './glossary-section';
import { ResultSummary } from './result-summary';
import { termsUsedBy } from './result-terms';
import { sectionIds } from './section-ids';
import { useOpenDetailsForPrint } from './use-open-details-for-print';
import { isScopeNotice } from './warning-kinds';
import { WarningsSection } from './warnings-section';
import { resultNamespaces } from './namespaces';


/** Checklist items whose work shows in the files themselves, which the data check page can look at. */
const dataCheckItems: ReadonlySet<ChecklistId> = new Set<ChecklistId>(['clean_dicom_headers', 'remove_burned_in_text', 'mask_wsi_labels', 'scrub_free_text', 'remove_ehr_identifiers']);
/**
 * The result of the current assessment. Nothing here decides anything: the page shows what `evaluate` returns,
 * in words from the locale files, with the sources of every statement one click away.
 */
export function ResultPage() {
  const { t } = useTranslation(resultNamespaces);
  usePageTitle(t('result:title'));
  const current = useCurrentAssessment();
  if (current === undefined) return <NoAssessment />;
  // evaluate throws on an incomplete input: ask the rules first which question is still open.
  const next = nextQuestion(current.answers);
  if (next !== null) return <Incomplete next={next} />;
  return <Result saved={current} />;
}

export default ResultPage;

function NoAssessment() {
  const { t } = useTranslation(resultNamespaces);
  return (
    <article className="prose result-page result-page--empty">
      <PageHeading>{t('result:title')}</PageHeading>
      <h2>{t('result:empty.noAssessmentTitle')}</h2>
      <p>{t('result:empty.noAssessmentBody')}</p>
      <p>
        <Link to={paths.start}>{t('result:empty.startLink')}</Link>
      </p>
    </article>
  );
}

function Incomplete({ next }: { next: QuestionId }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <article className="prose result-page result-page--empty">
      <PageHeading>{t('result:title')}</PageHeading>
      <h2>{t('result:empty.incompleteTitle')}</h2>
      <p>{t('result:empty.incompleteBody')}</p>
      <p>
        <Link to={questionPath(next)}>{t('result:empty.continueLink')}</Link>
      </p>
    </article>
  );
}

function Result({ saved }: { saved: SavedAssessment }) {
  const { t } = useTranslation(resultNamespaces);
  const store = useAssessmentsApi();
  const page = useRef<HTMLElement>(null);
  useOpenDetailsForPrint(page);
  const assessment = evaluateAnswers(saved.answers);
  const terms = useMemo(() => termsUsedBy(assessment), [assessment]);
  const toggle = (id: ChecklistId) => {
    store.getState().tickToggled(id);
  };
  const details: readonly ReactElement[] = [
    <div id={sectionIds.bases} key="bases">
      <BasesSection bases={assessment.bases} statuteOnly={!assessment.inScope} />
    </div>,
    <div id={sectionIds.warnings} key="warnings">
      <WarningsSection warnings={assessment.warnings.filter((warning) => !isScopeNotice(warning.id))} />
    </div>,
    <div id={sectionIds.timeline} key="timeline">
      <StageTimeline timeline={assessment.timeline} current={assessment.stage} />
    </div>,
    <div id={sectionIds.checklist} key="checklist">
      <ChecklistSection
        items={assessment.checklist}
        answers={saved.answers}
        ticks={saved.ticks}
        onToggle={toggle}
        feedbackOn={saved.receivedReview === undefined ? undefined : (item) => checklistFeedback(saved.receivedReview, item)}
      />
    </div>,
    ...(terms.length > 0
      ? [
          <div id={sectionIds.glossary} key="glossary">
            <GlossarySection terms={terms} />
          </div>,
        ]
      : []),
  ];

  return (
    <article className="result-page" ref={page}>
      <PageHeading>{t('result:title')}</PageHeading>
      <ProjectFlowNote />
      <ResultMeta saved={saved} assessment={assessment} />
      <ResultSummary assessment={assessment} answers={saved.answers} ticks={saved.ticks} />
      <div className="result-actions" role="group" aria-label={t('result:actions.label')}>
        <button
          type="button"
          className="button button--secondary result-actions__print"
          onClick={() => {
            window.print();
          }}
        >
          {t('result:actions.print')}
        </button>
        <Link className="result-actions__check" to={paths.check}>
          {t('result:actions.checkAnswers')}
        </Link>
        <Link className="result-actions__check" to={reportPaths.report}>
          {t('result:actions.report')}
        </Link>
        <Link className="result-actions__check" to={reportPaths.summary}>
          {t('result:actions.summary')}
        </Link>
        <Link className="result-actions__check" to={feedbackPath}>
          {t('result:actions.takeInReview')}
        </Link>
        {/* Out of scope, the drafts would all say "does not apply": no link that leads nowhere. */}
        {assessment.inScope ? (
          <Link className="result-actions__check" to={draftsPath}>
            {t('result:actions.drafts')}
          </Link>
        ) : null}
        {/* Only where the checklist asks for processing that a file check can verify. */}
        {!isSingleFile && assessment.checklist.some((item) => dataCheckItems.has(item.id)) ? (
          <Link className="result-actions__check" to={dataCheckPath}>
            {t('result:actions.dataCheck')}
          </Link>
        ) : null}
      </div>
      {saved.receivedReview === undefined ? null : (
        <ReceivedReviewPanel
          review={saved.receivedReview}
          answers={saved.answers}
          questionTitle={(question) => t(questionTitleKey(question))}
          onRemove={() => {
            store.getState().receivedReviewRemoved(saved.id);
          }}
        />
      )}
      <Contents hasGlossary={terms.length > 0} />
      <Details parts={details} />
    </article>
  );
}

/**
 * The summary paints first; the long details below follow one section at a time, each a render React can interrupt
 * and a commit of its own, instead of one long task that would freeze a slow phone for a moment. The count lives
 * here, not in Result, so each step renders only the section it adds.
 */
function Details({ parts }: { parts: readonly ReactElement[] }) {
  const shown = useRevealInSteps(parts.length);
  const complete = shown === parts.length;
  useInPageTarget(complete);
  // aria-busy: assistive technology waits for the sections still to come rather than reading a page half built.
  return (
    <div className="result-details" aria-busy={!complete}>
      {parts.slice(0, shown)}
    </div>
  );
}

/** In-page links to the details, after the summary: the page is long, and most readers want one part of it. */
function Contents({ hasGlossary }: { hasGlossary: boolean }) {
  const { t } = useTranslation(resultNamespaces);
  const entries = (['bases', 'warnings', 'timeline', 'checklist', 'glossary'] as const).filter((entry) => entry !== 'glossary' || hasGlossary);
  return (
    <nav className="result-contents" aria-label={t('result:contents.label')}>
      <p className="result-contents__label" aria-hidden="true">
        {t('result:contents.label')}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry}>
            <Link to={`#${sectionIds[entry]}`}>{t(`result:contents.${entry}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ResultMeta({ saved, assessment }: { saved: SavedAssessment; assessment: Assessment }) {
  const { t } = useTranslation(resultNamespaces);
  const reconstructed = stageNameCertainty[assessment.stage] === 'reconstructed';
  return (
    <dl className="result-meta" aria-label={t('result:meta.label')}>
      <div className="result-meta__row">
        <dt>{t('result:meta.project')}</dt>
        <dd>{saved.name.trim() === '' ? t('result:meta.unnamed') : saved.name}</dd>
      </div>
      <div className="result-meta__row">
        <dt>{t('result:meta.stage')}</dt>
        <dd data-stage={assessment.stage}>
          {t(stageKey(assessment.stage))}
          {reconstructed ? (
            <span className="stage-mark" data-stage-certainty="reconstructed">
              {t('result:timeline.mark')} {t(stageCertaintyKey('reconstructed'))}
            </span>
          ) : null}
        </dd>
      </div>
      <div className="result-meta__row">
        <dt>{t('result:meta.rulesVersion')}</dt>
        <dd>
          <code>{assessment.rulesVersion}</code>
        </dd>
      </div>
    </dl>
  );
}
