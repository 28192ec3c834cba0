import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../styles/feedback-project.css';
import { SelectField } from '../../components/ui/fields';
import { FileProblemBox, IssueList, MAX_ISSUES_SHOWN } from '../../components/ui/file-problem-box';
import { ScrollRegion } from '../../components/ui/data-table';
import { useFocusOnMount } from '../../components/ui/use-focus-on-mount';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
import { projectPath } from '../projects/paths';
import { projectViews } from '../projects/projects';
import { useProjectsState } from '../projects/store-context';
import { formatBytes, formatDateTime } from '../report/format';
import { withUserText } from '../report/user-text';
import { parseProjectReviewFile } from '../review/project-review-file';
import type { ProjectReviewFile, ProjectReviewFileProblem } from '../review/project-review-file';
import { markCounts } from './marks';
import { matchFlows, matchProject } from './project-memo-match';
import type { FlowMatch } from './project-memo-match';
import { Row } from './summary-row';

export type ProjectMemoRead =
  | { readonly kind: 'project_memo'; readonly file: ProjectReviewFile }
  | { readonly kind: 'project_memo_problem'; readonly problem: ProjectReviewFileProblem };

/**
 * The file's text as a project review memo, or null when it is not meant as one (the page then reads it as a
 * single review file). A memo with any problem is refused whole.
 */
export function readProjectMemo(text: string): ProjectMemoRead | null {
  const parsed = parseProjectReviewFile(text);
  if (parsed.ok) return { kind: 'project_memo', file: parsed.file };
  switch (parsed.problem.kind) {
    case 'invalid':
    case 'unknown_version':
      return { kind: 'project_memo_problem', problem: parsed.problem };
    case 'too_large':
    case 'not_json':
    case 'not_a_project_review':
      return null;
  }
}

/** Why a project memo cannot be taken in; each problem in a flow names the flow by number and label. */
export function ProjectMemoProblem({ problem }: { problem: ProjectReviewFileProblem }) {
  const { t, i18n } = useTranslation('feedback');
  const message = (() => {
    switch (problem.kind) {
      case 'too_large':
        return t('problem.too_large', { size: formatBytes(problem.bytes, i18n.resolvedLanguage) });
      case 'unknown_version':
        return withUserText((slots) => t('projectMemo.problem.unknown_version', slots), { version: problem.version });
      case 'invalid':
        return t('projectMemo.problem.invalid', { count: Math.min(problem.issues.length, MAX_ISSUES_SHOWN) });
      case 'not_json':
        return t('problem.not_json');
      case 'not_a_project_review':
        return t('problem.not_a_review');
    }
  })();
  return (
    <FileProblemBox problem={problem.kind} title={t('problem.heading')} message={message}>
      {problem.kind === 'invalid' ? (
        <IssueList
          issues={problem.issues}
          render={(issue) => (
            <>
              {issue.flow === undefined ? null : (
                <span>{t('projectMemo.problem.inFlow', { number: issue.flow.index + 1, label: issue.flow.label ?? '' })} </span>
              )}
              <code>
                {issue.path}: {issue.message}
              </code>
            </>
          )}
        />
      ) : null}
    </FileProblemBox>
  );
}

type Step = { readonly kind: 'preview' } | { readonly kind: 'taken'; readonly projectId: string; readonly name: string; readonly count: number };

/**
 * A project review memo taken in: each flow's review goes to the matching flow of the project (the person sees the
 * match per flow and may pick another project), and only after they confirm. A flow's earlier review is replaced
 * only after the preview has said so, flow by flow.
 */
export function ProjectMemoImport({ file, onCancel }: { file: ProjectReviewFile; onCancel: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'preview' });
  if (step.kind === 'taken') return <ProjectMemoTaken projectId={step.projectId} name={step.name} count={step.count} />;
  return (
    <ProjectMemoPreview
      file={file}
      onCancel={onCancel}
      onTaken={(projectId, name, count) => {
        setStep({ kind: 'taken', projectId, name, count });
      }}
    />
  );
}

const matchKey = (match: FlowMatch) => (match.kind === 'none' ? 'matchNone' : `match_${match.kind}` as const);

function ProjectMemoPreview({
  file,
  onTaken,
  onCancel,
}: {
  file: ProjectReviewFile;
  onTaken: (projectId: string, name: string, count: number) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('feedback');
  const api = useAssessmentsApi();
  const assessments = useAssessmentsState((state) => state.assessments);
  const projects = useProjectsState((state) => state.projects);
  const views = useMemo(() => projectViews(projects, assessments), [projects, assessments]);
  const [projectId, setProjectId] = useState(() => matchProject(file, views)?.id ?? '');
  const project = views.find((view) => view.id === projectId);
  const matches = useMemo(() => (project === undefined ? file.flows.map((): FlowMatch => ({ kind: 'none' })) : matchFlows(file, project)), [file, project]);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const ids = useId();
  const summaryId = useId();
  const language = i18n.resolvedLanguage;
  const unnamed = (name: string) => (name.trim() === '' ? t('preview.unnamed') : name);
  const orNotGiven = (value: string) => (value.trim() === '' ? t('preview.notGiven') : value);
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
  const matched = matches.filter((match) => match.kind !== 'none').length;
  const replacing = matches.filter((match) => match.kind !== 'none' && byId.get(match.assessmentId)?.receivedReview !== undefined).length;

  const take = () => {
    if (project === undefined) return;
    const receivedAt = new Date().toISOString();
    matches.forEach((match, index) => {
      const entry = file.flows[index];
      if (match.kind === 'none' || entry === undefined) return;
      api.getState().reviewReceived(match.assessmentId, { receivedAt, file: entry.review });
    });
    onTaken(project.id, project.name, matched);
  };

  return (
    <section className="feedback-preview" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} tabIndex={-1} ref={heading}>
        {t('projectMemo.heading')}
      </h2>
      <dl className="summary-list">
        <Row term={t('projectMemo.reviewedProject')} value={unnamed(file.name)} />
        <Row term={t('preview.reviewedAt')} value={formatDateTime(file.reviewedAt, language)} />
        <Row term={t('preview.reviewer')} value={orNotGiven(file.reviewer.name)} />
        <Row term={t('preview.committee')} value={orNotGiven(file.reviewer.committee)} />
        {file.overallComment.trim() === '' ? null : <Row term={t('projectMemo.overall')} value={file.overallComment} userText />}
      </dl>
      <SelectField
        label={t('projectMemo.target')}
        value={projectId}
        describedBy={summaryId}
        options={views.map((view) => ({ value: view.id, label: t('projectMemo.projectOption', { name: unnamed(view.name), count: view.flows.length }) }))}
        onChange={setProjectId}
      />
      <ScrollRegion labelledBy={`${ids}-caption`}>
        <table className="feedback-flows">
          <caption id={`${ids}-caption`}>{t('projectMemo.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projectMemo.memoFlow')}</th>
              <th scope="col">{t('projectMemo.targetFlow')}</th>
              <th scope="col">{t('projectMemo.how')}</th>
              <th scope="col">{t('preview.marks')}</th>
            </tr>
          </thead>
          <tbody>
            {file.flows.map((entry, index) => {
              const match = matches[index] ?? { kind: 'none' };
              const earlier = match.kind === 'none' ? undefined : byId.get(match.assessmentId)?.receivedReview;
              return (
                <tr key={index} data-match={match.kind}>
                  <th scope="row">{entry.label.trim() === '' ? t('projectMemo.flowNumber', { number: index + 1 }) : entry.label}</th>
                  <td>{match.kind === 'none' ? t('projectMemo.notMatched') : unnamed(match.label)}</td>
                  <td>
                    {t(`projectMemo.${matchKey(match)}`)}
                    {earlier === undefined ? null : ` ${t('projectMemo.replaces', { date: formatDateTime(earlier.receivedAt, language) })}`}
                  </td>
                  <td>{t('preview.marksValue', markCounts(entry.review))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p id={summaryId} data-matched={matched}>
        {t('projectMemo.summary', { count: matched, total: file.flows.length })}
        {matched < file.flows.length ? ` ${t('projectMemo.unmatchedLeft', { count: file.flows.length - matched })}` : null}
        {replacing > 0 ? ` ${t('projectMemo.replacing', { count: replacing })}` : null}
      </p>
      <div className="button-group">
        <button type="button" className="button" disabled={project === undefined || matched === 0} onClick={take}>
          {t('projectMemo.attach', { count: matched })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function ProjectMemoTaken({ projectId, name, count }: { projectId: string; name: string; count: number }) {
  const { t } = useTranslation('feedback');
  const message = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="feedback-taken">
      <p tabIndex={-1} ref={message} data-taken={projectId}>
        {withUserText((slots) => t('projectMemo.done', { ...slots, count }), { name: name.trim() === '' ? t('preview.unnamed') : name })}
      </p>
      <p>{t('projectMemo.doneNext')}</p>
      <p>
        <Link className="button" to={projectPath(projectId)}>
          {t('projectMemo.openProject')}
        </Link>
      </p>
    </div>
  );
}
