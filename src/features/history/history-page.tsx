import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../styles/history.css';
import { BackLink } from '../../components/ui/back-link';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable } from '../../components/ui/data-table';
import { SelectField, TextAreaField } from '../../components/ui/fields';
import { PageHeading } from '../../components/ui/page-heading';
import { checklistTitleKey, stageKey } from '../../i18n/keys';
import { usePageTitle } from '../../routing/use-page-title';
import { nextQuestion } from '../../rules';
import type { StageId } from '../../rules';
import { useAssessmentsApi } from '../assessments/store-context';
import { formatDateTime } from '../report/format';
import { withUserText } from '../report/user-text';
import { reviewNamespaces } from '../review/namespaces';
import { answerText, changeText, questionTitle } from '../review/texts';
import { projectPath, projectsPath } from '../projects/paths';
import type { ProjectView } from '../projects/projects';
import { useProject } from '../projects/use-project';
import { compareRecords, recordOf, stageAfter, stageOf } from './records';
import type { FlowChange } from './records';
import { MAX_RECORD_NOTE } from './schema';
import type { StageRecord } from './schema';
import { useHistoryApi, useHistoryState } from './store-context';

/** The "compare" choice that stands for the project as it is now rather than a record. */
const NOW = 'now';

/**
 * Stage gates of a project: record how it stands (answers, results, ticks, rules version) when a stage is done,
 * move every flow on to the next stage from there, and compare any two records, or a record with now.
 */
export function HistoryPage() {
  const { projectId } = useParams();
  const project = useProject(projectId);
  const { t } = useTranslation('history');
  usePageTitle(project === undefined ? t('notFound.title') : withUserText((slots) => t('title', slots), { name: project.name }));
  if (project === undefined) {
    return (
      <article className="prose">
        <PageHeading>{t('notFound.title')}</PageHeading>
        <p>
          <Link to={projectsPath}>{t('notFound.link')}</Link>
        </p>
      </article>
    );
  }
  return <History project={project} />;
}

export default HistoryPage;

function History({ project }: { project: ProjectView }) {
  const { t } = useTranslation('history');
  const allRecords = useHistoryState((state) => state.records);
  const records = useMemo(
    () => allRecords.filter((record) => record.projectId === project.id).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
    [allRecords, project.id],
  );
  return (
    <article className="history-page">
      <BackLink to={projectPath(project.id)}>{t('back')}</BackLink>
      <PageHeading>{withUserText((slots) => t('title', slots), { name: project.name })}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <RecordSection project={project} />
      <RecordList records={records} />
      {records.length === 0 ? null : <CompareSection project={project} records={records} />}
    </article>
  );
}

function RecordSection({ project }: { project: ProjectView }) {
  const { t, i18n } = useTranslation('history');
  const history = useHistoryApi();
  const assessments = useAssessmentsApi();
  const headingId = useId();
  const [note, setNote] = useState('');
  const [recorded, setRecorded] = useState<StageRecord | null>(null);
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const stageName = useStageName();
  const flows = project.flows.map((flow) => flow.assessment);
  const stage = stageOf(flows);
  const incomplete = flows.filter((flow) => nextQuestion(flow.answers) !== null).length;
  const next = stage === undefined ? undefined : stageAfter(stage);

  const record = () => {
    const made = recordOf(project, globalThis.crypto.randomUUID(), new Date().toISOString(), note.trim());
    history.getState().recordAdded(made);
    setRecorded(made);
    setMovedTo(null);
    setNote('');
  };
  const moveOn = () => {
    if (next === undefined) return;
    assessments.getState().answersMerged(
      flows.map((flow) => flow.id),
      { stage: next },
    );
    setMovedTo(stageName(next));
  };

  return (
    <section className="history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('record.heading')}</h2>
      <p data-stage={stage ?? 'mixed'}>
        {flows.length === 0 ? t('record.noFlows') : stage === undefined ? t('record.stageMixed') : t('record.stageNow', { stage: stageName(stage) })}
      </p>
      {incomplete > 0 ? <p className="notice notice--warning">{t('record.incomplete', { count: incomplete })}</p> : null}
      <TextAreaField className="input--textarea" label={t('record.noteLabel')} rows={2} maxLength={MAX_RECORD_NOTE} value={note} onChange={setNote} />
      <button type="button" className="button" onClick={record}>
        {t('record.button')}
      </button>
      <div role="status">
        {recorded === null ? null : <p>{t('record.done', { date: formatDateTime(recorded.recordedAt, i18n.resolvedLanguage) })}</p>}
        {movedTo === null ? null : (
          <p>
            {t('record.moved', { stage: movedTo })} <Link to={projectPath(project.id)}>{t('record.toOverview')}</Link>
          </p>
        )}
      </div>
      {recorded !== null && movedTo === null && next !== undefined ? (
        <button type="button" className="button button--secondary" onClick={moveOn}>
          {t('record.moveOn', { stage: stageName(next) })}
        </button>
      ) : null}
    </section>
  );
}

/** The words of a stage, or of flows recorded at different stages. */
function useStageName(): (stage: StageId | undefined) => string {
  const { t } = useTranslation('history');
  const { t: tr } = useTranslation(reviewNamespaces);
  return (stage) => (stage === undefined ? t('list.stageMixed') : tr(stageKey(stage)));
}

/** A record in words ("2026/12/05 10:00 · 開発"), for the compare choices and the delete button's label. */
function useRecordName(): (record: StageRecord) => string {
  const { t, i18n } = useTranslation('history');
  const stageName = useStageName();
  return (record) => t('list.name', { date: formatDateTime(record.recordedAt, i18n.resolvedLanguage), stage: stageName(stageOf(record.flows)) });
}

function RecordList({ records }: { records: readonly StageRecord[] }) {
  const { t, i18n } = useTranslation('history');
  const history = useHistoryApi();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stageName = useStageName();
  const recordName = useRecordName();
  return (
    <section className="history-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={headingRef}>
        {t('list.heading')}
      </h2>
      {records.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <DataTable
          className="history-table"
          caption={t('list.caption')}
          captionHidden
          columns={[t('list.when'), t('list.stage'), t('list.rules'), t('list.flows'), t('list.note'), t('list.actions')]}
        >
          {records.map((record) => {
            return (
              <tr key={record.id} data-record={record.id}>
                <th scope="row">{formatDateTime(record.recordedAt, i18n.resolvedLanguage)}</th>
                <td>{stageName(stageOf(record.flows))}</td>
                <td>
                  <code>{record.rulesVersion}</code>
                </td>
                <td>{record.flows.length}</td>
                <td className="user-text">{record.note}</td>
                <td>
                  <ConfirmButton
                    label={t('list.delete')}
                    accessibleLabel={t('list.deleteLabel', { name: recordName(record) })}
                    question={t('list.deleteQuestion', { name: recordName(record) })}
                    confirmLabel={t('list.deleteConfirm')}
                    cancelLabel={t('list.deleteCancel')}
                    onConfirm={() => {
                      history.getState().recordDeleted(record.id);
                      // The row and its button go: focus stays in the list rather than falling to the page's top.
                      headingRef.current?.focus();
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

function CompareSection({ project, records }: { project: ProjectView; records: readonly StageRecord[] }) {
  const { t } = useTranslation('history');
  const headingId = useId();
  const recordName = useRecordName();
  const latest = records[records.length - 1];
  const [beforeChoice, setBefore] = useState(latest?.id ?? NOW);
  const [afterChoice, setAfter] = useState(NOW);
  // "Now" is the project as it stands, recorded on the fly (with the same fields a record has) for the comparison.
  const now = useMemo(() => recordOf(project, NOW, new Date(0).toISOString(), ''), [project]);
  const pick = (choice: string) => records.find((record) => record.id === choice) ?? now;
  const before = pick(beforeChoice);
  const after = pick(afterChoice);
  const changes = useMemo(() => compareRecords(before, after), [before, after]);
  const options = [...records.map((record) => ({ value: record.id, label: recordName(record) })), { value: NOW, label: t('compare.now') }];
  return (
    <section className="history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('compare.heading')}</h2>
      <div className="history-compare__choices">
        <SelectField label={t('compare.before')} value={beforeChoice} options={options} onChange={setBefore} />
        <SelectField label={t('compare.after')} value={afterChoice} options={options} onChange={setAfter} />
      </div>
      {changes.length === 0 ? (
        <p data-history-changes="0">{t('compare.none')}</p>
      ) : (
        <div data-history-changes={changes.length}>
          {changes.map((change, index) => (
            <FlowChangeView key={index} change={change} />
          ))}
        </div>
      )}
    </section>
  );
}

function FlowChangeView({ change }: { change: FlowChange }) {
  const { t } = useTranslation('history');
  const { t: tr } = useTranslation(reviewNamespaces);
  if (change.kind !== 'changed') {
    return (
      <p data-flow-change={change.kind}>{withUserText((slots) => t(`compare.${change.kind}`, slots), { label: change.label })}</p>
    );
  }
  const { before, after } = change;
  return (
    <div className="history-flow" data-flow-change="changed">
      <h3 className="user-text">{change.label}</h3>
      {change.answers.length === 0 ? null : (
        <>
          <h4>{t('compare.answers')}</h4>
          <ul data-changed-answers={change.answers.join(' ')}>
            {change.answers.map((question) => (
              <li key={question}>
                {tr('review:sinceReview.answer', {
                  question: questionTitle(tr, question),
                  before: answerText(tr, question, before.answers[question]),
                  after: answerText(tr, question, after.answers[question]),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('compare.result')}</h4>
      {change.result === null ? <p>{t('compare.resultIncomplete')}</p> : null}
      {change.result !== null && change.result.length === 0 ? <p>{t('compare.resultSame')}</p> : null}
      {change.result !== null && change.result.length > 0 ? (
        <ul>
          {change.result.map((resultChange, index) => (
            <li key={index}>{changeText(tr, resultChange)}</li>
          ))}
        </ul>
      ) : null}
      {change.ticked.length + change.unticked.length === 0 ? null : (
        <>
          <h4>{t('compare.ticks')}</h4>
          <ul>
            {change.ticked.map((id) => (
              <li key={id}>{t('compare.ticked', { item: tr(checklistTitleKey(id)) })}</li>
            ))}
            {change.unticked.map((id) => (
              <li key={id}>{t('compare.unticked', { item: tr(checklistTitleKey(id)) })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
