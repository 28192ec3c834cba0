import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../styles/review.css';
import { useInPageTarget } from '../../routing/use-in-page-target';
import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import { TextAreaField } from '../../components/ui/fields';
import { checklistDetailKey, checklistTitleKey } from '../../i18n/keys';
import type { Assessment, AssessmentInput, ChecklistId, QuestionId } from '../../rules';
import { AttachedChecks } from '../data-check/attached-checks';
import { CitationList } from '../citations/citation-link';
import { BasesSection } from '../result/bases-section';
import { ResultSummary } from '../result/result-summary';
import { sectionIds } from '../result/section-ids';
import { isScopeNotice } from '../result/warning-kinds';
import { WarningsSection } from '../result/warnings-section';
import { displayName } from './build-memo';
import { ChecksSection } from './checks-section';
import { ExportActions } from './export-actions';
import { MarkField } from './mark-field';
import { reviewNamespaces } from './namespaces';
import { projectFlowPath, projectSessionPath, reviewPaths } from './paths';
import { MAX_FIELD } from './schema';
import type { ItemReview, Review } from './schema';
import { ReviewStorageNotices } from './storage-notices';
import { useReviewsApi } from './store-context';
import { submitterNote } from './submission';
import type { Examination } from './submission';
import { RuleUpdateNotice } from '../exchange/rule-update-notice';
import { answerLabels, answerNote, answerText, questionTitle } from './texts';
import { useExamination, useReview } from './use-review';
import { SinceReviewSection } from './since-review-section';

/**
 * The review of one submission. The submission is read-only: the page shows its answers and what the current rules
 * make of them, checks it, and lets the reviewer mark answers and checklist items. Only the marks are edited.
 */
export function ReviewSessionPage() {
  const { reviewId } = useParams();
  const review = useReview(reviewId);
  if (review === undefined) return <ReviewNotFound />;
  return <Session review={review} />;
}

export default ReviewSessionPage;

export function ReviewNotFound() {
  const { t } = useTranslation(reviewNamespaces);
  usePageTitle(t('review:notFound.title'));
  return (
    <div className="prose">
      <PageHeading>{t('review:notFound.title')}</PageHeading>
      <p>{t('review:notFound.body')}</p>
      <p>
        <Link to={reviewPaths.open}>{t('review:notFound.link')}</Link>
      </p>
    </div>
  );
}

/**
 * Where a flow's review sits in a project review: the project's page is the way back, the reviewer and the memo
 * belong to the project, and the flows before and after are a link away.
 */
export interface FlowOfProject {
  readonly projectReviewId: string;
  readonly projectName: string;
  /** From 1, as the pages count flows. */
  readonly number: number;
  readonly count: number;
}

export function Session({ review, flowOf }: { review: Review; flowOf?: FlowOfProject | undefined }) {
  const { t } = useTranslation(reviewNamespaces);
  const examination = useExamination(review);
  const name = displayName(t, review);
  useInPageTarget(true);
  usePageTitle(t('review:session.title', { name }));

  return (
    <article className="review-session">
      {flowOf === undefined ? (
        <BackLink to={reviewPaths.open}>{t('review:session.back')}</BackLink>
      ) : (
        <BackLink to={projectSessionPath(flowOf.projectReviewId)}>{t('review:project.backToProject')}</BackLink>
      )}
      <PageHeading>{t('review:session.title', { name })}</PageHeading>
      {flowOf === undefined ? null : (
        <p className="review-session__project">
          {t('review:project.flowOf', {
            project: flowOf.projectName.trim() === '' ? t('review:project.unnamed') : flowOf.projectName,
            number: flowOf.number,
            count: flowOf.count,
          })}
        </p>
      )}
      <p className="lead">{t('review:session.readOnly')}</p>
      <ReviewStorageNotices />
      <SubmissionMeta review={review} examination={examination} />
      <ChecksSection examination={examination} />
      <RuleUpdateSection examination={examination} />
      {review.submission.kind === 'file' && review.submission.file.reviewedVersion !== undefined ? (
        <SinceReviewSection reviewed={review.submission.file.reviewedVersion} examination={examination} />
      ) : null}
      {review.submission.kind === 'file' && review.submission.file.notes !== undefined && review.submission.file.notes.trim() !== '' ? (
        <NotesSection notes={review.submission.file.notes} />
      ) : null}
      <AnswersReview review={review} examination={examination} />
      <CurrentResult examination={examination} ticks={review.submission.kind === 'file' ? review.submission.file.ticks : []} />
      {review.submission.kind === 'file' && review.submission.file.dataChecks !== undefined ? (
        <AttachedChecks records={review.submission.file.dataChecks} />
      ) : null}
      <div id={sectionIds.checklist}>
        <ChecklistReview review={review} examination={examination} />
      </div>
      <OverallReview review={review} withReviewer={flowOf === undefined} />
      {flowOf === undefined ? <ExportActions review={review} examination={examination} printLink /> : <FlowNavigation flowOf={flowOf} />}
    </article>
  );
}

/** In a project review: the memo is saved for the whole project, so this leads back to it and along the flows. */
function FlowNavigation({ flowOf }: { flowOf: FlowOfProject }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  return (
    <nav className="review-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:project.flowNav.heading')}</h2>
      <p>{t('review:project.flowNav.lead')}</p>
      <ul className="review-flow-nav">
        {flowOf.number > 1 ? (
          <li>
            <Link to={projectFlowPath(flowOf.projectReviewId, flowOf.number - 1)}>{t('review:project.flowNav.previous', { number: flowOf.number - 1 })}</Link>
          </li>
        ) : null}
        {flowOf.number < flowOf.count ? (
          <li>
            <Link to={projectFlowPath(flowOf.projectReviewId, flowOf.number + 1)}>{t('review:project.flowNav.next', { number: flowOf.number + 1 })}</Link>
          </li>
        ) : null}
        <li>
          <Link to={projectSessionPath(flowOf.projectReviewId)}>{t('review:project.backToProject')}</Link>
        </li>
      </ul>
    </nav>
  );
}

function SubmissionMeta({ review, examination }: { review: Review; examination: Examination }) {
  const { t } = useTranslation(reviewNamespaces);
  const { submission } = review;
  return (
    <dl className="review-meta" aria-label={t('review:session.meta.label')}>
      <div className="review-meta__row">
        <dt>{t('review:session.meta.name')}</dt>
        <dd>{displayName(t, review)}</dd>
      </div>
      <div className="review-meta__row">
        <dt>{t('review:session.meta.source')}</dt>
        <dd>{submission.kind === 'file' ? t('review:session.source.file') : t('review:session.source.link')}</dd>
      </div>
      {submission.kind === 'file' ? (
        <>
          <div className="review-meta__row">
            <dt>{t('review:session.meta.exportedAt')}</dt>
            <dd>
              <time dateTime={submission.file.exportedAt}>
                {t('review:list.date', {
                  date: new Date(submission.file.exportedAt),
                  formatParams: { date: { dateStyle: 'medium', timeStyle: 'short' } },
                })}
              </time>
            </dd>
          </div>
          <div className="review-meta__row">
            <dt>{t('review:session.meta.fingerprint')}</dt>
            <dd>
              <code>{submission.file.fingerprint}</code>
            </dd>
          </div>
        </>
      ) : null}
      <div className="review-meta__row">
        <dt>{t('review:session.meta.submittedRules')}</dt>
        <dd>
          <code>{examination.submittedRulesVersion}</code>
        </dd>
      </div>
      <div className="review-meta__row">
        <dt>{t('review:session.meta.currentRules')}</dt>
        <dd>
          <code>{examination.currentRulesVersion}</code>
        </dd>
      </div>
    </dl>
  );
}

/**
 * A submission made under rules the current ones replace: what the update did to its answers (removed ones the
 * submitter has to choose again) and which new questions the result below answers as the old rules assumed.
 */
const RuleUpdateSection = memo(function RuleUpdateSection({ examination }: { examination: Examination }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const { rules, removed, assumed, evaluatedInput } = examination;
  if (rules.kind !== 'superseded' && removed.length === 0) return null;
  return (
    <section className="review-section" aria-labelledby={headingId} data-section="rule-update">
      <h2 id={headingId}>{t('review:ruleUpdate.heading')}</h2>
      <RuleUpdateNotice from={examination.submittedRulesVersion} removed={removed} />
      {assumed.length === 0 ? null : (
        <>
          <p>{t('review:ruleUpdate.assumedLead', { version: examination.submittedRulesVersion })}</p>
          <ul className="review-assumed" data-assumed={assumed.join(' ')}>
            {assumed.map((question) => (
              <li key={question}>
                {t('review:ruleUpdate.assumedItem', {
                  question: questionTitle(t, question),
                  answer: answerText(t, question, evaluatedInput[question]),
                })}
              </li>
            ))}
          </ul>
          <p>{t('review:ruleUpdate.assumedConfirm')}</p>
        </>
      )}
    </section>
  );
});

function NotesSection({ notes }: { notes: string }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:session.notesHeading')}</h2>
      <p className="review-text">{notes}</p>
    </section>
  );
}

function AnswersReview({ review, examination }: { review: Review; examination: Examination }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId} data-section="answers">
      <h2 id={headingId}>{t('review:answers.heading')}</h2>
      <p>{t('review:answers.lead')}</p>
      <ol className="review-items">
        {examination.path.map((question) => (
          <AnswerItem
            key={question}
            reviewId={review.id}
            question={question}
            answer={examination.evaluatedInput[question]}
            note={answerNote(t, examination, question)}
            submitterNote={submitterNote(review.submission, question)}
            value={review.answers[question]}
          />
        ))}
      </ol>
    </section>
  );
}

interface AnswerItemProps {
  readonly reviewId: string;
  readonly question: QuestionId;
  readonly answer: AssessmentInput[QuestionId];
  /** Why the answer is not simply the submitter's (removed by the rules update, or assumed), or null. */
  readonly note: string | null;
  /** The submitter's own note or evidence on the answer, as they typed it. */
  readonly submitterNote: string | undefined;
  readonly value: ItemReview | undefined;
}

/** One answer and its mark. Memoised: typing a comment re-renders its own item, not the whole review. */
const AnswerItem = memo(function AnswerItem({ reviewId, question, answer, note, submitterNote: submitted, value }: AnswerItemProps) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const title = questionTitle(t, question);
  const labels = answerLabels(t, question, answer);
  return (
    <li className="review-item" data-question={question}>
      <h3 className="review-item__title">{title}</h3>
      <div className="review-item__answer">
        <span className="review-item__answer-label">{t('review:answers.answerLabel')}</span>
        {answer === undefined ? <span>{t('review:answers.unanswered')}</span> : null}
        {answer !== undefined && labels.length === 0 ? <span>{t('review:answers.none')}</span> : null}
        {labels.length === 1 ? <span>{labels[0]}</span> : null}
        {labels.length > 1 ? (
          <ul className="review-item__answers">
            {labels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {note === null ? null : <p className="review-item__note">{note}</p>}
      {submitted === undefined ? null : (
        <p className="review-item__submitter-note user-text">
          <span className="review-item__answer-label">{t('review:answers.submitterNote')}</span>
          {submitted}
        </p>
      )}
      <MarkField
        item={title}
        value={value}
        onMark={(mark) => {
          store.getState().answerMarked(reviewId, question, mark);
        }}
        onComment={(comment) => {
          store.getState().answerCommented(reviewId, question, comment);
        }}
      />
    </li>
  );
});

const CurrentResult = memo(function CurrentResult({ examination, ticks }: { examination: Examination; ticks: readonly ChecklistId[] }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const { current } = examination;
  if (current.kind === 'incomplete') {
    return (
      <section className="review-section" aria-labelledby={headingId} data-section="result">
        <h2 id={headingId}>{t('review:result.heading', { version: examination.currentRulesVersion })}</h2>
        <p>{t('review:result.incomplete', { question: questionTitle(t, current.next) })}</p>
      </section>
    );
  }
  return <CompleteResult assessment={current.assessment} examination={examination} ticks={ticks} />;
});

/** The result by the current rules, with the result page's own sections (verdicts, reasons, citations). */
function CompleteResult({ assessment, examination, ticks }: { assessment: Assessment; examination: Examination; ticks: readonly ChecklistId[] }) {
  const { t } = useTranslation(reviewNamespaces);
  const version = examination.currentRulesVersion;
  const assumed = examination.assumed.length > 0;
  return (
    <div className="review-result result-page" data-section="result">
      <p className="review-result__lead">{t(assumed ? 'review:result.leadAssumed' : 'review:result.lead', { version })}</p>
      <ResultSummary assessment={assessment} answers={examination.evaluatedInput} ticks={ticks} />
      {/* The summary's links lead to these, as on the result page. */}
      <div id={sectionIds.warnings}>
        <WarningsSection warnings={assessment.warnings.filter((warning) => !isScopeNotice(warning.id))} />
      </div>
      <div id={sectionIds.bases}>
        <BasesSection bases={assessment.bases} statuteOnly={!assessment.inScope} />
      </div>
    </div>
  );
}

function ChecklistReview({ review, examination }: { review: Review; examination: Examination }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const items = examination.current.kind === 'complete' ? examination.current.assessment.checklist : [];
  const ticks = review.submission.kind === 'file' ? review.submission.file.ticks : null;
  return (
    <section className="review-section" aria-labelledby={headingId} data-section="checklist">
      <h2 id={headingId}>{t('review:checklist.heading')}</h2>
      {items.length === 0 ? (
        <p>{t('review:checklist.empty')}</p>
      ) : (
        <>
          <p>{t('review:checklist.lead')}</p>
          <ol className="review-items">
            {items.map((item) => (
              <ChecklistItem
                key={item.id}
                reviewId={review.id}
                id={item.id}
                citations={item.citations}
                value={review.checklist[item.id]}
                ticked={ticks === null ? null : ticks.includes(item.id)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

interface ChecklistItemProps {
  readonly reviewId: string;
  readonly id: ChecklistId;
  readonly citations: Assessment['checklist'][number]['citations'];
  readonly value: ItemReview | undefined;
  /** Whether the submitter ticked the item; null for a share link, which carries no ticks. */
  readonly ticked: boolean | null;
}

/** One checklist item and its mark; memoised like AnswerItem. */
const ChecklistItem = memo(function ChecklistItem({ reviewId, id, citations, value, ticked }: ChecklistItemProps) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const title = t(checklistTitleKey(id));
  let record: string;
  if (ticked === null) record = t('review:checklist.noRecord');
  else record = ticked ? t('review:checklist.ticked') : t('review:checklist.notTicked');
  return (
    <li className="review-item" data-checklist={id}>
      <h3 className="review-item__title">{title}</h3>
      <p className="review-item__detail">{t(checklistDetailKey(id))}</p>
      <CitationList ids={citations} />
      <p className="review-item__record">
        <span className="review-item__answer-label">{t('review:checklist.submitterColumn')}</span>
        {record}
      </p>
      <MarkField
        item={title}
        value={value}
        onMark={(mark) => {
          store.getState().checklistMarked(reviewId, id, mark);
        }}
        onComment={(comment) => {
          store.getState().checklistCommented(reviewId, id, comment);
        }}
      />
    </li>
  );
});

/** `withReviewer` false: in a project review the reviewer and committee are entered once, on the project's page. */
function OverallReview({ review, withReviewer }: { review: Review; withReviewer: boolean }) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const headingId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId} data-section="overall">
      <h2 id={headingId}>{withReviewer ? t('review:overall.heading') : t('review:project.flowOverall.heading')}</h2>
      <TextAreaField
        className="review-overall__comment"
        label={withReviewer ? t('review:overall.comment') : t('review:project.flowOverall.comment')}
        rows={5}
        value={review.overallComment}
        onChange={(comment) => {
          store.getState().overallCommented(review.id, comment);
        }}
      />
      {withReviewer ? (
        <>
          <ReviewerField
            label={t('review:overall.reviewerName')}
            autoComplete="name"
            value={review.reviewerName}
            onChange={(name) => {
              store.getState().reviewerNamed(review.id, name);
            }}
          />
          <ReviewerField
            label={t('review:overall.committee')}
            autoComplete="organization"
            value={review.committee}
            onChange={(committee) => {
              store.getState().committeeNamed(review.id, committee);
            }}
          />
        </>
      ) : null}
      <p className="hint">{t('review:overall.saved')}</p>
    </section>
  );
}

/** One line about the reviewer (name, committee), saved as typed. */
export function ReviewerField({
  label,
  autoComplete,
  value,
  onChange,
}: {
  label: string;
  autoComplete: 'name' | 'organization';
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input
        className="input"
        id={id}
        type="text"
        autoComplete={autoComplete}
        maxLength={MAX_FIELD}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
