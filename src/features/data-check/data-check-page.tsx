import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import '../../styles/data-check.css';
import { paths } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { PageHeading } from '../../components/ui/page-heading';
import { StorageNotices } from '../../components/ui/storage-notices';
import { downloadText } from '../../lib/export/download';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { useChecker } from './checker';
import type { FileReport } from './engine/types';
import { newRecord, recordJson, recordMarkdown } from './export-record';
import { FileView, SummaryView } from './findings-view';
import { dataCheckNamespaces } from './namespaces';
import type { DataCheckRecord } from './records';
import { useDataChecksApi, useDataChecksState } from './store-context';

/** How often finished reports are shown while a run goes on. */
const FLUSH_MS = 250;
/** Files shown in full at a time: a folder of a thousand stays quick, its summary counts every file. */
const FILES_PER_PAGE = 100;

type AttachStatus = { readonly kind: 'none' } | { readonly kind: 'attached'; readonly name: string } | { readonly kind: 'failed' };

/**
 * '/data-check': a person drops or picks sample files of their processed data; each is checked in a Web Worker
 * (nothing is sent anywhere) and the findings are listed per file and summed up per checklist item. The result can
 * be downloaded as a record (Markdown, JSON) and attached to the open assessment.
 */
export function DataCheckPage() {
  const { t, i18n } = useTranslation(dataCheckNamespaces);
  usePageTitle(t('datacheck:page.title'));
  const checker = useChecker();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [reports, setReports] = useState<readonly (FileReport | undefined)[]>([]);
  const [attach, setAttach] = useState<AttachStatus>({ kind: 'none' });
  const [dragging, setDragging] = useState(false);
  const [shown, setShown] = useState(FILES_PER_PAGE);
  const run = useRef<AbortController | null>(null);
  const inputId = useId();
  const hintId = useId();
  const resultsId = useId();
  const recordId = useId();

  useEffect(() => () => run.current?.abort(), []);

  const start = (picked: readonly File[]) => {
    if (picked.length === 0) return;
    run.current?.abort();
    const controller = new AbortController();
    run.current = controller;
    setFiles(picked);
    setReports(picked.map(() => undefined));
    setAttach({ kind: 'none' });
    setShown(FILES_PER_PAGE);
    // Reports are shown in batches: re-rendering the page for each of a thousand files would cost more than the
    // checking itself.
    const pending = new Map<number, FileReport>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      if (controller.signal.aborted || pending.size === 0) return;
      const batch = new Map(pending);
      pending.clear();
      setReports((previous) => previous.map((entry, i) => batch.get(i) ?? entry));
    };
    void checker(
      picked,
      (index, report) => {
        pending.set(index, report);
        timer ??= setTimeout(flush, FLUSH_MS);
      },
      controller.signal,
    ).then(() => {
      if (timer !== undefined) clearTimeout(timer);
      flush();
    });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    start([...event.dataTransfer.files]);
  };

  const done = reports.filter((report) => report !== undefined);
  const finished = files.length > 0 && done.length === files.length;
  const formatDate = (iso: string) => new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const record = (): DataCheckRecord => newRecord(done, crypto.randomUUID(), new Date());

  return (
    <div className="data-check-page">
      <div className="prose">
        <PageHeading>{t('datacheck:page.title')}</PageHeading>
        <p className="lead">{t('datacheck:page.lead')}</p>
        <p>{t('datacheck:page.privacy')}</p>
        <p className="notice">{t('datacheck:page.heuristic')}</p>
      </div>
      <DataChecksStorageNotices />

      <div
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={onDrop}
      >
        <label className="label" htmlFor={inputId}>
          {t('datacheck:pick.label')}
        </label>
        <p className="hint" id={hintId}>
          {t('datacheck:pick.hint')} {t('datacheck:page.kinds')}
        </p>
        <input
          id={inputId}
          className="drop-zone__input"
          type="file"
          multiple
          aria-describedby={hintId}
          onChange={(event) => {
            start([...(event.target.files ?? [])]);
            // The same files can be picked again after a change on disk.
            event.target.value = '';
          }}
        />
        <p className="drop-zone__here" aria-hidden="true">
          {t('datacheck:pick.dropHere')}
        </p>
      </div>

      <div role="status" className="status-message">
        {files.length === 0 ? null : (
          <p>{finished ? t('datacheck:progress.done', { total: files.length }) : t('datacheck:progress.reading', { done: done.length, total: files.length })}</p>
        )}
      </div>

      {done.length === 0 ? null : (
        <>
          <SummaryView files={done} />
          {finished ? (
            <RecordActions
              headingId={recordId}
              status={attach}
              onAttach={(status) => {
                setAttach(status);
              }}
              makeRecord={record}
              markdown={(r) => recordMarkdown(r, t, formatDate)}
              json={(r) => recordJson(r, t)}
            />
          ) : null}
          <section aria-labelledby={resultsId}>
            <h2 id={resultsId}>{t('datacheck:files.heading')}</h2>
            {done.slice(0, shown).map((report, index) => (
              <FileView key={`${String(index)}-${report.file}`} report={report} />
            ))}
            {done.length > shown ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setShown((previous) => previous + FILES_PER_PAGE);
                }}
              >
                {t('datacheck:files.showMore', { shown, total: done.length })}
              </button>
            ) : null}
          </section>
        </>
      )}

      <p className="data-check-page__links">
        <Link to={paths.result}>{t('datacheck:page.resultLink')}</Link>
      </p>
    </div>
  );
}

export default DataCheckPage;

function DataChecksStorageNotices() {
  const store = useDataChecksApi();
  const problem = useDataChecksState((state) => state.storageProblem);
  const savingEnabled = useDataChecksState((state) => state.savingEnabled);
  return (
    <StorageNotices
      namespace="datacheck"
      problem={problem}
      savingEnabled={savingEnabled}
      onDiscard={() => {
        store.getState().storageProblemDismissed();
      }}
    />
  );
}

interface RecordActionsProps {
  readonly headingId: string;
  readonly status: AttachStatus;
  readonly onAttach: (status: AttachStatus) => void;
  readonly makeRecord: () => DataCheckRecord;
  readonly markdown: (record: DataCheckRecord) => string;
  readonly json: (record: DataCheckRecord) => string;
}

function RecordActions({ headingId, status, onAttach, makeRecord, markdown, json }: RecordActionsProps) {
  const { t } = useTranslation(dataCheckNamespaces);
  const current = useCurrentAssessment();
  const store = useDataChecksApi();
  const problem = useDataChecksState((state) => state.storageProblem);
  const fileName = t('datacheck:record.fileName');
  return (
    <section className="data-check-record" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('datacheck:record.heading')}</h2>
      <p>{t('datacheck:record.lead')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(`${fileName}.md`, 'text/markdown', markdown(makeRecord()));
          }}
        >
          {t('datacheck:record.markdown')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(`${fileName}.json`, 'application/json', json(makeRecord()));
          }}
        >
          {t('datacheck:record.json')}
        </button>
        {current === undefined ? null : (
          <button
            type="button"
            className="button"
            disabled={problem !== null}
            onClick={() => {
              store.getState().recordAttached(current.id, makeRecord());
              const failed = store.getState().lastSaveFailed || !store.getState().savingEnabled;
              onAttach(failed ? { kind: 'failed' } : { kind: 'attached', name: current.name.trim() === '' ? t('datacheck:record.unnamed') : current.name });
            }}
          >
            {t('datacheck:record.attach')}
          </button>
        )}
      </div>
      {current === undefined ? <p className="hint">{t('datacheck:record.noAssessment')}</p> : null}
      <div role="status" className="status-message">
        {status.kind === 'attached' ? <p className="notice notice--success">{t('datacheck:record.attached', { name: status.name })}</p> : null}
        {status.kind === 'failed' ? <p className="notice notice--warning">{t('datacheck:record.saveFailed')}</p> : null}
      </div>
    </section>
  );
}
