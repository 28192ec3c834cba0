import { type DragEvent, type SubmitEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import '../../styles/review.css';
import { usePageTitle } from '../../routing/use-page-title';
import { ErrorSummary } from '../../components/ui/error-summary';
import { PageHeading } from '../../components/ui/page-heading';
import { MAX_FILE_BYTES, parseAssessmentFile } from '../exchange/format';
import { decodeShare } from '../exchange/share-link';
import { parseProjectFile } from '../projects/file';
import { reviewNamespaces } from './namespaces';
import type { ReviewT } from './namespaces';
import type { FileOpenProblem, LinkOpenProblem, OpenProblem } from './open-problems';
import { projectSessionPath, sessionPath } from './paths';
import { projectFlowSubmissions } from './project-submission';
import { ProjectReviewList } from './project-review-list';
import type { ProjectFlowSubmission } from './store';
import { readFileText } from './read-file';
import { ReviewList } from './review-list';
import { ReviewStorageNotices } from './storage-notices';
import { useReviewsApi } from './store-context';
import { fileSubmission, linkSubmission, sharePayloadFrom } from './submission';
import type { Submission } from './submission';

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

function fileProblemMessage(t: ReviewT, problem: FileOpenProblem): string {
  switch (problem.kind) {
    case 'too_large':
      return t('review:open.fileProblem.tooLarge', { size: megabytes(problem.bytes), max: megabytes(MAX_FILE_BYTES) });
    case 'not_json':
      return t('review:open.fileProblem.notJson');
    case 'not_an_assessment':
      return t('review:open.fileProblem.notAnAssessment');
    case 'unknown_version':
      return t('review:open.fileProblem.unknownVersion', { version: problem.version });
    case 'invalid':
      return t('review:open.fileProblem.invalid', { n: problem.issues.length });
    case 'invalid_project':
      return t('review:open.fileProblem.invalidProject', { n: problem.issues.length });
    case 'read_failed':
      return t('review:open.fileProblem.readFailed');
    case 'several_files':
      return t('review:open.fileProblem.severalFiles', { n: problem.count });
    case 'no_file':
      return t('review:open.fileProblem.noFile');
  }
}

function linkProblemMessage(t: ReviewT, problem: LinkOpenProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('review:open.linkProblem.empty');
    case 'no_payload':
      return t('review:open.linkProblem.noPayload');
    case 'too_long':
      return t('review:open.linkProblem.tooLong');
    case 'malformed':
      return t('review:open.linkProblem.malformed');
    case 'unknown_version':
      return t('review:open.linkProblem.unknownVersion');
    case 'invalid':
      return t('review:open.linkProblem.invalid');
  }
}

type Opened =
  | { readonly ok: true; readonly kind: 'submission'; readonly submission: Submission }
  | { readonly ok: true; readonly kind: 'project'; readonly name: string; readonly flows: readonly ProjectFlowSubmission[] }
  | { readonly ok: false; readonly problem: FileOpenProblem };

/**
 * A file's text as what it is: a project file (the app's project export, model.md "Projects") or an assessment
 * file. A project file with any bad flow is refused whole, naming the flows.
 */
function readSubmission(text: string): Opened {
  const project = parseProjectFile(text);
  if (project.ok) return { ok: true, kind: 'project', name: project.file.name, flows: projectFlowSubmissions(project.file, project.removed, new Date().toISOString()) };
  if (project.problem.kind === 'invalid') return { ok: false, problem: { kind: 'invalid_project', issues: project.problem.issues } };
  // Not a project (or not JSON, or too large, which the assessment reader says in the same words).
  const parsed = parseAssessmentFile(text);
  return parsed.ok ? { ok: true, kind: 'submission', submission: fileSubmission(parsed.file, parsed.removed) } : { ok: false, problem: parsed.problem };
}

/** Reads one chosen or dropped file into a submission or a project, or says why it cannot. Never throws. */
async function openFile(files: FileList | null): Promise<Opened> {
  const file = files?.[0];
  if (files === null || file === undefined) return { ok: false, problem: { kind: 'no_file' } };
  if (files.length > 1) return { ok: false, problem: { kind: 'several_files', count: files.length } };
  // Refused before reading: a huge file would otherwise be read into memory only to be refused by the parser.
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too_large', bytes: file.size } };
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    return { ok: false, problem: { kind: 'read_failed' } };
  }
  return readSubmission(text);
}

function openLink(pasted: string): { ok: true; submission: Submission } | { ok: false; problem: LinkOpenProblem } {
  if (pasted.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  const payload = sharePayloadFrom(pasted);
  if (payload === null) return { ok: false, problem: { kind: 'no_payload' } };
  const decoded = decodeShare(payload);
  return decoded.ok
    ? { ok: true, submission: linkSubmission(decoded.rulesVersion, decoded.answers, decoded.removed) }
    : { ok: false, problem: { kind: decoded.problem } };
}

/**
 * Opening a submitted assessment for review: a file (chosen or dropped) or a share link. What is opened goes into
 * the review store only, never into the reviewer's own assessments, and is never changed.
 */
export function OpenReviewPage() {
  const { t } = useTranslation(reviewNamespaces);
  usePageTitle(t('review:open.title'));
  const navigate = useNavigate();
  const store = useReviewsApi();
  const [searchParams] = useSearchParams();
  const fileInputId = useId();
  const linkInputId = useId();
  const fileErrorId = useId();
  const linkErrorId = useId();
  const [problem, setProblem] = useState<OpenProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  // A link such as #/review?a=… fills the field; the reviewer still chooses to open it.
  const [link, setLink] = useState(() => searchParams.get('a') ?? '');

  const fail = (next: OpenProblem) => {
    setProblem(next);
    setAttempt((n) => n + 1);
  };
  const open = (submission: Submission) => {
    const id = store.getState().submissionOpened(submission);
    void navigate(sessionPath(id));
  };

  const handleFiles = async (files: FileList | null) => {
    setBusy(true);
    const result = await openFile(files);
    setBusy(false);
    if (!result.ok) fail({ source: 'file', problem: result.problem });
    else if (result.kind === 'submission') open(result.submission);
    else void navigate(projectSessionPath(store.getState().projectOpened(result.name, result.flows)));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void handleFiles(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    // Without this the browser would open the dropped file itself, leaving the app.
    event.preventDefault();
    setDragging(true);
  };

  const onLinkSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = openLink(link);
    if (result.ok) open(result.submission);
    else fail({ source: 'link', problem: result.problem });
  };

  const fileProblem = problem?.source === 'file' ? problem.problem : null;
  const linkProblem = problem?.source === 'link' ? problem.problem : null;

  return (
    <div className="review-open">
      {problem === null ? null : (
        <ErrorSummary
          title={problem.source === 'file' ? t('review:open.fileProblem.title') : t('review:open.linkProblem.title')}
          errors={[
            problem.source === 'file'
              ? { targetId: fileInputId, message: fileProblemMessage(t, problem.problem) }
              : { targetId: linkInputId, message: linkProblemMessage(t, problem.problem) },
          ]}
          attempt={attempt}
        />
      )}
      <PageHeading>{t('review:open.title')}</PageHeading>
      <p className="lead">{t('review:open.lead')}</p>
      <p>{t('review:open.readOnly')}</p>
      <ReviewStorageNotices />

      <section className="review-section" aria-labelledby={`${fileInputId}-heading`}>
        <h2 id={`${fileInputId}-heading`}>{t('review:open.fileHeading')}</h2>
        <div
          className={dragging ? 'review-drop review-drop--active' : 'review-drop'}
          onDragEnter={onDragOver}
          onDragOver={onDragOver}
          onDragLeave={() => {
            setDragging(false);
          }}
          onDrop={onDrop}
        >
          <div className={fileProblem === null ? 'form-group' : 'form-group form-group--error'}>
            <label className="label" htmlFor={fileInputId}>
              {t('review:open.fileLabel')}
            </label>
            <p className="hint" id={`${fileInputId}-hint`}>
              {t('review:open.fileHint', { max: megabytes(MAX_FILE_BYTES) })}
            </p>
            {fileProblem === null ? null : <OpenProblemDetails id={fileErrorId} message={fileProblemMessage(t, fileProblem)} problem={fileProblem} />}
            <input
              className="review-drop__input"
              type="file"
              id={fileInputId}
              accept=".json,application/json"
              aria-describedby={fileProblem === null ? `${fileInputId}-hint` : `${fileInputId}-hint ${fileErrorId}`}
              aria-invalid={fileProblem === null ? undefined : true}
              disabled={busy}
              onChange={(event) => {
                const input = event.currentTarget;
                void handleFiles(input.files).then(() => {
                  // Choosing the same file again (after fixing it) must fire a change again.
                  input.value = '';
                });
              }}
            />
          </div>
          <p className="review-drop__hint" aria-hidden="true">
            {t('review:open.dropHint')}
          </p>
        </div>
      </section>

      <section className="review-section" aria-labelledby={`${linkInputId}-heading`}>
        <h2 id={`${linkInputId}-heading`}>{t('review:open.linkHeading')}</h2>
        <form noValidate onSubmit={onLinkSubmit}>
          <div className={linkProblem === null ? 'form-group' : 'form-group form-group--error'}>
            <label className="label" htmlFor={linkInputId}>
              {t('review:open.linkLabel')}
            </label>
            <p className="hint" id={`${linkInputId}-hint`}>
              {t('review:open.linkHint')}
            </p>
            {linkProblem === null ? null : (
              <p className="error-message" id={linkErrorId}>
                {linkProblemMessage(t, linkProblem)}
              </p>
            )}
            <input
              className="input review-open__link"
              type="text"
              id={linkInputId}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={linkProblem === null ? `${linkInputId}-hint` : `${linkInputId}-hint ${linkErrorId}`}
              aria-invalid={linkProblem === null ? undefined : true}
              value={link}
              onChange={(event) => {
                setLink(event.target.value);
              }}
            />
          </div>
          <button type="submit" className="button">
            {t('review:open.linkButton')}
          </button>
        </form>
      </section>

      <ProjectReviewList />
      <ReviewList />
    </div>
  );
}

export default OpenReviewPage;

/** The problem under the field, with the validator's own findings for a file that is not as expected. */
function OpenProblemDetails({ id, message, problem }: { id: string; message: string; problem: FileOpenProblem }) {
  const { t } = useTranslation(reviewNamespaces);
  return (
    <div className="error-message" id={id}>
      <p>{message}</p>
      {problem.kind === 'invalid_project' ? (
        <>
          <p className="review-issues__lead">{t('review:open.fileProblem.issuesLead')}</p>
          <ul className="review-issues">
            {problem.issues.map((issue, index) => (
              <li key={`${String(index)}:${issue.path}`}>
                {issue.flow === undefined
                  ? null
                  : `${t('review:open.fileProblem.inFlow', { number: issue.flow.index + 1, label: issue.flow.label ?? '' })}${t('review:open.fileProblem.issueSeparator')}`}
                <code>{issue.path}</code>
                {t('review:open.fileProblem.issueSeparator')}
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problem.kind === 'invalid' ? (
        <>
          <p className="review-issues__lead">{t('review:open.fileProblem.issuesLead')}</p>
          <ul className="review-issues">
            {problem.issues.map((issue, index) => (
              <li key={`${String(index)}:${issue.path}`}>
                <code>{issue.path}</code>
                {t('review:open.fileProblem.issueSeparator')}
                {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
