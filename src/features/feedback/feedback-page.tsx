import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import '../../styles/report.css';
import { SelectField } from '../../components/ui/fields';
import { FileProblemBox, IssueList, MAX_ISSUES_SHOWN } from '../../components/ui/file-problem-box';
import { PageHeading } from '../../components/ui/page-heading';
import { useFocusOnMount } from '../../components/ui/use-focus-on-mount';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
import { MAX_FILE_BYTES } from '../exchange/format';
import { formatBytes, formatDateTime } from '../report/format';
import { reportPaths } from '../report/paths';
import { withUserText } from '../report/user-text';
import { readFileText } from '../review/read-file';
import { parseReviewFile } from '../review/review-file';
import type { ReviewFile, ReviewFileProblem } from '../review/review-file';
import { markCounts } from './marks';
import { matchAssessment } from './match';
import { ProjectMemoImport, ProjectMemoProblem, readProjectMemo } from './project-memo-import';
import type { ProjectMemoRead } from './project-memo-import';
import { Row } from './summary-row';

type Problem = ReviewFileProblem | { readonly kind: 'unreadable' } | { readonly kind: 'multiple' };

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'preview'; readonly file: ReviewFile }
  | ProjectMemoRead
  | { readonly kind: 'taken'; readonly id: string; readonly name: string };

async function readReview(files: FileList | null): Promise<State> {
  const first = files?.[0];
  if (files === null || first === undefined) return { kind: 'idle' };
  if (files.length > 1) return { kind: 'problem', problem: { kind: 'multiple' } };
  if (first.size > MAX_FILE_BYTES) return { kind: 'problem', problem: { kind: 'too_large', bytes: first.size } };
  let text: string;
  try {
    text = await readFileText(first);
  } catch {
    return { kind: 'problem', problem: { kind: 'unreadable' } };
  }
  const projectMemo = readProjectMemo(text);
  if (projectMemo !== null) return projectMemo;
  const parsed = parseReviewFile(text);
  return parsed.ok ? { kind: 'preview', file: parsed.file } : { kind: 'problem', problem: parsed.problem };
}

/**
 * The researcher's end of the loop with the ethics office: a review file the office exported is read here, shown,
 * and taken into the assessment it reviewed (the person confirms which). Nothing changes before they confirm, and
 * a review taken in before is replaced only after the page has said so.
 */
export function FeedbackPage() {
  const { t } = useTranslation('feedback');
  usePageTitle(t('page.title'));
  const hasAssessments = useAssessmentsState((state) => state.assessments.length > 0);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const readCount = useRef(0);
  const inputId = useId();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const attempt = ++readCount.current;
    setState({ kind: 'reading' });
    void readReview(event.target.files).then((next) => {
      // A slow read that finishes after a newer one must not overwrite it.
      if (attempt === readCount.current) setState(next);
    });
    event.target.value = '';
  };

  return (
    <article className="prose feedback-page">
      <PageHeading>{t('page.title')}</PageHeading>
      <p>{t('page.lead')}</p>
      {hasAssessments ? null : (
        <p className="feedback-page__empty">
          {t('page.noAssessments')} <Link to={paths.start}>{t('page.startLink')}</Link>
        </p>
      )}
      {state.kind === 'problem' ? <ProblemBox problem={state.problem} /> : null}
      {state.kind === 'preview' && hasAssessments ? (
        <Preview
          file={state.file}
          onTaken={(id, name) => {
            setState({ kind: 'taken', id, name });
          }}
          onCancel={() => {
            setState({ kind: 'idle' });
          }}
        />
      ) : null}
      {state.kind === 'taken' ? <Taken id={state.id} name={state.name} /> : null}
      {state.kind === 'project_memo_problem' ? <ProjectMemoProblem problem={state.problem} /> : null}
      {state.kind === 'project_memo' && hasAssessments ? (
        <ProjectMemoImport
          file={state.file}
          onCancel={() => {
            setState({ kind: 'idle' });
          }}
        />
      ) : null}
      {state.kind === 'preview' || state.kind === 'taken' || state.kind === 'project_memo' ? null : (
        <div className="form-group">
          <label className="label" htmlFor={inputId}>
            {t('page.fileLabel')}
          </label>
          <input id={inputId} type="file" accept=".json,application/json" onChange={choose} />
        </div>
      )}
      <p role="status">{state.kind === 'reading' ? t('page.reading') : null}</p>
    </article>
  );
}

export default FeedbackPage;

function ProblemBox({ problem }: { problem: Problem }) {
  const { t, i18n } = useTranslation('feedback');
  const message = (() => {
    switch (problem.kind) {
      case 'too_large':
        return t('problem.too_large', { size: formatBytes(problem.bytes, i18n.resolvedLanguage) });
      case 'unknown_version':
        return withUserText((slots) => t('problem.unknown_version', slots), { version: problem.version });
      case 'invalid':
        return t('problem.invalid', { count: Math.min(problem.issues.length, MAX_ISSUES_SHOWN) });
      case 'not_json':
      case 'not_a_review':
      case 'unreadable':
      case 'multiple':
        return t(`problem.${problem.kind}`);
    }
  })();
  return (
    <FileProblemBox problem={problem.kind} title={t('problem.heading')} message={message}>
      {problem.kind === 'invalid' ? (
        <IssueList
          issues={problem.issues}
          render={(issue) => (
            <code>
              {issue.path}: {issue.message}
            </code>
          )}
        />
      ) : null}
      {problem.kind === 'not_a_review' ? (
        <p>
          <Link to={reportPaths.import}>{t('page.importLink')}</Link>
        </p>
      ) : null}
    </FileProblemBox>
  );
}

function Preview({ file, onTaken, onCancel }: { file: ReviewFile; onTaken: (id: string, name: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation('feedback');
  const api = useAssessmentsApi();
  const assessments = useAssessmentsState((state) => state.assessments);
  const [match] = useState(() => matchAssessment(file, assessments));
  const [targetId, setTargetId] = useState(() => (match.kind === 'none' ? (assessments[0]?.id ?? '') : match.id));
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const ids = useId();
  const hintId = useId();
  const target = assessments.find((assessment) => assessment.id === targetId);
  const counts = markCounts(file);
  const language = i18n.resolvedLanguage;
  const orNotGiven = (value: string) => (value.trim() === '' ? t('preview.notGiven') : value);
  const hint = target === undefined || match.kind === 'none' || match.id !== target.id ? 'matchNone' : match.kind === 'same' ? 'matchSame' : 'matchName';

  return (
    <section className="feedback-preview" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} tabIndex={-1} ref={heading}>
        {t('preview.heading')}
      </h2>
      <dl className="summary-list">
        <Row term={t('preview.reviewedName')} value={file.submission.name.trim() === '' ? t('preview.unnamed') : file.submission.name} />
        <Row term={t('preview.reviewedAt')} value={formatDateTime(file.reviewedAt, language)} />
        <Row term={t('preview.reviewer')} value={orNotGiven(file.reviewer.name)} />
        <Row term={t('preview.committee')} value={orNotGiven(file.reviewer.committee)} />
        <Row term={t('preview.marks')} value={t('preview.marksValue', counts)} />
        {file.comments.overall.trim() === '' ? null : <Row term={t('preview.overall')} value={file.comments.overall} userText />}
      </dl>
      <SelectField
        label={t('preview.target')}
        value={targetId}
        describedBy={hintId}
        options={assessments.map((assessment) => ({ value: assessment.id, label: assessment.name.trim() === '' ? t('preview.unnamed') : assessment.name }))}
        onChange={setTargetId}
      />
      <p id={hintId} data-match={hint}>
        {t(`preview.${hint}`)}
        {target?.receivedReview === undefined ? null : ` ${t('preview.replaces', { date: formatDateTime(target.receivedReview.receivedAt, language) })}`}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={target === undefined}
          onClick={() => {
            if (target === undefined) return;
            api.getState().reviewReceived(target.id, { receivedAt: new Date().toISOString(), file });
            onTaken(target.id, target.name);
          }}
        >
          {t('preview.attach')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function Taken({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('feedback');
  const api = useAssessmentsApi();
  const navigate = useNavigate();
  const message = useFocusOnMount<HTMLParagraphElement>();
  const open = (path: string) => {
    api.getState().assessmentOpened(id);
    void navigate(path);
  };
  return (
    <div className="feedback-taken">
      <p tabIndex={-1} ref={message} data-taken={id}>
        {withUserText((slots) => t('preview.done', slots), { name: name.trim() === '' ? t('preview.unnamed') : name })}
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={() => { open(paths.result); }}>
          {t('preview.openResult')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => { open(paths.check); }}>
          {t('preview.openCheck')}
        </button>
      </div>
    </div>
  );
}
