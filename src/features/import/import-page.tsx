import { type ChangeEvent, type DragEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../styles/report.css';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { feedbackPath } from '../feedback/paths';
import { FileProblemBox, IssueList } from '../../components/ui/file-problem-box';
import { PageHeading } from '../../components/ui/page-heading';
import { useFocusOnMount } from '../../components/ui/use-focus-on-mount';
import { basisNameKey } from '../../i18n/keys';
import { nextQuestion, rulesVersion } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
import { fingerprint } from '../exchange/fingerprint';
import { MAX_FILE_BYTES } from '../exchange/format';
import type { AssessmentFile } from '../exchange/format';
import { originalAnswers, ruleUpdateSummary } from '../exchange/rule-update';
import type { RemovedAnswer } from '../exchange/rule-update';
import { RuleUpdateNotice } from '../exchange/rule-update-notice';
import { AnswerSummary } from '../report/answer-summary';
import { formatBytes, formatDateTime } from '../report/format';
import { pathAfterAdding } from '../report/import-target';
import { reportNamespaces } from '../report/namespaces';
import { withUserText } from '../report/user-text';
import { readAssessmentFile } from './read-file';
import type { ImportProblem } from './read-file';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'problem'; readonly problem: ImportProblem }
  | { readonly kind: 'preview'; readonly file: AssessmentFile; readonly removed: readonly RemovedAnswer[] }
  | { readonly kind: 'added'; readonly name: string; readonly answers: AssessmentInput };

/**
 * Import of an exchange file. Nothing in the store changes until the person confirms the preview, and then only
 * by adding a new assessment. Everything read from the file is shown as React text, never as markup.
 */
export function ImportPage() {
  const { t } = useTranslation(reportNamespaces);
  usePageTitle(t('report:import.title'));
  const [state, setState] = useState<State>({ kind: 'idle' });
  // Each file read gets a number, so a slow read that finishes after a newer one cannot overwrite it.
  const readCount = useRef(0);

  const read = async (files: FileList | null) => {
    if (files === null || files.length === 0) return;
    const first = files[0];
    if (files.length > 1 || first === undefined) {
      setState({ kind: 'problem', problem: { kind: 'multiple' } });
      return;
    }
    const attempt = ++readCount.current;
    setState({ kind: 'reading' });
    const result = await readAssessmentFile(first);
    if (attempt !== readCount.current) return;
    setState(result.ok ? { kind: 'preview', file: result.file, removed: result.removed } : { kind: 'problem', problem: result.problem });
  };

  return (
    <article className="prose import-page">
      <PageHeading>{t('report:import.title')}</PageHeading>
      <p>{t('report:import.lead')}</p>
      {state.kind === 'problem' ? <ProblemBox problem={state.problem} /> : null}
      {state.kind === 'preview' ? (
        <Preview
          file={state.file}
          removed={state.removed}
          onAdded={(name, answers) => {
            setState({ kind: 'added', name, answers });
          }}
          onCancel={() => {
            setState({ kind: 'idle' });
          }}
        />
      ) : null}
      {state.kind === 'added' ? (
        <Added
          name={state.name}
          answers={state.answers}
          onAnother={() => {
            setState({ kind: 'idle' });
          }}
        />
      ) : null}
      {state.kind === 'idle' || state.kind === 'reading' || state.kind === 'problem' ? (
        <DropZone
          busy={state.kind === 'reading'}
          onFiles={(files) => {
            void read(files);
          }}
        />
      ) : null}
      <p className="import-page__status" role="status">
        {state.kind === 'reading' ? t('report:import.reading') : null}
      </p>
      <p>
        <Link to={paths.start}>{t('report:import.homeLink')}</Link>
      </p>
    </article>
  );
}

export default ImportPage;

function DropZone({ busy, onFiles }: { busy: boolean; onFiles: (files: FileList | null) => void }) {
  const { t } = useTranslation(reportNamespaces);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();

  const over = (event: DragEvent<HTMLDivElement>) => {
    // Without preventDefault the browser would open the dropped file itself, leaving the app.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    onFiles(event.dataTransfer.files);
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    onFiles(event.target.files);
    // Cleared, so choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
  };

  return (
    <div
      className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={drop}
    >
      <p className="drop-zone__text">{t('report:import.dropZone')}</p>
      <label className="label" htmlFor={inputId}>
        {t('report:import.choose')}
      </label>
      <p className="hint" id={hintId}>
        {t('report:import.chooseHint')}
      </p>
      <input
        className="drop-zone__input"
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        disabled={busy}
        onChange={choose}
      />
    </div>
  );
}

function ProblemBox({ problem }: { problem: ImportProblem }) {
  const { t, i18n } = useTranslation(reportNamespaces);
  const language = i18n.resolvedLanguage;

  const message = (() => {
    switch (problem.kind) {
      case 'too_large':
        return t('report:import.problem.too_large', { size: formatBytes(problem.bytes, language), max: formatBytes(MAX_FILE_BYTES, language) });
      case 'unknown_version':
        return withUserText((slots) => t('report:import.problem.unknown_version', slots), { version: problem.version });
      case 'not_json':
      case 'not_an_assessment':
      case 'invalid':
      case 'unreadable':
      case 'multiple':
        return t(`report:import.problem.${problem.kind}`);
    }
  })();

  return (
    <FileProblemBox problem={problem.kind} title={t('report:import.problem.heading')} message={message}>
      {problem.kind === 'invalid' ? (
        <IssueList
          issues={problem.issues}
          render={(issue) => <code>{withUserText((slots) => t('report:import.problem.issue', slots), { path: issue.path, message: issue.message })}</code>}
          more={(count) => t('report:import.problem.more', { count })}
        />
      ) : null}
      {problem.kind === 'not_an_assessment' ? (
        <p>
          <Link to={feedbackPath}>{t('report:import.problem.reviewFileHint')}</Link>
        </p>
      ) : null}
      <p>{t('report:import.problem.untouched')}</p>
    </FileProblemBox>
  );
}

function Preview({
  file,
  removed,
  onAdded,
  onCancel,
}: {
  file: AssessmentFile;
  removed: readonly RemovedAnswer[];
  onAdded: (name: string, answers: AssessmentInput) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation(reportNamespaces);
  const store = useAssessmentsApi();
  const assessments = useAssessmentsState((state) => state.assessments);
  const savingEnabled = useAssessmentsState((state) => state.savingEnabled && state.storageProblem === null);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const headingId = useId();

  // The declared fingerprint covers the answers as exported, including any a rules update has since removed.
  const computed = fingerprint(file.rulesVersion, originalAnswers(file.input, removed));
  const ruleUpdate = useMemo(() => ruleUpdateSummary(file.rulesVersion, file.input, removed), [file, removed]);
  // Compared under one rule set, so "the same" means the same answers whatever version the file was made with.
  const duplicate = useMemo(() => {
    const mine = fingerprint(rulesVersion, file.input);
    return assessments.find((a) => a.name === file.name && fingerprint(rulesVersion, a.answers) === mine);
  }, [assessments, file]);
  const name = file.name.trim() === '' ? t('report:doc.unnamed') : file.name;

  const add = () => {
    store.getState().assessmentImported({
      name: file.name,
      answers: file.input,
      ticks: [...file.ticks],
      ...(file.answerNotes === undefined ? {} : { notes: file.answerNotes }),
      // Kept with the assessment, so the saved list goes on saying what the update changed until it is answered.
      ...(ruleUpdate === null ? {} : { ruleUpdate: { from: ruleUpdate.from, removed: [...removed] } }),
    });
    onAdded(name, file.input);
  };

  return (
    <section className="import-preview" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('report:import.preview.heading')}
      </h2>
      <dl className="import-preview__facts">
        <div className="import-preview__row">
          <dt>{t('report:import.preview.name')}</dt>
          <dd>{name}</dd>
        </div>
        <div className="import-preview__row">
          <dt>{t('report:import.preview.exportedAt')}</dt>
          <dd>{formatDateTime(file.exportedAt, i18n.resolvedLanguage)}</dd>
        </div>
        <div className="import-preview__row">
          <dt>{t('report:import.preview.rulesVersion')}</dt>
          <dd>
            <code>{file.rulesVersion}</code>
            {file.rulesVersion === rulesVersion || ruleUpdate !== null ? null : (
              <span className="notice" data-notice="rules-differ">
                {t('report:import.preview.rulesDiffer', { current: rulesVersion })}
              </span>
            )}
          </dd>
        </div>
        <div className="import-preview__row">
          <dt>{t('report:import.preview.fingerprint')}</dt>
          <dd data-fingerprint={computed === file.fingerprint ? 'match' : 'mismatch'}>
            {computed === file.fingerprint
              ? t('report:import.preview.fingerprintMatch', { fingerprint: computed })
              : withUserText((slots) => t('report:import.preview.fingerprintMismatch', slots), { stored: file.fingerprint, computed })}
          </dd>
        </div>
        <div className="import-preview__row">
          <dt>{t('report:import.preview.ticks')}</dt>
          <dd>{t('report:import.preview.ticksCount', { count: file.ticks.length })}</dd>
        </div>
      </dl>
      {file.result === undefined || file.rulesVersion === rulesVersion ? null : (
        <p className="import-preview__snapshot" data-snapshot-basis={file.result.recommendedBasis ?? 'none'}>
          {file.result.recommendedBasis === null
            ? withUserText((slots) => t('report:import.preview.snapshotNone', slots), { version: file.rulesVersion })
            : withUserText((slots) => t('report:import.preview.snapshot', slots), {
                version: file.rulesVersion,
                basis: t(basisNameKey(file.result.recommendedBasis)),
              })}
        </p>
      )}
      {ruleUpdate === null ? null : <RuleUpdateNotice from={ruleUpdate.from} removed={ruleUpdate.removed} added={ruleUpdate.added} />}
      <h3>{t('report:import.preview.answers')}</h3>
      <AnswerSummary answers={file.input} notes={file.answerNotes} />
      {nextQuestion(file.input) === null ? null : <p className="notice">{t('report:import.preview.incomplete')}</p>}
      {file.notes === undefined || file.notes.trim() === '' ? null : (
        <>
          <h3>{t('report:import.preview.notes')}</h3>
          <p className="import-preview__notes">{file.notes}</p>
          <p className="hint">{t('report:import.preview.notesNotImported')}</p>
        </>
      )}
      {file.profile === undefined ? null : (
        <>
          <h3>{t('report:import.preview.profile')}</h3>
          <p className="import-preview__profile user-text">
            {[file.profile.name, file.profile.contactOffice, file.profile.contactDetails].filter((part) => part !== '').join('\n')}
          </p>
          <p className="hint">{t('report:import.preview.profileNotImported')}</p>
        </>
      )}
      {duplicate === undefined ? null : (
        <p className="notice" data-notice="duplicate">
          {withUserText((slots) => t('report:import.preview.duplicate', slots), {
            name: duplicate.name.trim() === '' ? t('report:doc.unnamed') : duplicate.name,
          })}
        </p>
      )}
      <p>{t('report:import.preview.notice')}</p>
      {savingEnabled ? null : <p className="notice">{t('report:savingOff')}</p>}
      <div className="button-group">
        <button type="button" className="button" onClick={add}>
          {duplicate === undefined ? t('report:import.preview.add') : t('report:import.preview.addCopy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('report:import.preview.cancel')}
        </button>
      </div>
    </section>
  );
}

function Added({ name, answers, onAnother }: { name: string; answers: AssessmentInput; onAnother: () => void }) {
  const { t } = useTranslation(reportNamespaces);
  const message = useFocusOnMount<HTMLParagraphElement>();
  const complete = nextQuestion(answers) === null;
  return (
    <div className="import-added">
      <p className="import-added__message" role="status" tabIndex={-1} ref={message}>
        {withUserText((slots) => t('report:import.added', slots), { name })}
      </p>
      <div className="button-group">
        <Link className="button" to={pathAfterAdding(answers)}>
          {complete ? t('report:import.openResult') : t('report:import.continue')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('report:import.another')}
        </button>
      </div>
    </div>
  );
}
